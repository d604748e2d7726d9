#pragma once
// A trading strategy: a typed parameter space (core/search SearchSpace, so the optimiser's
// samplers draw from it as they do for models) and a rule turning causal indicators into one
// signal per bar: +1 long, -1 short, 0 flat. Signal t must depend on bars 0..t only; the engine
// trades it at bar t+1's open (BacktestEngine.h). Strategies read prices through IndicatorCache,
// whose indicators only look back, and CausalityCheck catches one that does not.

#include "backtest/Indicators.h"
#include "modeldeck_core_export.h"
#include "search/SearchSpace.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <span>
#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT Strategy
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::Strategy)

public:
    virtual ~Strategy();
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    virtual SearchSpace space() const = 0;
    virtual QJsonObject defaults() const = 0;
    // Fills out[t] for every bar (out.size() == cache.size()). `params` is complete and checked
    // (resolve()); 0 during an indicator's warm-up.
    virtual void signals(const IndicatorCache &cache, const QJsonObject &params,
                         std::span<qint8> out) const = 0;

    // Parameters that are never searched and are not numbers (model_signal's `model`): a
    // non-empty name or a whole-number id, given through StrategyTrainSpec::fixedParams or
    // --param and kept in the resolved params, never in space(). The service needs them
    // (StrategyTrainSpec::check and StrategyService say so when one is missing); resolve()
    // only checks their form, since the signal itself reads columns the service filled.
    virtual QStringList fixedKeys() const { return {}; }
    // True when signals() reads the forecast column (BarColumns::forecast), which the service
    // fills from the model named by the `model` parameter before any backtest.
    virtual bool needsForecasts() const { return false; }

    // defaults() overridden by `params`: an unknown key, or a value outside the space (or a
    // fixed key of the wrong form), is an error naming the strategy and the key.
    Result<QJsonObject> resolve(const QJsonObject &params) const;
};

// The built-in strategies by name (ma_crossover, rsi_reversion, bollinger_breakout,
// volume_spike_reversal, model_signal); nullptr for an unknown name.
MODELDECK_CORE_EXPORT const Strategy *findStrategy(const QString &name);
MODELDECK_CORE_EXPORT std::vector<const Strategy *> builtInStrategies();
// findStrategy, or an error listing the names there are.
MODELDECK_CORE_EXPORT Result<const Strategy *> strategyNamed(const QString &name);

// Params as numbers: whole numbers for int dimensions.
inline int intParam(const QJsonObject &params, const QString &key)
{
    return params.value(key).toInt();
}
inline double realParam(const QJsonObject &params, const QString &key)
{
    return params.value(key).toDouble();
}

} // namespace modeldeck
