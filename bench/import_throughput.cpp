// Import throughput: generates a 5-minute OHLCV CSV (default 1,000,000 rows, broker layout),
// then measures parse-only and parse+insert (CsvImporter into a fresh workspace), and the
// import dialog's 200-row preview of the same file.
// Usage: import_throughput [rows] [--keep DIR]. Prints one JSON object.

#include "data/CsvParser.h"
#include "services/CsvImporter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cstdio>
#include <random>

using namespace modeldeck;

namespace {

QByteArray generate(qint64 rows)
{
    QByteArray csv;
    csv.reserve(rows * 64 + 64);
    csv += "Date,Time,open,high,low,close,volume\n";
    std::mt19937_64 rng(42);
    std::normal_distribution<double> step(0.0, 0.8);
    double price = 1200.0;
    QDate day(2015, 1, 1);
    int minute = 9 * 60 + 15;
    char line[160];
    for (qint64 i = 0; i < rows; ++i) {
        const double open = price;
        const double close = std::max(1.0, open + step(rng));
        const double high = std::max(open, close) + std::abs(step(rng)) * 0.5;
        const double low = std::min(open, close) - std::abs(step(rng)) * 0.5;
        const int n
            = std::snprintf(line, sizeof line, "%04d%02d%02d,%02d:%02d,%.2f,%.2f,%.2f,%.2f,%d\n",
                            day.year(), day.month(), day.day(), minute / 60, minute % 60, open,
                            high, low, close, int(rng() % 500000));
        csv.append(line, n);
        price = close;
        minute += 5;
        if (minute > 15 * 60 + 25) { // NSE session 09:15–15:25
            minute = 9 * 60 + 15;
            do {
                day = day.addDays(1);
            } while (day.dayOfWeek() > 5);
        }
    }
    return csv;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 rows = args.size() > 1 ? args.at(1).toLongLong() : 1'000'000;
    if (rows <= 0) {
        std::fprintf(stderr, "usage: import_throughput [rows]\n");
        return 2;
    }

    const QByteArray csv = generate(rows);

    // Parse only, fed in 1 MiB chunks exactly as the importer reads files.
    CsvParseOptions options;
    options.timeZone = QTimeZone("Asia/Kolkata");
    QElapsedTimer timer;
    timer.start();
    CsvParser parser(options);
    constexpr qsizetype chunk = 1 << 20;
    for (qsizetype at = 0; at < csv.size(); at += chunk)
        parser.feed(QByteArrayView(csv.constData() + at, std::min(chunk, csv.size() - at)));
    auto parsed = parser.finish();
    const double parseSeconds = timer.nsecsElapsed() / 1e9;
    if (!parsed || qint64(parsed->bars.size()) != rows) {
        std::fprintf(stderr, "parse failed: %s\n",
                     qPrintable(parsed ? QStringLiteral("row count") : parsed.error().toString()));
        return 1;
    }

    // Parse + insert through the importer into a fresh workspace.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("BENCH.NS_5min.csv"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
            return 1;
    }
    auto db = Database::open(dir.filePath(QStringLiteral("ws")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    CsvImporter importer(**db);
    ImportRequest request;
    request.files = { path };
    request.symbol = QStringLiteral("BENCH.NS");
    timer.restart();
    auto report = importer.run(request);
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    if (!report || report->files.front().merge.added != rows) {
        std::fprintf(stderr, "import failed: %s\n",
                     qPrintable(report ? QStringLiteral("row count") : report.error().toString()));
        return 1;
    }
    // Re-import of the same file: every row compared, none written.
    timer.restart();
    auto again = importer.run(request);
    const double reimportSeconds = timer.nsecsElapsed() / 1e9;
    if (!again || again->files.front().merge.unchanged != rows)
        return 1;

    // The import dialog's preview: the head of the same file, as the dialog asks for it.
    timer.restart();
    auto preview = importer.preview(path, request, 200, 512 * 1024);
    const double previewSeconds = timer.nsecsElapsed() / 1e9;
    if (!preview)
        return 1;

    const double parseRate = rows / parseSeconds;
    const double importRate = rows / importSeconds;
    const QJsonObject result {
        { QStringLiteral("benchmark"), QStringLiteral("import_throughput") },
        { QStringLiteral("rows"), rows },
        { QStringLiteral("csv_mb"), csv.size() / 1048576.0 },
        { QStringLiteral("parse_seconds"), parseSeconds },
        { QStringLiteral("parse_rows_per_s"), parseRate },
        { QStringLiteral("parse_target_rows_per_s"), 1'000'000 },
        { QStringLiteral("parse_ratio_to_target"), parseRate / 1'000'000 },
        { QStringLiteral("import_seconds"), importSeconds },
        { QStringLiteral("import_rows_per_s"), importRate },
        { QStringLiteral("import_target_rows_per_s"), 300'000 },
        { QStringLiteral("import_ratio_to_target"), importRate / 300'000 },
        { QStringLiteral("reimport_unchanged_rows_per_s"), rows / reimportSeconds },
        { QStringLiteral("preview_rows"), qint64(preview->csv.bars.size()) },
        { QStringLiteral("preview_ms"), previewSeconds * 1000 },
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
