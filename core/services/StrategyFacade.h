#pragma once
// Strategy Studio's services as the GUI reaches them: each call runs StrategyService on a pool
// thread and is awaited. The long calls (backtest, train) take a shared StrategyControl: the
// widget cancels through it and polls the latest progress the pool thread stores in it (no
// signal crosses threads). Cheap to copy; a copy keeps the workspace's database open until its
// calls finish.

#include "modeldeck_core_export.h"
#include "services/StrategyService.h"
#include "training/CancellationToken.h"
#include "util/Result.h"

#include <QMutex>
#include <memory>
#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

class Database;

struct MODELDECK_CORE_EXPORT StrategyControl
{
    CancellationToken token;

    void store(const StrategyProgress &progress)
    {
        QMutexLocker lock(&m_mutex);
        m_latest = progress;
    }
    StrategyProgress latest() const
    {
        QMutexLocker lock(&m_mutex);
        return m_latest;
    }

private:
    mutable QMutex m_mutex;
    StrategyProgress m_latest;
};

class MODELDECK_CORE_EXPORT StrategyFacade
{
public:
    explicit StrategyFacade(std::shared_ptr<Database> database);

    QCoro::Task<Result<StrategyBacktestOutcome>>
    backtest(StrategyBacktestRequest request, std::shared_ptr<StrategyControl> control) const;
    QCoro::Task<Result<StrategyTrainOutcome>> train(StrategyTrainRequest request,
                                                    std::shared_ptr<StrategyControl> control) const;
    QCoro::Task<Result<std::vector<TrainedConfiguration>>>
    list(QString symbol = {}, QString timeframe = {}, QString strategy = {}) const;
    QCoro::Task<Result<TrainedConfiguration>> find(QString idOrName) const;
    QCoro::Task<Result<TrainedConfiguration>> save(TrainedConfiguration configuration) const;
    QCoro::Task<Status> remove(qint64 id) const;
    QCoro::Task<Status> exportJson(TrainedConfiguration configuration, QString path) const;
    // Strategy training through the queue: enqueue queue/StrategyJob's strategyJob(request)
    // with the session's TrainingQueue, follow its jobProgress (TrainingProgress::strategy),
    // then read the finished job's result here, as train returns it (backtest recomputed).
    QCoro::Task<Result<StrategyTrainOutcome>> jobResult(qint64 jobId) const;
    // The newest strategy jobs of any status with their requests (the Studio's history).
    QCoro::Task<Result<std::vector<StrategyJobEntry>>> jobs(int limit = 200) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace modeldeck
