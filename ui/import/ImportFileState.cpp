#include "import/ImportFileState.h"

#include <QFile>
#include <QStringList>
#include <algorithm>

namespace modeldeck {

namespace {

constexpr int kTextLines = 260; // a little more than the previewed rows plus headers
constexpr int kTextLineChars = 400; // longer lines are cut for display only

} // namespace

std::vector<ImportIssue> ImportFileState::issues(InvalidRowPolicy policy) const
{
    using S = ImportIssue::Severity;
    std::vector<ImportIssue> out;
    if (!done)
        return out;
    if (!error.message.isEmpty() || !preview) {
        const QString where = error.column > 0 ? tr("Column %1: ").arg(error.column) : QString();
        out.push_back({ S::Error, error.line, where + error.message });
        return out;
    }
    const ParsedCsv &csv = preview->csv;
    const bool keep = policy == InvalidRowPolicy::Keep;
    // The first few impossible rows are listed to jump to; the rest are only counted (each is
    // marked in the parsed rows), so a Yahoo head with dozens of them stays readable.
    const size_t listed = std::min(csv.flagged.size(), size_t(kListedInvalidRows));
    for (size_t i = 0; i < listed; ++i) {
        const CsvRowIssue &row = csv.flagged[i];
        out.push_back(
            { keep ? S::Warning : S::Error, row.line,
              keep ? tr("%1 (imported, flagged as invalid)").arg(row.message) : row.message });
    }
    if (csv.flagged.size() > listed) {
        const int more = int(csv.flagged.size() - listed);
        out.push_back(
            { keep ? S::Warning : S::Error, 0,
              keep ? tr("%n more row(s) with impossible values will be imported flagged as "
                        "invalid (marked in the parsed rows).",
                        nullptr, more)
                   : tr("%n more row(s) with impossible values (marked in the parsed rows).",
                        nullptr, more) });
    }
    if (!keep && !csv.flagged.empty()) {
        out.push_back({ S::Error, 0,
                        tr("Rows with impossible values make the import fail: correct the file, or "
                           "set Invalid "
                           "rows to “Import them flagged as invalid”.") });
    }
    if (csv.skippedMissing > 0) {
        out.push_back({ S::Note, 0,
                        tr("%n row(s) with empty or null values will be skipped.", nullptr,
                           int(csv.skippedMissing)) });
    }
    if (csv.duplicateTimes > 0) {
        out.push_back({ S::Note, 0,
                        tr("%n row(s) repeat an earlier timestamp; the later row is kept.", nullptr,
                           int(csv.duplicateTimes)) });
    }
    if (csv.truncated) {
        out.push_back({ S::Note, 0,
                        tr("Only the first %n row(s) are shown; the whole file is checked when "
                           "importing, and "
                           "nothing is written if any row is wrong.",
                           nullptr, int(csv.dataRows)) });
    }
    return out;
}

bool ImportFileState::canImport(InvalidRowPolicy policy) const
{
    const std::vector<ImportIssue> found = issues(policy);
    return done && std::none_of(found.begin(), found.end(), [](const ImportIssue &issue) {
               return issue.severity == ImportIssue::Severity::Error;
           });
}

QString ImportFileState::readHeadText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray head = file.read(kPreviewBytes);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    // Line numbers must match the parser's, which takes the first line break as the file's.
    const char eol = head.contains('\n') ? '\n' : '\r';
    const QList<QByteArray> lines = head.split(eol);
    const qsizetype count = std::min<qsizetype>(kTextLines, lines.size());
    const int width = int(QString::number(count).size());
    QStringList out;
    for (qsizetype i = 0; i < count; ++i) {
        QByteArray bytes = lines[i];
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        QString text = QString::fromUtf8(bytes.left(kTextLineChars * 4)).left(kTextLineChars);
        // Control characters (a binary file) would garble the view.
        for (QChar &c : text) {
            if (c.unicode() < 0x20 && c != u'\t')
                c = QChar(0xFFFD);
        }
        out << QStringLiteral("%1 │ %2").arg(i + 1, width).arg(text);
    }
    return out.join(u'\n');
}

} // namespace modeldeck
