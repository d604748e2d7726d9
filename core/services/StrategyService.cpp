#include "services/StrategyService.h"

#include "backtest/Strategy.h"
#include "backtest/StrategyBacktest.h"
#include "domain/Timeframe.h"
#include "services/AuditLog.h"
#include "services/TrainingService.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/TrainedConfigurationRepository.h"
#include "training/CancellationToken.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>

namespace modeldeck {

namespace {

// The audit entry of saving or deleting a strategy configuration (audit_log).
AuditEntry audited(const QString &action, const TrainedConfiguration &configuration, qint64 id)
{
    return AuditLog::entry(
        action, configuration.name,
        { { QStringLiteral("kind"), QStringLiteral("strategy_configuration") },
          { QStringLiteral("id"), id },
          { QStringLiteral("strategy"), configuration.strategy },
          { QStringLiteral("series"),
            AuditLog::seriesSubject(configuration.symbol, configuration.timeframe) } });
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

void StrategyService::report(const StrategyProgress &progress) const
{
    if (m_progress)
        m_progress(progress);
}

Result<BarColumns> StrategyService::loadBars(const QString &symbol, const QString &timeframe,
                                             const Strategy &strategy, const QJsonObject &params,
                                             qint64 *timeframeSeconds,
                                             std::optional<ForecastSource> *forecasts) const
{
    auto tf = Timeframe::parse(timeframe);
    if (!tf)
        return tf.error();
    *timeframeSeconds = tf->seconds();
    auto bars = TrainingService::loadBars(m_database, symbol, tf->name());
    if (!bars)
        return bars.error();
    if (bars->size() < 3) {
        return Error { tr("%1 %2 has %3 bars; a backtest needs at least 3.")
                           .arg(symbol, tf->name())
                           .arg(bars->size()) };
    }
    BarColumns columns = BarColumns::fromBars(*bars);
    if (!strategy.needsForecasts())
        return columns;
    // The forecast pass: one network run per bar after the model's training data, in batches.
    StrategyProgress progress;
    progress.step = StrategyProgress::Step::Data;
    auto source
        = ModelSignalData::attach(m_database, params.value(QStringLiteral("model")), symbol,
                                  tf->name(), *bars, columns, m_token, [&](int done, int total) {
                                      progress.iteration = done;
                                      progress.iterations = total;
                                      report(progress);
                                  });
    if (!source) {
        if (m_token && m_token->isCancelled())
            return Error { tr("Strategy cancelled: %1").arg(m_token->reason()) };
        return source.error();
    }
    *forecasts = std::move(*source);
    return columns;
}

Result<StrategyBacktestOutcome>
StrategyService::backtest(const StrategyBacktestRequest &request) const
{
    auto strategy = strategyNamed(request.strategy);
    if (!strategy)
        return strategy.error();
    auto params = (*strategy)->resolve(request.params);
    if (!params)
        return params.error();
    StrategyBacktestOutcome outcome;
    qint64 seconds = 0;
    auto bars = loadBars(request.symbol, request.timeframe, **strategy, *params, &seconds,
                         &outcome.forecasts);
    if (!bars)
        return bars.error();
    outcome.params = *params;
    BacktestOptions options = request.costs;
    options.details = true;
    options.barsPerYear = barsPerYear(bars->time, seconds);
    outcome.barsPerYear = options.barsPerYear;
    const IndicatorCache cache(*bars);
    auto result = backtestStrategy(**strategy, cache, *params, options);
    if (!result)
        return result.error();
    outcome.result = std::move(*result);
    return outcome;
}

Result<StrategyTrainOutcome> StrategyService::run(const StrategyTrainRequest &request) const
{
    if (auto checked = request.spec.check(); !checked)
        return checked.error();
    StrategyProgress progress;
    progress.step = StrategyProgress::Step::Data;
    report(progress);
    std::optional<ForecastSource> forecasts;
    qint64 seconds = 0;
    auto bars = loadBars(request.symbol, request.timeframe, *findStrategy(request.spec.strategy),
                         request.spec.fixedParams, &seconds, &forecasts);
    if (!bars)
        return bars.error();
    StrategyOptimizer optimizer(request.spec);
    optimizer.setThreads(m_threads > 0 ? m_threads : QThread::idealThreadCount());
    optimizer.setCancellationToken(m_token);
    optimizer.setProgressCallback([this](const StrategyProgress &p) { report(p); });
    auto result = optimizer.run(*bars, seconds);
    if (!result)
        return result.error();
    StrategyTrainOutcome outcome;
    outcome.result = std::move(*result);
    outcome.forecasts = std::move(forecasts);
    return outcome;
}

void StrategyService::reportSaving(const StrategyTrainResult &result) const
{
    StrategyProgress progress;
    progress.step = StrategyProgress::Step::Save;
    progress.fraction = 1;
    progress.bestParams = result.bestParams;
    progress.bestObjective = result.bestObjective;
    report(progress);
}

Result<StrategyTrainOutcome> StrategyService::train(const StrategyTrainRequest &request) const
{
    auto run = this->run(request);
    if (!run)
        return run.error();
    StrategyTrainOutcome outcome = std::move(*run);
    if (!request.saveAs.isEmpty()) {
        reportSaving(outcome.result);
        auto saved = save(configurationFrom(request, outcome));
        if (!saved)
            return saved.error();
        outcome.saved = std::move(*saved);
    }
    return outcome;
}

TrainedConfiguration StrategyService::configurationFrom(const StrategyTrainRequest &request,
                                                        const StrategyTrainOutcome &outcome)
{
    TrainedConfiguration configuration = configurationFrom(request, outcome.result);
    // model_signal: which version's forecasts it was trained on, and from which bar.
    if (outcome.forecasts)
        configuration.scores.insert(QStringLiteral("forecasts"), outcome.forecasts->toJson());
    return configuration;
}

TrainedConfiguration StrategyService::configurationFrom(const StrategyTrainRequest &request,
                                                        const StrategyTrainResult &result)
{
    TrainedConfiguration c;
    c.name = request.saveAs;
    c.symbol = request.symbol.toUpper();
    c.timeframe = request.timeframe;
    if (auto tf = Timeframe::parse(request.timeframe))
        c.timeframe = tf->name();
    c.strategy = request.spec.strategy;
    c.params = result.bestParams;
    c.objective = BacktestObjective::name(request.spec.objective);
    // The scores of the Optimize window, with the walk-forward summary and how it was trained.
    c.scores = result.trainScores.toJson();
    const QJsonObject summary = result.walkForwardSummary(request.spec.objective);
    if (!summary.isEmpty())
        c.scores.insert(QStringLiteral("walk_forward_summary"), summary);
    c.scores.insert(QStringLiteral("training"), request.spec.toJson());
    c.walkForward = result.foldsJson();
    c.createdAt = QDateTime::currentDateTimeUtc();
    c.sourceJobId = request.sourceJobId;
    return c;
}

Result<std::vector<TrainedConfiguration>> StrategyService::list(const QString &symbol,
                                                                const QString &timeframe,
                                                                const QString &strategy,
                                                                int limit) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return TrainedConfigurationRepository(*db).list(symbol, timeframe, strategy, limit);
}

Result<TrainedConfiguration> StrategyService::find(const QString &idOrName) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    TrainedConfigurationRepository repository(*db);
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    if (isNumber) {
        auto byId = repository.find(id);
        if (!byId)
            return byId.error();
        if (*byId)
            return **byId;
    }
    auto byName = repository.findByName(idOrName);
    if (!byName)
        return byName.error();
    if (!*byName)
        return Error { tr("There is no strategy configuration “%1”.").arg(idOrName.left(80)) };
    return **byName;
}

Result<TrainedConfiguration> StrategyService::save(TrainedConfiguration configuration) const
{
    return saveWith(std::move(configuration), {});
}

Result<TrainedConfiguration> StrategyService::saveWith(TrainedConfiguration configuration,
                                                       const AlsoInTransaction &also) const
{
    configuration.name = configuration.name.trimmed();
    if (configuration.name.isEmpty() || configuration.name.size() > 200)
        return Error { tr("A strategy configuration needs a name of 1 to 200 characters.") };
    if (auto strategy = strategyNamed(configuration.strategy); !strategy)
        return strategy.error();
    if (!configuration.createdAt.isValid())
        configuration.createdAt = QDateTime::currentDateTimeUtc();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    // The name check and the insert in one transaction: two saves under one name cannot both
    // pass the check.
    WriteTransaction tx(*db);
    if (!tx.isActive())
        return tx.beginError();
    auto id = TrainedConfigurationRepository(*db).insert(configuration);
    if (!id)
        return id.error();
    if (auto logged = AuditRepository(*db).insert(audited(AuditAction::Save, configuration, *id));
        !logged)
        return logged.error();
    if (also) {
        if (auto done = also(*db, *id); !done)
            return done.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    configuration.id = *id;
    return configuration;
}

Status StrategyService::remove(qint64 id) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    // The row and its audit entry go together.
    WriteTransaction tx(*db);
    if (!tx.isActive())
        return tx.beginError();
    TrainedConfigurationRepository configurations(*db);
    auto existing = configurations.find(id);
    if (!existing)
        return existing.error();
    if (auto removed = configurations.remove(id); !removed)
        return removed;
    if (*existing) {
        if (auto logged = AuditRepository(*db).insert(audited(AuditAction::Delete, **existing, id));
            !logged)
            return logged.error();
    }
    return tx.commit();
}

Status StrategyService::exportJson(const TrainedConfiguration &configuration, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { tr("Cannot write “%1”: %2").arg(path, file.errorString()) };
    file.write(QJsonDocument(configuration.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error { tr("Cannot write “%1”: %2").arg(path, file.errorString()) };
    return {};
}

QJsonObject StrategyService::curvesJson(const BacktestResult &result)
{
    QJsonArray times;
    QJsonArray equity;
    QJsonArray drawdown;
    for (size_t i = 0; i < result.equity.size(); ++i) {
        times.append(isoTime(result.times[i]));
        equity.append(result.equity[i]);
        drawdown.append(result.drawdown[i]);
    }
    return { { QStringLiteral("time"), times },
             { QStringLiteral("equity"), equity },
             { QStringLiteral("drawdown"), drawdown } };
}

QJsonArray StrategyService::tradesJson(const BacktestResult &result)
{
    QJsonArray trades;
    for (const BacktestTrade &t : result.trades) {
        trades.append(
            QJsonObject { { QStringLiteral("direction"),
                            t.direction > 0 ? QStringLiteral("long") : QStringLiteral("short") },
                          { QStringLiteral("entry_time"), isoTime(t.entryTimeMs) },
                          { QStringLiteral("entry_price"), t.entryPrice },
                          { QStringLiteral("exit_time"), isoTime(t.exitTimeMs) },
                          { QStringLiteral("exit_price"), t.exitPrice },
                          { QStringLiteral("return"), t.returnFraction },
                          { QStringLiteral("bars"), t.bars },
                          { QStringLiteral("open"), t.open } });
    }
    return trades;
}

} // namespace modeldeck
