#include "CsvWriter.h"

#include <algorithm>

namespace modeldeck::CsvWriter {

namespace {

bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        break;
    default:
        return false;
    }
    // A plain number is read as a number, never as a formula; mangling "-0.5" would only
    // turn it into text.
    // Only digits, signs, a point and exponents: toDouble() alone also takes "-inf" and "-nan",
    // which a spreadsheet reads as formulas naming inf and nan.
    const bool plainChars = std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || c == u'.' || c == u'e' || c == u'E' || c == u'+'
            || c == u'-';
    });
    bool isNumber = false;
    text.toDouble(&isNumber);
    return !(plainChars && isNumber);
}

} // namespace

QString spreadsheetSafe(const QString &text)
{
    return startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString field(const QString &text)
{
    QString out = spreadsheetSafe(text);
    const bool needsQuotes
        = out.contains(u',') || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r');
    if (!needsQuotes)
        return out;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QByteArray row(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(fields[i]);
    }
    line += QLatin1String("\r\n");
    return line.toUtf8();
}

} // namespace modeldeck::CsvWriter
