#include "Scenes.h"
#include "ScriptedWork.h"
#include "Shot.h"
#include "TestBars.h"
#include "TestRecords.h"
#include "TestSession.h"
#include "cards/ModelsPage.h"
#include "common/LossChart.h"
#include "queue/HistoryModel.h"
#include "queue/HistoryPage.h"
#include "queue/PendingJobsModel.h"
#include "queue/QueuePanel.h"
#include "queue/RunningJobView.h"
#include "queue/TrainingQueue.h"
#include "shell/MainWindow.h"
#include "training/AutoTrainDialog.h"

#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;

namespace modeldeck::screenshots {

namespace {

JobSpec job(const QString &symbol, const QString &timeframe, const QString &bot,
            const QJsonObject &params = {}, int priority = 0)
{
    return { symbol, timeframe, bot, params, 1, priority, 0, 0 };
}

// Epoch `e` of 30 of a loss that falls and flattens, validation a little above.
TrainingProgress epochProgress(int e)
{
    constexpr int epochs = 30;
    TrainingProgress p;
    p.step = TrainingProgress::Step::Train;
    p.epoch = e + 1;
    p.epochs = epochs;
    p.batch = 17;
    p.batches = 19;
    p.stepFraction = (e + 17.0 / 19) / epochs;
    p.trainLoss = 0.012 + 0.30 * std::exp(-0.45 * e);
    p.etaSeconds = 154;
    p.details = u"Epoch %1/%2 · batch 17/19 · loss %3"_s.arg(e + 1).arg(epochs).arg(p.trainLoss, 0,
                                                                                    'g', 4);
    p.lastEpoch = { e, 0.014 + 0.32 * std::exp(-0.42 * e),
                    0.019 + 0.30 * std::exp(-0.38 * e) + 0.0008 * e, 1e-3, 900 };
    return p;
}

} // namespace

// The whole window while a real LSTM trains, at a desktop size and at 1280×720 (a laptop at
// 200 %): cards of all four statuses, the queue dock with its steps, ETA and live loss chart.
void mainWindowScene(Shot &shot)
{
    MainWindow w;
    QString error;
    w.setErrorFunction([&error](QWidget *, const QString &title, const QString &message) {
        error = title + u": "_s + message;
    });
    test::finishJobsAtOnce(w.session()); // the demo's own jobs; the ones below train for real
    QSignalSpy opened(w.session(), &WorkspaceSession::opened);
    w.openWorkspace(shot.workspace(u"main-window"_s), true);
    Shot::waitUntil([&] { return !opened.isEmpty() || !error.isEmpty(); }, 30000,
                    u"the demo workspace"_s);
    Shot::require(error.isEmpty(), error);
    TrainingQueue *queue = w.session()->queue();
    Shot::require(queue, u"no queue"_s);
    Shot::waitUntil([&] { return queue->queueLength() == 0 && queue->currentJobs().isEmpty(); },
                    30000, u"the demo's jobs"_s);
    const Database &db = *w.session()->database();
    queue->setExecutor(trainingExecutor(db));
    using S = TrainingRecord::Status;
    const struct
    {
        QString symbol, timeframe, bot;
        S status;
        double age, rmse;
    } cards[] = { { u"RELIANCE.NS"_s, u"1d"_s, u"gru_bot"_s, S::Active, 2, 18.4 },
                  { u"RELIANCE.NS"_s, u"1h"_s, u"transformer_bot"_s, S::Active, 5, 6.1 },
                  { u"TCS.NS"_s, u"1d"_s, u"lstm_bot"_s, S::Active, 40, 31.7 },
                  { u"INFY.NS"_s, u"5m"_s, u"lstm_bot"_s, S::Failed, 3, 0 },
                  { u"HDFCBANK.NS"_s, u"1h"_s, u"mlp_bot"_s, S::Archived, 200, 9.9 },
                  { u"BTCUSDT"_s, u"1h"_s, u"lstm_bot"_s, S::Active, 0.4, 112.0 } };
    for (const auto &c : cards) {
        const TrainingRecord r
            = test::cardRecord(c.symbol, c.timeframe, c.bot, c.status, c.age, c.rmse);
        Shot::require(test::insertRecord(db, r, 2 * 1024 * 1024) > 0, u"cannot write a record"_s);
    }
    auto *models = w.findChild<ModelsPage *>();
    QSignalSpy reloaded(models, &ModelsPage::reloaded);
    models->reload(); // the records were written behind its back
    Shot::waitUntil([&] { return !reloaded.isEmpty() && reloaded.last().at(0).toInt() == 6; },
                    10000, u"the model cards"_s);
    const QJsonObject params { { u"epochs"_s, 60 }, { u"patience"_s, 100 } };
    for (const auto &[timeframe, bot] :
         { std::pair { u"5m"_s, u"lstm_bot"_s }, std::pair { u"1h"_s, u"gru_bot"_s },
           std::pair { u"1d"_s, u"linear_bot"_s } })
        Shot::require(queue->enqueue(job(u"RELIANCE.NS"_s, timeframe, bot, params)).ok(),
                      u"cannot queue %1"_s.arg(bot));
    w.resize(1440, 880);
    w.show();
    queue->start();
    auto *panel = w.findChild<QueuePanel *>();
    Shot::waitUntil([&] { return panel->runningJob()->lossChart()->lastEpoch() >= 8; }, 120000,
                    u"eight epochs of training"_s);
    shot.save(&w, u"main-window-training.png"_s);
    w.resize(1280, 720);
    QTest::qWait(300);
    shot.save(&w, u"main-window-1280x720.png"_s);
    queue->forceStop();
    Shot::waitUntil([&] { return queue->currentJobs().isEmpty(); }, 30000, u"the stop"_s);
}

// The queue panel mid-training in both palettes, then the Auto-train dialog and the History.
void queuePanelScene(Shot &shot)
{
    test::ScriptedWork work;
    auto session = test::openSession(shot.workspace(u"queue-panel"_s));
    TrainingQueue *queue = session->queue();
    Shot::require(queue, u"no queue"_s);
    queue->setExecutor(work.executor());
    for (const JobSpec &spec : { job(u"RELIANCE.NS"_s, u"5m"_s, u"lstm_bot"_s),
                                 job(u"RELIANCE.NS"_s, u"1h"_s, u"lstm_bot"_s),
                                 job(u"TCS.NS"_s, u"5m"_s, u"gru_bot"_s, {}, 2),
                                 job(u"INFY.NS"_s, u"1d"_s, u"transformer_bot"_s),
                                 job(u"HDFCBANK.NS"_s, u"1h"_s, u"mlp_bot"_s) })
        Shot::require(queue->enqueue(spec).ok(), u"cannot queue %1"_s.arg(spec.symbol));
    QueuePanel panel(session.get());
    panel.resize(560, 760);
    panel.show();
    queue->start();
    Shot::require(work.started.tryAcquire(1, 10000), u"the first job did not start"_s);
    for (int e = 1; e <= 14; ++e) {
        work.report(epochProgress(e));
        Shot::waitUntil([&] { return panel.runningJob()->lossChart()->lastEpoch() == e; }, 5000,
                        u"epoch %1 on the chart"_s.arg(e));
    }
    Shot::waitUntil([&] { return panel.pendingModel()->rowCount() == 4; }, 5000,
                    u"the pending jobs"_s);
    shot.saveLightAndDark(&panel, u"queue-panel.png"_s, u"queue-panel-dark.png"_s);
    queue->forceStop();

    const auto bars = test::waveBars(900, 2);
    for (const auto &[symbol, timeframe, count] : { std::tuple { u"RELIANCE.NS"_s, u"5m"_s, 900 },
                                                    std::tuple { u"TCS.NS"_s, u"1h"_s, 90 } }) {
        const QString stored = test::storeBars(*session->database(), symbol, timeframe,
                                               std::span(bars).first(size_t(count)));
        Shot::require(stored.isEmpty(), stored);
    }
    QSignalSpy symbolsChanged(session.get(), &WorkspaceSession::symbolsChanged);
    session->refreshSymbols();
    Shot::waitUntil([&] { return !symbolsChanged.isEmpty(); }, 10000, u"the symbols"_s);
    AutoTrainDialog dialog(session.get());
    dialog.setSelection({ u"RELIANCE.NS"_s, u"TCS.NS"_s }, { u"5m"_s, u"1h"_s },
                        { u"lstm_bot"_s, u"linear_bot"_s });
    dialog.show();
    QTest::qWait(50);
    shot.save(&dialog, u"autotrain-dialog.png"_s);
    HistoryPage history(session.get());
    history.resize(900, 300);
    history.show();
    Shot::waitUntil([&] { return history.model()->rowCount() > 0; }, 10000, u"the history"_s);
    shot.save(&history, u"history-view.png"_s);
}

} // namespace modeldeck::screenshots
