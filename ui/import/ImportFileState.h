#pragma once
// One file of the import dialog: its previewed head (or the error that stopped it), the raw
// text of that head, and the problems that follow from them under an invalid-row policy.

#include "services/CsvImporter.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <vector>

namespace modeldeck {

struct ImportIssue
{
    enum class Severity { Error, Warning, Note };
    Severity severity = Severity::Error;
    qint64 line = 0; // 0: not tied to a line
    QString message;
};

struct ImportFileState
{
    Q_DECLARE_TR_FUNCTIONS(ImportFileState)
public:
    // Rows and bytes of each file's head that a preview parses.
    static constexpr qint64 kPreviewRows = 200;
    static constexpr qint64 kPreviewBytes = 512 * 1024;

    QString path;
    bool done = false; // the preview (or its error) is in
    std::shared_ptr<const FilePreview> preview;
    Error error; // message empty when the head parsed
    QString headText; // the head's first lines, numbered, for display

    // Errors block the import; impossible rows are errors under Reject and warnings under Keep.
    std::vector<ImportIssue> issues(InvalidRowPolicy policy) const;
    bool canImport(InvalidRowPolicy policy) const;
    // The file's first lines as "  7 │ text", sanitised for display (runs on the worker).
    static QString readHeadText(const QString &path);
};

} // namespace modeldeck
