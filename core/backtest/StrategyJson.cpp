// The JSON forms of strategy training that a queued job stores: its spec going in
// (training_jobs.strategy) and its result coming out (training_jobs.strategy_result), and
// their way back, so a finished job's result reads as the StrategyTrainResult a direct run
// returns.

#include "backtest/StrategyOptimizer.h"

#include <QDateTime>
#include <cmath>

namespace modeldeck {

namespace {

qint64 msFrom(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QJsonArray windowJson(const StrategyWindow &w)
{
    return { qint64(w.trainBegin), qint64(w.testBegin), qint64(w.testEnd) };
}

StrategyWindow windowFrom(const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    if (a.size() != 3)
        return {};
    const auto index = [&](int i) { return size_t(std::max<qint64>(0, a.at(i).toInteger())); };
    return { index(0), index(1), index(2) };
}

} // namespace

Result<StrategyTrainSpec> StrategyTrainSpec::fromJson(const QJsonObject &json)
{
    StrategyTrainSpec spec;
    spec.strategy = json.value(QStringLiteral("strategy")).toString();
    spec.fixedParams = json.value(QStringLiteral("fixed_params")).toObject();
    spec.space = json.value(QStringLiteral("space")).toObject();
    if (const QJsonValue v = json.value(QStringLiteral("objective")); !v.isUndefined()) {
        auto objective = BacktestObjective::parse(v.toString());
        if (!objective)
            return objective.error();
        spec.objective = *objective;
    }
    if (const QJsonValue v = json.value(QStringLiteral("optimizer")); !v.isUndefined()) {
        auto method = parseMethod(v.toString());
        if (!method)
            return method.error();
        spec.method = *method;
    }
    const auto whole = [&](const QString &key, int fallback) {
        const QJsonValue v = json.value(key);
        return v.isDouble() ? v.toInt(-1) : v.isUndefined() ? fallback : -1;
    };
    spec.budget = whole(QStringLiteral("budget"), spec.budget);
    spec.trainDays = whole(QStringLiteral("train_days"), 0);
    spec.testDays = whole(QStringLiteral("test_days"), 0);
    const double seed = json.value(QStringLiteral("seed")).toDouble(1);
    if (!(seed >= 0 && seed < 18446744073709551616.0 && seed == std::floor(seed)))
        return Error { tr("A strategy training's seed must be a whole number of 0 or more.") };
    spec.seed = quint64(seed);
    spec.costs.commission = json.value(QStringLiteral("commission")).toDouble(0);
    spec.costs.slippage = json.value(QStringLiteral("slippage")).toDouble(0);
    spec.costs.allowShort = json.value(QStringLiteral("short")).toBool(false);
    if (auto checked = spec.check(); !checked)
        return checked.error();
    return spec;
}

StrategyFold StrategyFold::fromJson(const QJsonObject &json)
{
    StrategyFold fold;
    fold.index = std::max(0, json.value(QStringLiteral("fold")).toInt() - 1);
    fold.window = windowFrom(json.value(QStringLiteral("window")));
    fold.trainBeginMs = msFrom(json.value(QStringLiteral("train_begin")));
    fold.testBeginMs = msFrom(json.value(QStringLiteral("test_begin")));
    fold.testEndMs = msFrom(json.value(QStringLiteral("test_end")));
    fold.params = json.value(QStringLiteral("params")).toObject();
    fold.trainObjective = json.value(QStringLiteral("train_objective")).toDouble();
    fold.test = BacktestScores::fromJson(json.value(QStringLiteral("test")).toObject());
    return fold;
}

QJsonObject StrategyTrainResult::toJson(BacktestObjective::Kind objective) const
{
    QJsonArray trialArray;
    for (const SearchTrial &t : trials) {
        if (trialArray.size() == kMaxStoredTrials)
            break;
        QJsonObject trial { { QStringLiteral("trial"), t.number },
                            { QStringLiteral("params"), t.params },
                            { QStringLiteral("state"), SearchTrial::stateName(t.state) } };
        if (t.score)
            trial.insert(QStringLiteral("objective"), -*t.score);
        trialArray.append(trial);
    }
    QJsonArray foldArray;
    for (const StrategyFold &f : folds) {
        QJsonObject fold = f.toJson();
        fold.insert(QStringLiteral("window"), windowJson(f.window));
        foldArray.append(fold);
    }
    QJsonObject json { { QStringLiteral("objective"), BacktestObjective::name(objective) },
                       { QStringLiteral("best_params"), bestParams },
                       { QStringLiteral("best_objective"), bestObjective },
                       { QStringLiteral("optimize_window"), windowJson(optimizeWindow) },
                       { QStringLiteral("train_scores"), trainScores.toJson() },
                       { QStringLiteral("trials"), trialArray },
                       { QStringLiteral("trial_count"), qint64(trials.size()) },
                       { QStringLiteral("walk_forward"), foldArray } };
    if (const QJsonObject summary = walkForwardSummary(objective); !summary.isEmpty())
        json.insert(QStringLiteral("walk_forward_summary"), summary);
    return json;
}

Result<StrategyTrainResult> StrategyTrainResult::fromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("best_params")).isObject()
        || !json.value(QStringLiteral("best_objective")).isDouble())
        return Error { StrategyTrainSpec::tr(
            "The stored strategy training result has no best parameters and objective.") };
    StrategyTrainResult result;
    result.bestParams = json.value(QStringLiteral("best_params")).toObject();
    result.bestObjective = json.value(QStringLiteral("best_objective")).toDouble();
    result.optimizeWindow = windowFrom(json.value(QStringLiteral("optimize_window")));
    result.trainScores
        = BacktestScores::fromJson(json.value(QStringLiteral("train_scores")).toObject());
    for (const QJsonValue &v : json.value(QStringLiteral("trials")).toArray()) {
        const QJsonObject o = v.toObject();
        SearchTrial trial;
        trial.number = o.value(QStringLiteral("trial")).toInt();
        trial.params = o.value(QStringLiteral("params")).toObject();
        trial.state = SearchTrial::stateFromName(o.value(QStringLiteral("state")).toString())
                          .value_or(SearchTrial::State::Failed);
        if (const QJsonValue objective = o.value(QStringLiteral("objective")); objective.isDouble())
            trial.score = -objective.toDouble();
        result.trials.push_back(std::move(trial));
    }
    for (const QJsonValue &v : json.value(QStringLiteral("walk_forward")).toArray())
        result.folds.push_back(StrategyFold::fromJson(v.toObject()));
    return result;
}

} // namespace modeldeck
