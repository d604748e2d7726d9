#include "services/AbTestService.h"

#include "storage/AbTestRepository.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"
#include "storage/TrainingEpochRepository.h"
#include "storage/TrainingRecordRepository.h"

#include <algorithm>

namespace modeldeck {

namespace {

QString label(const RegisteredModel &m)
{
    return AbTestService::tr("“%1” v%2").arg(m.name).arg(m.version);
}

} // namespace

AbTestService::AbTestService(const Database &database) : m_database(database) { }

Result<std::pair<LoadedModel, std::vector<Bar>>>
AbTestService::prepare(const RegisteredModel &m, int horizon, int window) const
{
    auto loaded = RegisteredModelLoader::load(m, m_database.workspaceDir());
    if (!loaded)
        return loaded.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    MarketDataRepository market(*db);
    auto symbol = market.findSymbol(m.symbol);
    if (!symbol)
        return symbol.error();
    if (!symbol->has_value())
        return Error { tr("There is no symbol “%1” in this workspace; import its price history to "
                          "score %2.")
                           .arg(m.symbol, label(m)) };
    auto bars = market.loadLatestBars((*symbol)->id, m.timeframe,
                                      ModelBacktest::barsNeeded(loaded->features, horizon, window));
    if (!bars)
        return bars.error();
    return std::pair { std::move(*loaded), std::move(*bars) };
}

Result<AbTestOutcome> AbTestService::run(const AbTestRequest &request,
                                         const CancellationToken *token,
                                         const ModelBacktest::Progress &progress) const
{
    if (request.window < ModelBacktest::kMinimumWindow)
        return Error { tr("An A/B test needs a window of at least %1 forecasts (asked: %2).")
                           .arg(ModelBacktest::kMinimumWindow)
                           .arg(request.window) };
    const ModelRegistry registry(m_database);
    auto a = registry.find(request.a.name, request.a.version);
    if (!a)
        return a.error();
    auto b = registry.find(request.b.name, request.b.version);
    if (!b)
        return b.error();
    if (a->id == b->id)
        return Error { tr("An A/B test needs two different models or versions; both sides are "
                          "%1.")
                           .arg(label(*a)) };
    const int horizon = request.horizon > 0 ? request.horizon
        : a->horizons.isEmpty()             ? 1
                                            : a->horizons.front();
    if (auto comparable = AbTest::comparable(*a, *b, horizon); !comparable)
        return comparable.error();

    AbTestOutcome outcome;
    int doneA = 0;
    int totalA = request.window;
    int totalB = request.window;
    for (AbTestSide *side : { &outcome.a, &outcome.b }) {
        const bool isA = side == &outcome.a;
        side->model = isA ? *a : *b;
        auto prepared = prepare(side->model, horizon, request.window);
        if (!prepared)
            return prepared.error();
        const auto report = [&](int done, int total) {
            (isA ? totalA : totalB) = total;
            if (isA)
                doneA = done;
            if (progress)
                progress(isA ? done : doneA + done, totalA + totalB);
        };
        auto backtest = ModelBacktest::run(prepared->first, prepared->second, horizon,
                                           request.window, token, report);
        if (!backtest)
            return backtest.error();
        side->backtest = std::move(*backtest);
    }

    outcome.verdict
        = AbTest::decide(outcome.a.backtest.forecasts, outcome.b.backtest.forecasts, horizon);
    AbTestRecord &r = outcome.record;
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.modelA = a->name;
    r.versionA = a->version;
    r.modelB = b->name;
    r.versionB = b->version;
    r.symbol = a->symbol;
    r.timeframe = a->timeframe;
    r.horizon = horizon;
    r.windowSize = std::max(1, outcome.verdict.paired);
    r.metricsA = outcome.verdict.a.toJson();
    r.metricsB = outcome.verdict.b.toJson();
    const auto finite = [](double v) { return std::isfinite(v) ? std::optional(v) : std::nullopt; };
    r.dmStatistic = finite(outcome.verdict.dm.statistic);
    r.pValue = finite(outcome.verdict.dm.pValue);
    r.winner = AbTest::winnerText(outcome.verdict.winner);
    if (outcome.verdict.paired == 0)
        return Error {
            tr("%1 and %2 made no forecasts of the same bars to compare.").arg(label(*a), label(*b))
        };

    auto db = m_database.connection();
    if (!db)
        return db.error();
    WriteTransaction tx(*db);
    auto id = tx.isActive() ? AbTestRepository(*db).insert(r) : Result<qint64>(tx.beginError());
    Status committed = id ? tx.commit() : Status(id.error());
    if (!committed)
        return committed.error();
    r.id = *id;
    return outcome;
}

Result<std::vector<AbTestRecord>> AbTestService::history(const QString &modelA,
                                                         const QString &modelB, int limit) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return AbTestRepository(*db).list(modelA, modelB, limit);
}

