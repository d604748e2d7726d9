#pragma once
// Incremental, allocation-light parser for OHLCV CSV text: sniffs the layout, delimiter and
// date format from the content. A pure function of its input bytes (no file or network I/O),
// so it can be unit-tested and fuzzed directly; the importer feeds it file chunks.

#include "data/CsvFormat.h"
#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <memory>

namespace modeldeck {

class MODELDECK_CORE_EXPORT CsvParser
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::CsvParser)
public:
    explicit CsvParser(CsvParseOptions options = {});
    ~CsvParser();
    CsvParser(const CsvParser &) = delete;
    CsvParser &operator=(const CsvParser &) = delete;

    // Feeds the next chunk (any size, may split lines or UTF-8 sequences anywhere).
    // Returns false once an error has occurred; further input is ignored.
    bool feed(QByteArrayView chunk);

    // Ends the input and returns the series or the first error. Errors carry line and
    // column (1-based) but no file name; callers add it with Error::withFile().
    Result<ParsedCsv> finish();

    // Bytes consumed so far, for progress reporting.
    qint64 bytesConsumed() const;

    // Convenience: parse a whole buffer.
    static Result<ParsedCsv> parse(QByteArrayView data, CsvParseOptions options = {});

    // Parses the first options.maxDataRows data rows (all when 0) of `head`, the start of a
    // longer input when `complete` is false: its last, possibly cut, line is then ignored and
    // the result is marked truncated. For previews that read a few hundred KB of a file.
    static Result<ParsedCsv> parseHead(QByteArrayView head, bool complete, CsvParseOptions options);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace modeldeck
