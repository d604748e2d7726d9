#pragma once
// A bar series as contiguous columns, the form every backtest loop reads: one vector per field,
// so a strategy's indicator pass and the engine's return pass stream through memory. Built once
// per series (or per truncated prefix in the causality check) and shared read-only.

#include "domain/Bar.h"
#include "modeldeck_core_export.h"

#include <QtGlobal>
#include <span>
#include <vector>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT BarColumns
{
    std::vector<qint64> time; // bar start, UTC epoch ms, ascending
    std::vector<double> open;
    std::vector<double> high;
    std::vector<double> low;
    std::vector<double> close;
    std::vector<double> volume;
    // close[i] / close[i-1] - 1 (0 at i = 0): the engine's per-bar return when a position is
    // held through a bar, computed once instead of once per parameter set.
    std::vector<double> closeReturn;
    // Optional, empty unless the series has a model's forecasts attached (model_signal;
    // StrategyService fills them through ModelSignalData): forecast[t] is the model's forecast
    // of a later close (its shortest horizon) made at bar t from bars 0..t only, and
    // forecastLower/Upper its 80 % band. NaN where there is none: the model's warm-up, bars up
    // to the end of its training data, a model without bands.
    std::vector<double> forecast;
    std::vector<double> forecastLower;
    std::vector<double> forecastUpper;

    static BarColumns fromBars(std::span<const Bar> bars);
    // The first `count` bars (count <= size()): what the series looked like at bar count - 1.
    BarColumns prefix(size_t count) const { return slice(0, count); }
    // Bars [begin, end) as a series of their own (closeReturn[0] is 0: nothing before it).
    BarColumns slice(size_t begin, size_t end) const;
    size_t size() const { return close.size(); }
};

} // namespace modeldeck
