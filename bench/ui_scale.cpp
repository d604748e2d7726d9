// Model cards at scale: a workspace with N training records (default 100,000), then
//  - time to first paint of the cards: from the start of the load to the first paint of the
//    list's viewport once the model holds the records (target < 1 s);
//  - filter/search response on all rows: a text filter and a symbol filter (target < 100 ms);
//  - the longest GUI-thread stall, measured as gaps between the ticks of a 5 ms timer, while a
//    real tiny model retrains through the queue, its progress streams onto its card and the
//    page reloads afterwards (target < 50 ms).
// Usage: ui_scale [--records N] [--runs N]. Runs offscreen unless QT_QPA_PLATFORM is set.
// Prints one JSON object.

#include "BenchStats.h"
#include "BenchUi.h"
#include "BenchWorkspace.h"
#include "cards/ModelsPage.h"
#include "cards/RecordFilterModel.h"
#include "cards/RecordListModel.h"
#include "domain/Bar.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "training/TorchRuntime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QTemporaryDir>
#include <QTimer>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>

using namespace modeldeck;
using modeldeck::bench::fillWorkspace;
using modeldeck::bench::percentile;
using modeldeck::bench::timeFilter;

namespace {

// From constructing the page (which starts loading) to the first paint with cards (the
// newest records come first), and to the first paint once every record is in the model.
double timeToFirstPaint(WorkspaceSession &session, std::unique_ptr<ModelsPage> &page,
                        double *listMs, double *allPaintedMs)
{
    QElapsedTimer clock;
    clock.start();
    page = std::make_unique<ModelsPage>(&session);
    double painted = -1;
    QEventLoop loop;
    struct PaintWatch : QObject
    {
        std::function<void()> onPaint;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint)
                onPaint();
            return false;
        }
    } watch;
    bool complete = false;
    watch.onPaint = [&] {
        if (painted < 0 && page->recordModel()->rowCount() > 0)
            painted = clock.nsecsElapsed() / 1e6;
        if (complete && *allPaintedMs < 0) {
            *allPaintedMs = clock.nsecsElapsed() / 1e6;
            loop.quit();
        }
    };
    QObject::connect(page.get(), &ModelsPage::reloaded, &loop, [&] {
        *listMs = clock.nsecsElapsed() / 1e6;
        complete = true;
        page->listView()->viewport()->update();
    });
    page->listView()->viewport()->installEventFilter(&watch);
    page->resize(1400, 900);
    page->show();
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    page->listView()->viewport()->removeEventFilter(&watch);
    return painted;
}

