// libFuzzer target: CsvParser on arbitrary bytes. The first byte picks the options (date
// order, invalid-row policy, time zone) and where the rest is cut into two chunks; the parser
// must neither crash nor hang, must give the same answer however the input is chunked, and
// what it accepts must be sorted, one bar per time, within plausibleBarTime.

#include "FuzzSupport.h"
#include "data/CsvParser.h"
#include "domain/BarRules.h"

#include <QTimeZone>

using namespace modeldeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t control = data[0];
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    static const QTimeZone kolkata(QByteArrayLiteral("Asia/Kolkata"));
    static const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
    CsvParseOptions options;
    options.nowUtcMs = fuzz::kNowMs;
    options.dateOrder = DateOrder(control % 3);
    options.invalidRows = (control & 0x04) ? InvalidRowPolicy::Reject : InvalidRowPolicy::Keep;
    options.timeZone = (control & 0x08) ? ((control & 0x10) ? kolkata : newYork) : QTimeZone::utc();
    options.maxLineBytes = 4096; // small, so the long-line paths are reached too

    const Result<ParsedCsv> whole = CsvParser::parse(input, options);

    const qsizetype cut = input.size() * (control >> 5) / 7;
    CsvParser parser(options);
    parser.feed(input.first(cut));
    parser.feed(input.sliced(cut));
    const Result<ParsedCsv> chunked = parser.finish();

    fuzz::check(whole.ok() == chunked.ok(), "chunking changed whether the input parses");
    if (!whole.ok()) {
        fuzz::check(whole.error().message == chunked.error().message
                        && whole.error().line == chunked.error().line,
                    "chunking changed the error");
    } else {
        fuzz::check(whole->bars.size() == chunked->bars.size(), "chunking changed the bars");
        for (size_t i = 0; i < whole->bars.size(); ++i) {
            const Bar &bar = whole->bars[i];
            fuzz::check(bar.timeUtcMs == chunked->bars[i].timeUtcMs, "chunking moved a bar");
            fuzz::check(i == 0 || whole->bars[i - 1].timeUtcMs < bar.timeUtcMs,
                        "bars not sorted or a time repeats");
            fuzz::check(plausibleBarTime(bar.timeUtcMs, fuzz::kNowMs), "implausible time kept");
        }
    }

    // A preview parses the head the same way.
    options.maxDataRows = 1 + control % 8;
    const Result<ParsedCsv> head = CsvParser::parseHead(input, (control & 0x80) != 0, options);
    if (head.ok())
        fuzz::check(head->bars.size() == head->barLines.size(), "preview lost a bar's line");
    return 0;
}
