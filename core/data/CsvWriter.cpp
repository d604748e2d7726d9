#include "CsvWriter.h"

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
    bool isNumber = false;
    text.toDouble(&isNumber);
    return !isNumber || text.front() == u'\t' || text.front() == u'\r';
}

} // namespace

QString field(const QString &text)
{
    QString out = startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
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