// CPU time of the calling thread.
double threadCpuMs()
{
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
#else
    return 0;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    TorchRuntime::prepareEnvironment(argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption recordsOption(QStringLiteral("records"), QStringLiteral("Training records."),
                                     QStringLiteral("n"), QStringLiteral("100000"));
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("First-paint samples."),
                                  QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({ recordsOption, runsOption });
    parser.process(app);
    TorchRuntime::initialize(1);
    const int count = std::max(1, parser.value(recordsOption).toInt());

    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws"));
    double insertSeconds = 0;
    qint64 sineRecord = 0;
    {
        auto opened = Database::open(workspace);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
            return 1;
        }
        sineRecord = fillWorkspace(**opened, count, &insertSeconds);
        if (!sineRecord) {
            std::fprintf(stderr, "cannot fill the workspace\n");
            return 1;
        }
    }
    WorkspaceSession session;
    {
        QEventLoop loop;
        QObject::connect(&session, &WorkspaceSession::opened, &loop, &QEventLoop::quit);
        QObject::connect(&session, &WorkspaceSession::failed, &loop, &QEventLoop::quit);
        session.open(workspace);
        loop.exec();
        if (!session.isOpen() || !session.queue())
            return 1;
    }
    QJsonObject result { { QStringLiteral("benchmark"), QStringLiteral("ui_scale") },
                         { QStringLiteral("records"), count },
                         { QStringLiteral("insert_seconds"), insertSeconds } };

    // Where the load's time goes: the query alone, then handing the rows to the model.
    {
        QElapsedTimer clock;
        clock.start();
        auto c = session.database()->connection();
        auto summaries = TrainingRecordRepository(*c).listSummaries();
        const double queryMs = clock.nsecsElapsed() / 1e6;
        if (!summaries)
            return 1;
        clock.restart();
        RecordListModel model;
        model.setRecords(std::move(*summaries));
        result.insert(QStringLiteral("list_summaries_query_ms"), queryMs);
        result.insert(QStringLiteral("set_records_ms"), clock.nsecsElapsed() / 1e6);
        session.database()->releaseThreadConnection();
    }

    // First paint, several times (each a new page, the database warm after the first).
    std::vector<double> paints, lists, allPainted;
    std::unique_ptr<ModelsPage> page;
    for (int run = 0; run < std::max(1, parser.value(runsOption).toInt()); ++run) {
        page.reset();
        double listMs = -1, allMs = -1;
        const double ms = timeToFirstPaint(session, page, &listMs, &allMs);
        if (ms < 0 || page->recordModel()->rowCount() != count) {
            std::fprintf(stderr, "the cards did not paint with %d records\n", count);
            return 1;
        }
        paints.push_back(ms);
        lists.push_back(listMs);
        allPainted.push_back(allMs);
    }
    result.insert(QStringLiteral("first_paint_ms_cold"), paints.front());
    result.insert(QStringLiteral("first_paint_ms_p50"), percentile(paints, 0.5));
    result.insert(QStringLiteral("first_paint_ms_max"), percentile(paints, 1.0));
    result.insert(QStringLiteral("all_records_loaded_ms_p50"), percentile(lists, 0.5));
    result.insert(QStringLiteral("all_records_painted_ms_p50"), percentile(allPainted, 0.5));
    result.insert(QStringLiteral("all_records_painted_ms_max"), percentile(allPainted, 1.0));
    result.insert(QStringLiteral("first_paint_target_ms"), 1000);
    result.insert(QStringLiteral("first_paint_ratio_to_target"), percentile(paints, 1.0) / 1000);

    // Filters on all rows, through the proxy the view shows.
    RecordFilterModel *filter = page->filterModel();
    RecordFilter both;
    both.symbol = QStringLiteral("SYM042");
    both.text = QStringLiteral("lstm");
    const double firstSearch = timeFilter(filter, both); // builds the search texts once
    const int matched = filter->rowCount();
    timeFilter(filter, {});
    std::vector<double> bothMs, textMs, symbolMs, clearMs;
    RecordFilter textOnly;
    textOnly.text = QStringLiteral("gru");
    RecordFilter symbolOnly;
    symbolOnly.symbol = QStringLiteral("SYM007");
    for (int i = 0; i < 10; ++i) {
        bothMs.push_back(timeFilter(filter, both));
        clearMs.push_back(timeFilter(filter, {}));
        textMs.push_back(timeFilter(filter, textOnly));
        timeFilter(filter, {});
        symbolMs.push_back(timeFilter(filter, symbolOnly));
        timeFilter(filter, {});
    }
    result.insert(QStringLiteral("filter_rows_matched"), matched);
    result.insert(QStringLiteral("filter_first_search_ms"), firstSearch);
    result.insert(QStringLiteral("filter_text_and_symbol_ms_p50"), percentile(bothMs, 0.5));
    result.insert(QStringLiteral("filter_text_ms_p50"), percentile(textMs, 0.5));
    result.insert(QStringLiteral("filter_symbol_ms_p50"), percentile(symbolMs, 0.5));
    result.insert(QStringLiteral("filter_clear_ms_p50"), percentile(clearMs, 0.5));
    result.insert(QStringLiteral("filter_target_ms"), 100);
    result.insert(QStringLiteral("filter_ratio_to_target"),
                  std::max({ firstSearch, percentile(bothMs, 1.0), percentile(textMs, 1.0),
                             percentile(symbolMs, 1.0), percentile(clearMs, 1.0) })
                      / 100);

    // GUI-thread stalls while a real tiny model retrains, progress streams to its card and
    // the page reloads after it finished.
    {
        std::vector<double> gaps;
        QElapsedTimer sinceTick;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        // What happened last before the longest gap ended: where a stall comes from.
        // And how much of it the GUI thread spent computing: a gap with little CPU time is
        // the thread waiting for a core (2 cores, busy machine), not work of ours.
        QString lastEvent = QStringLiteral("start"), longestAfter;
        double longestCpuMs = 0;
        double lastCpuMs = threadCpuMs();
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            gaps.push_back(sinceTick.nsecsElapsed() / 1e6);
            const double cpu = threadCpuMs();
            if (gaps.back() >= *std::max_element(gaps.begin(), gaps.end())) {
                longestAfter = lastEvent;
                longestCpuMs = cpu - lastCpuMs;
            }
            lastCpuMs = cpu;
            sinceTick.restart();
        });
        const auto note = [&lastEvent](const char *event) { lastEvent = QLatin1StringView(event); };
        QObject::connect(session.queue(), &TrainingQueue::jobStarted, [&] { note("jobStarted"); });
        QObject::connect(session.queue(), &TrainingQueue::jobProgress,
                         [&] { note("jobProgress"); });
        QObject::connect(session.queue(), &TrainingQueue::jobFinished,
                         [&] { note("jobFinished"); });
        QObject::connect(session.queue(), &TrainingQueue::countsChanged,
                         [&] { note("queueCounts"); });
        QObject::connect(session.queue(), &TrainingQueue::stateChanged,
                         [&] { note("queueState"); });
        QObject::connect(session.queue(), &TrainingQueue::drained, [&] { note("queueDrained"); });
        QObject::connect(page.get(), &ModelsPage::reloaded, [&] { note("reloaded"); });
        int progressUpdates = 0;
        QObject::connect(session.queue(), &TrainingQueue::jobProgress, [&] { ++progressUpdates; });
        QEventLoop loop;
        bool finished = false;
        QObject::connect(session.queue(), &TrainingQueue::jobFinished, [&] { finished = true; });
        QObject::connect(page.get(), &ModelsPage::reloaded, &loop, [&] {
            if (finished)
                loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        QElapsedTimer training;
        training.start();
        sinceTick.start();
        ticker.start(5);
        page->retrain(sineRecord);
        note("enqueued");
        session.queue()->start();
        note("started");
        loop.exec();
        ticker.stop();
        if (!finished) {
            std::fprintf(stderr, "the retrain did not finish\n");
            return 1;
        }
        result.insert(QStringLiteral("retrain_seconds"), training.nsecsElapsed() / 1e9);
        result.insert(QStringLiteral("retrain_progress_updates"), progressUpdates);
        result.insert(QStringLiteral("gui_ticks"), int(gaps.size()));
        result.insert(QStringLiteral("gui_stall_max_ms"), percentile(gaps, 1.0));
        result.insert(QStringLiteral("gui_stall_max_after"), longestAfter);
        result.insert(QStringLiteral("gui_stall_max_cpu_ms"), longestCpuMs);
        result.insert(QStringLiteral("gui_gap_p99_ms"), percentile(gaps, 0.99));
        result.insert(QStringLiteral("gui_stall_target_ms"), 50);
        result.insert(QStringLiteral("gui_stall_ratio_to_target"), percentile(gaps, 1.0) / 50);
    }
    {
        // The view's own share of a reload: laying out every card again.
        QElapsedTimer clock;
        clock.start();
        page->listView()->doItemsLayout();
        result.insert(QStringLiteral("view_relayout_ms"), clock.nsecsElapsed() / 1e6);
    }
    page.reset();
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
