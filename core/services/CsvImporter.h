#pragma once
// Imports OHLCV CSV files into a workspace: reads each file in chunks through CsvParser,
// resolves symbol, time zone and timeframe, then writes everything in one transaction.
// All-or-nothing: any error (in any file) leaves the database untouched.

#include "data/CsvFormat.h"
#include "domain/MarketData.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace modeldeck {

class Database;

struct ImportRequest
{
    QStringList files;
    QString symbol; // empty: from the file (yfinance Ticker row, file name)
    std::optional<Timeframe> timeframe; // empty: detected from the timestamps
    QString timeZone; // empty: the symbol's stored zone, else from its suffix
    DateOrder dateOrder = DateOrder::Auto;
    InvalidRowPolicy invalidRows = kDefaultInvalidRowPolicy;
    qint64 nowUtcMs = 0; // the clock dates are checked against; 0: now (tests fix it)
    // Recorded in the audit log as "import" (a user's import); the bundled demo data is not.
    bool audited = true;
};

struct FileImportReport
{
    QString file;
    QString symbol;
    QString timeframe;
    QString timeZone;
    CsvLayout layout = CsvLayout::Unknown;
    qint64 rowsRead = 0;
    qint64 skippedMissing = 0;
    qint64 duplicateTimes = 0;
    std::vector<CsvRowIssue> flagged;
    MergeStats merge;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
};

// The head of one file parsed as run() would parse it, for a preview before importing.
struct FilePreview
{
    QString file;
    QString symbol; // as the import would store it
    QString timeZone; // IANA id used for naive timestamps
    Timeframe timeframe; // requested, or detected from the head's timestamps
    ParsedCsv csv; // the first rows only (csv.truncated when the file goes on), with barLines
};

struct ImportReport
{
    std::vector<FileImportReport> files;
    qint64 durationMs = 0;
};

class MODELDECK_CORE_EXPORT CsvImporter
{
public:
    // done/total in bytes over all files; called from the importing thread.
    using ProgressFn = std::function<void(qint64 done, qint64 total)>;

    explicit CsvImporter(const Database &database);

    void setProgressCallback(ProgressFn fn) { m_progress = std::move(fn); }
    // When set and true, the import stops at the next chunk with an error; nothing is written.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    Result<ImportReport> run(const ImportRequest &request);

    // Parses the start of one file (at most maxRows data rows from its first maxBytes) with
    // the same symbol, zone and timeframe resolution as run(); writes nothing. Problems later
    // in the file are only found by run().
    Result<FilePreview> preview(const QString &path, const ImportRequest &request,
                                qint64 maxRows = 200, qint64 maxBytes = 512 * 1024);

    // "RELIANCE_5min.csv" → "RELIANCE", "TCS.NS.csv" → "TCS.NS" (empty if not a valid symbol).
    static QString symbolFromFileName(const QString &path);

private:
    struct ParsedFile;
    // headRows > 0: parse only the first headRows data rows within the first headBytes.
    Result<ParsedFile> parseFile(const QString &path, const ImportRequest &request,
                                 qint64 &bytesDone, qint64 bytesTotal, qint64 headRows = 0,
                                 qint64 headBytes = 0);

    const Database &m_database;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace modeldeck
