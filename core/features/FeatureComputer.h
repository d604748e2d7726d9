#pragma once
// Feature values from bars, one column at a time, for FeatureSet. The column set is described
// by FeatureConfig's names; this turns a name into its computation.
//
// Bars flagged BarFlagInvalid (kept by an import although their open, high, low or volume
// are impossible, e.g. Yahoo's adjusted history with an open outside the low–high range) are
// read through a repair, so no feature sees an impossible value: the range is the envelope of
// the four prices (high = max(open, high, low, close), low = the min), an open that is not a
// positive number reads as the close, and a negative or non-finite volume as 0. The close is
// used as it is: it is the series being forecast, and FeatureSet refuses a close that is not
// a positive number, flagged or not.

#include "domain/Bar.h"

#include <QString>
#include <span>
#include <vector>

namespace modeldeck {

class FeatureComputer
{
public:
    enum class Kind {
        Lag,
        Sma,
        PriceChange,
        LogVolume,
        VolumeRatio,
        HlRange,
        OcChange,
        LogReturn,
        CloseSma,
        Volatility,
        VolumeLogRatio,
    };

    struct Column
    {
        Kind kind = Kind::Lag;
        int k = 0; // lag, window or change distance
        int bars = 1; // bars the feature reads, ending at t
    };

    // False for a name FeatureConfig does not produce.
    static bool parseColumn(const QString &name, Column &out);

    explicit FeatureComputer(std::span<const Bar> bars);

    // t must be >= column.bars - 1.
    double value(const Column &column, size_t t) const;

    // Root mean square of the one-bar log returns over the `k` bars ending at t (t >= k): the
    // recent volatility that scales a model's prediction intervals.
    double volatility(size_t t, int k) const;

    // The bar as the features read it: flagged bars repaired as described above.
    static Bar repaired(const Bar &bar);

private:
    double volume(size_t t) const;

    std::span<const Bar> m_bars;
    std::vector<double> m_closeSum; // m_closeSum[i] = close[0] + … + close[i - 1]
    std::vector<double> m_squaredReturns; // prefix sums of log(close[i] / close[i - 1])²
};

} // namespace modeldeck
