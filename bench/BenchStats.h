#pragma once
// Small statistics shared by the benchmarks.

#include <algorithm>
#include <cmath>
#include <vector>

namespace modeldeck::bench {

// Nearest-rank percentile (p in 0..1) of the samples; 0 for no samples.
inline double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const size_t rank = size_t(std::ceil(p * double(samples.size())));
    return samples[std::min(samples.size() - 1, rank == 0 ? 0 : rank - 1)];
}

} // namespace modeldeck::bench
