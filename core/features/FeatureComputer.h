#pragma once
// Feature values from bars, one column at a time, for FeatureSet. The column set is described
// by FeatureConfig's names; this turns a name into its computation.

#include "data/Bar.h"

#include <QString>

#include <span>
#include <vector>

namespace modeldeck {

class FeatureComputer
{
public:
    enum class Kind { Lag, Sma, PriceChange, LogVolume, VolumeRatio, HlRange, OcChange };

    struct Column
    {
        Kind kind = Kind::Lag;
        int k = 0;    // lag, window or change distance
        int bars = 1; // bars the feature reads, ending at t
    };

    // False for a name FeatureConfig does not produce.
    static bool parseColumn(const QString &name, Column &out);

    explicit FeatureComputer(std::span<const Bar> bars);

    // t must be >= column.bars - 1.
    double value(const Column &column, size_t t) const;

private:
    std::span<const Bar> m_bars;
    std::vector<double> m_closeSum; // m_closeSum[i] = close[0] + … + close[i - 1]
};

} // namespace modeldeck
