// The whole main window on a heavy workspace: N training records (default 100,000) and J queued
// jobs (default 10,000). Measures, from openWorkspace() on a shown window:
//  - first paint of model cards and the moment every record is listed (target < 1 s for the
//    first paint, as ui_scale);
//  - the queue dock listing every pending job;
//  - the longest GUI-thread stall during the open (gaps of a 5 ms timer; target < 50 ms);
//  - the card filter on all rows (target < 100 ms);
//  - peak resident memory of the process (getrusage), before and after the window.
// Usage: app_load [--records N] [--jobs J]. Runs offscreen unless QT_QPA_PLATFORM is set.
// Prints one JSON object.

#include "BenchStats.h"
#include "BenchUi.h"
#include "BenchWorkspace.h"
#include "cards/ModelsPage.h"
#include "cards/RecordFilterModel.h"
#include "cards/RecordListModel.h"
#include "queue/PendingJobsModel.h"
#include "session/WorkspaceSession.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "training/TorchRuntime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace modeldeck;
using modeldeck::bench::percentile;
using modeldeck::bench::timeFilter;

namespace {

// Peak resident set size of this process so far, in MB (-1 where unknown).
double peakRssMb()
{
#if defined(Q_OS_LINUX)
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
#else
    return -1;
#endif
}

// J pending jobs over the record's symbols, each its own enqueue as `queue add` does.
bool enqueueJobs(const Database &database, int count, double *seconds)
{
    QElapsedTimer clock;
    clock.start();
    auto c = database.connection();
    if (!c)
        return false;
    JobRepository jobs(*c);
    const QStringList bots { QStringLiteral("lstm_bot"), QStringLiteral("gru_bot"),
                             QStringLiteral("mlp_bot"), QStringLiteral("linear_bot") };
    for (int i = 0; i < count; ++i) {
        JobSpec spec;
        spec.symbol = QStringLiteral("SYM%1").arg(i % 200, 3, 10, QLatin1Char('0'));
        spec.timeframe = QStringLiteral("5m");
        // i = 800 k + 200 b + s: symbol s, bot b and epochs 10 + k make every job distinct.
        spec.bot = bots[(i / 200) % 4];
        spec.horizon = 1;
        spec.params = QJsonObject { { QStringLiteral("epochs"), 10 + i / 800 } };
        if (!jobs.enqueue(spec))
            return false;
    }
    *seconds = clock.nsecsElapsed() / 1e9;
    database.releaseThreadConnection();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    TorchRuntime::prepareEnvironment(argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    QApplication::setOrganizationName(QStringLiteral("ModelDeckBench"));
    QCommandLineParser parser;
    QCommandLineOption recordsOption(QStringLiteral("records"), QStringLiteral("Training records."),
                                     QStringLiteral("n"), QStringLiteral("100000"));
    QCommandLineOption jobsOption(QStringLiteral("jobs"), QStringLiteral("Queued jobs."),
                                  QStringLiteral("n"), QStringLiteral("10000"));
    parser.addOptions({ recordsOption, jobsOption });
    parser.process(app);
    TorchRuntime::initialize(1);
    const int records = std::max(1, parser.value(recordsOption).toInt());
    const int jobCount = std::max(0, parser.value(jobsOption).toInt());

    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws"));
    double recordSeconds = 0, jobSeconds = 0;
    {
        auto opened = Database::open(workspace);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
            return 1;
        }
        if (!bench::fillWorkspace(**opened, records, &recordSeconds)
            || !enqueueJobs(**opened, jobCount, &jobSeconds)) {
            std::fprintf(stderr, "cannot fill the workspace\n");
            return 1;
        }
    }
    QJsonObject result { { QStringLiteral("benchmark"), QStringLiteral("app_load") },
                         { QStringLiteral("records"), records },
                         { QStringLiteral("jobs"), jobCount },
                         { QStringLiteral("insert_records_seconds"), recordSeconds },
                         { QStringLiteral("insert_jobs_seconds"), jobSeconds },
                         { QStringLiteral("peak_rss_mb_before_window"), peakRssMb() } };

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    auto *page = window.findChild<ModelsPage *>();
    auto *pending = window.findChild<PendingJobsModel *>();
    if (!page || !pending) {
        std::fprintf(stderr, "the window has no models page or queue dock\n");
        return 1;
    }

    std::vector<double> gaps;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        gaps.push_back(sinceTick.nsecsElapsed() / 1e6);
        sinceTick.restart();
    });
    QElapsedTimer clock;
    double openedMs = -1, firstCardsMs = -1, allRecordsMs = -1, queueListedMs = -1;
    QEventLoop loop;
    const auto check = [&] {
        const double now = clock.nsecsElapsed() / 1e6;
        if (firstCardsMs < 0 && page->recordModel()->rowCount() > 0)
            firstCardsMs = now;
        if (allRecordsMs < 0 && page->recordModel()->rowCount() == records)
            allRecordsMs = now;
        if (queueListedMs < 0 && pending->hasLoaded() && pending->rowCount() == jobCount)
            queueListedMs = now;
        if (allRecordsMs >= 0 && queueListedMs >= 0)
            loop.quit();
    };
    QObject::connect(window.session(), &WorkspaceSession::opened,
                     [&] { openedMs = clock.nsecsElapsed() / 1e6; });
    QObject::connect(&ticker, &QTimer::timeout, check);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    clock.start();
    sinceTick.start();
    ticker.start(5);
    window.openWorkspace(workspace);
    loop.exec();
    ticker.stop();
    if (allRecordsMs < 0 || queueListedMs < 0) {
        std::fprintf(stderr,
                     "not everything was listed within 2 minutes (%d of %d records, %d of "
                     "%d jobs)\n",
                     page->recordModel()->rowCount(), records, pending->rowCount(), jobCount);
        return 1;
    }
    result.insert(QStringLiteral("workspace_opened_ms"), openedMs);
    result.insert(QStringLiteral("first_cards_ms"), firstCardsMs);
    result.insert(QStringLiteral("all_records_listed_ms"), allRecordsMs);
    result.insert(QStringLiteral("queue_listed_ms"), queueListedMs);
    result.insert(QStringLiteral("first_paint_target_ms"), 1000);
    result.insert(QStringLiteral("first_cards_ratio_to_target"), firstCardsMs / 1000);
    result.insert(QStringLiteral("gui_stall_max_ms"), percentile(gaps, 1.0));
    result.insert(QStringLiteral("gui_gap_p99_ms"), percentile(gaps, 0.99));
    result.insert(QStringLiteral("gui_stall_target_ms"), 50);
    result.insert(QStringLiteral("gui_stall_ratio_to_target"), percentile(gaps, 1.0) / 50);

    RecordFilterModel *filter = page->filterModel();
    RecordFilter both;
    both.symbol = QStringLiteral("SYM042");
    both.text = QStringLiteral("lstm");
    std::vector<double> filterMs { timeFilter(filter, both) }; // the first builds search texts
    for (int i = 0; i < 5; ++i) {
        filterMs.push_back(timeFilter(filter, {}));
        filterMs.push_back(timeFilter(filter, both));
    }
    timeFilter(filter, {});
    result.insert(QStringLiteral("filter_ms_max"), percentile(filterMs, 1.0));
    result.insert(QStringLiteral("filter_ms_p50"), percentile(filterMs, 0.5));
    result.insert(QStringLiteral("filter_target_ms"), 100);
    result.insert(QStringLiteral("filter_ratio_to_target"), percentile(filterMs, 1.0) / 100);
    result.insert(QStringLiteral("peak_rss_mb"), peakRssMb());
    const bool pass
        = firstCardsMs < 1000 && percentile(gaps, 1.0) < 50 && percentile(filterMs, 1.0) < 100;
    result.insert(QStringLiteral("pass"), pass);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