Result<Activation> AbTestService::activateWinner(qint64 id) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto found = AbTestRepository(*db).find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error { tr("There is no A/B test %1 in this workspace.").arg(id) };
    const AbTestRecord &test = **found;
    if (!test.hasWinner())
        return Error { tr("A/B test %1 (“%2” v%3 vs “%4” v%5) found no significant difference: "
                          "there is no winner to activate.")
                           .arg(id)
                           .arg(test.modelA)
                           .arg(test.versionA)
                           .arg(test.modelB)
                           .arg(test.versionB) };
    // The registry's own activation, with the mark in its transaction: both or neither.
    const Database &database = m_database;
    return ModelRegistry(m_database)
        .activate(test.winnerName(), test.winnerVersion(), [&database, id]() -> Status {
            auto connection = database.connection();
            if (!connection)
                return connection.error();
            return AbTestRepository(*connection).markActivated(id);
        });
}

Result<ModelComparison> AbTestService::compare(const std::vector<ModelRef> &refs, int window,
                                               const CancellationToken *token,
                                               const ModelBacktest::Progress &progress) const
{
    if (window < ModelBacktest::kMinimumWindow)
        return Error { tr("A comparison needs a window of at least %1 forecasts (asked: %2).")
                           .arg(ModelBacktest::kMinimumWindow)
                           .arg(window) };
    const ModelRegistry registry(m_database);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    ModelComparison comparison;
    comparison.window = window;
    const int total = int(refs.size()) * window;
    int before = 0;
    for (const ModelRef &ref : refs) {
        auto found = registry.find(ref.name, ref.version);
        if (!found)
            return found.error();
        ComparedModel compared;
        compared.model = *found;
        compared.trainedAt = found->createdAt;
        if (found->trainingRecordId) {
            auto record = TrainingRecordRepository(*db).find(*found->trainingRecordId);
            if (record && record->has_value())
                compared.trainedAt = (*record)->trainedAt;
            // A record since cleared leaves no curve; the model itself is unaffected.
            if (auto epochs = TrainingEpochRepository(*db).list(*found->trainingRecordId))
                compared.epochs = std::move(*epochs);
        }
        const int horizon = found->horizons.isEmpty() ? 1 : found->horizons.front();
        auto prepared = prepare(*found, horizon, window);
        Result<BacktestForecasts> backtest = prepared
            ? ModelBacktest::run(prepared->first, prepared->second, horizon, window, token,
                                 [&](int done, int) {
                                     if (progress)
                                         progress(before + done, total);
                                 })
            : Result<BacktestForecasts>(prepared.error());
        if (token && token->isCancelled())
            return Error { token->reason() };
        if (backtest) {
            compared.live = LivePerformance::compute(backtest->forecasts, 0);
            compared.forecasts = std::move(backtest->forecasts);
            if (comparison.bars.empty() && prepared) {
                comparison.symbol = found->symbol;
                comparison.timeframe = found->timeframe;
                // The chart's closes: from the first forecast's origin on.
                const qint64 from
                    = compared.forecasts.empty() ? 0 : compared.forecasts.front().baseTimeMs;
                for (const Bar &bar : prepared->second) {
                    if (bar.timeUtcMs >= from)
                        comparison.bars.push_back(bar);
                }
            }
        } else {
            compared.error = backtest.error().message;
        }
        before += window;
        comparison.models.push_back(std::move(compared));
    }
    return comparison;
}

} // namespace modeldeck
