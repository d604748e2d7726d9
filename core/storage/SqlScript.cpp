#include "SqlScript.h"

#include <QRegularExpression>

namespace modeldeck::SqlScript {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// The keyword at position i, if it is a whole word.
bool keywordAt(const QString &s, qsizetype i, QLatin1StringView word)
{
    if (i > 0 && isWordChar(s.at(i - 1)))
        return false;
    if (QStringView(s).mid(i, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype end = i + word.size();
    return end >= s.size() || !isWordChar(s.at(end));
}

QString withoutComments(QStringView sql)
{
    static const QRegularExpression comments(QStringLiteral(R"(--[^\n]*|/\*.*?\*/)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    return sql.toString().remove(comments);
}

bool hasCode(const QString &statement)
{
    return !withoutComments(statement).trimmed().isEmpty();
}

// The next character that is not white space or inside a comment, or a null QChar.
QChar nextSignificant(const QString &s, qsizetype i)
{
    while (i < s.size()) {
        if (s.at(i).isSpace()) {
            ++i;
        } else if (s.at(i) == u'-' && i + 1 < s.size() && s.at(i + 1) == u'-') {
            while (i < s.size() && s.at(i) != u'\n')
                ++i;
        } else if (s.at(i) == u'/' && i + 1 < s.size() && s.at(i + 1) == u'*') {
            const qsizetype end = s.indexOf(QLatin1StringView("*/"), i + 2);
            i = end < 0 ? s.size() : end + 2;
        } else {
            return s.at(i);
        }
    }
    return {};
}

} // namespace

QStringList split(const QString &script)
{
    static const QRegularExpression createTrigger(
        QStringLiteral(R"(^\s*CREATE\s+(?:TEMP\s+|TEMPORARY\s+)?TRIGGER\b)"),
        QRegularExpression::CaseInsensitiveOption);

    QStringList statements;
    qsizetype start = 0;
    int blockDepth = 0;
    QChar lastSignificant; // last code character outside strings and comments
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar previous = lastSignificant;
        if (!c.isSpace())
            lastSignificant = c;
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? u']' : c;
            for (++i; i < n; ++i) {
                if (script.at(i) == close) {
                    if (close != u']' && i + 1 < n && script.at(i + 1) == close)
                        ++i; // doubled quote is an escaped quote
                    else
                        break;
                }
            }
        } else if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            lastSignificant = previous;
            while (i < n && script.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            lastSignificant = previous;
            const qsizetype end = script.indexOf(QLatin1StringView("*/"), i + 2);
            i = end < 0 ? n : end + 1;
        } else if (keywordAt(script, i, QLatin1StringView("BEGIN"))) {
            if (blockDepth == 0
                && createTrigger.match(withoutComments(QStringView(script).mid(start, i - start)))
                       .hasMatch())
                ++blockDepth;
        } else if (blockDepth > 0 && keywordAt(script, i, QLatin1StringView("END"))
                   && previous == u';'
                   && (nextSignificant(script, i + 3) == u';'
                       || nextSignificant(script, i + 3).isNull())) {
            // As in sqlite3_complete(): only "; END ;" closes a trigger body, not CASE … END.
            --blockDepth;
        } else if (c == u';' && blockDepth == 0) {
            const QString statement = script.mid(start, i - start).trimmed();
            if (hasCode(statement))
                statements << statement;
            start = i + 1;
        }
    }
    const QString tail = script.mid(start).trimmed();
    if (hasCode(tail))
        statements << tail;
    return statements;
}

} // namespace modeldeck::SqlScript
