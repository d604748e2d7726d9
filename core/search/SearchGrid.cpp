// SearchSpace's grid: the values per axis and the points they make.

#include "SearchSpace.h"

#include <algorithm>
#include <cmath>

namespace modeldeck {

namespace {

// `count` evenly spaced positions from low to high, in log space when `log`; one is the middle.
std::vector<double> spaced(double low, double high, bool log, int count)
{
    const double from = log ? std::log(low) : low;
    const double to = log ? std::log(high) : high;
    std::vector<double> values;
    values.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const double t = count == 1 ? 0.5 : double(i) / double(count - 1);
        const double x = from + t * (to - from);
        // exp(log(x)) may land an ulp outside; the ends are exact by construction.
        values.push_back(std::clamp(log ? std::exp(x) : x, low, high));
    }
    if (count > 1) {
        values.front() = low;
        values.back() = high;
    }
    return values;
}

std::vector<QJsonValue> axisValues(const SearchDimension &dimension, int count)
{
    std::vector<QJsonValue> axis;
    switch (dimension.kind) {
    case SearchDimension::Kind::Choice:
        return dimension.choices;
    case SearchDimension::Kind::Real:
        for (double v : spaced(dimension.low, dimension.high, dimension.log, count))
            axis.emplace_back(v);
        return axis;
    case SearchDimension::Kind::Int: {
        qint64 previous = 0;
        for (double v : spaced(dimension.low, dimension.high, dimension.log, count)) {
            const qint64 rounded
                = std::clamp(std::llround(v), qint64(dimension.low), qint64(dimension.high));
            // Positions increase, so equal roundings are neighbours.
            if (axis.empty() || rounded != previous)
                axis.emplace_back(rounded);
            previous = rounded;
        }
        return axis;
    }
    }
    return axis;
}

} // namespace

Result<std::vector<std::vector<QJsonValue>>> SearchSpace::gridAxes(int pointsPerAxis) const
{
    if (pointsPerAxis < 1 || pointsPerAxis > kMaxGridPoints) {
        return Error { tr("Search grid: points per axis must be from 1 to %1; got %2.")
                           .arg(kMaxGridPoints)
                           .arg(pointsPerAxis) };
    }
    std::vector<std::vector<QJsonValue>> axes;
    qint64 total = 1;
    for (const SearchDimension &d : m_dimensions) {
        axes.push_back(axisValues(d, pointsPerAxis));
        // Both factors are at most kMaxGridPoints, so the product cannot overflow; stopping at
        // the first excess keeps a hostile space from allocating every axis first.
        total *= qint64(axes.back().size());
        if (total > kMaxGridPoints) {
            return Error { tr("Search grid: %1 points per axis make more than %2 points (reached "
                              "at “%3”); use fewer points per axis, fewer hyperparameters or a "
                              "random or bayes search.")
                               .arg(pointsPerAxis)
                               .arg(kMaxGridPoints)
                               .arg(shownKey(d.key)) };
        }
    }
    return axes;
}

Result<std::vector<QJsonObject>> SearchSpace::grid(int pointsPerAxis) const
{
    const auto axes = gridAxes(pointsPerAxis);
    if (!axes)
        return axes.error();
    qint64 total = 1;
    for (const auto &axis : *axes)
        total *= qint64(axis.size());
    std::vector<QJsonObject> points;
    points.reserve(size_t(total));
    std::vector<size_t> index(axes->size(), 0); // an odometer, last digit fastest
    for (qint64 n = 0; n < total; ++n) {
        QJsonObject point;
        for (size_t d = 0; d < axes->size(); ++d)
            point.insert(m_dimensions[d].key, (*axes)[d][index[d]]);
        points.push_back(std::move(point));
        for (size_t d = axes->size(); d-- > 0;) {
            if (++index[d] < (*axes)[d].size())
                break;
            index[d] = 0;
        }
    }
    return points;
}

} // namespace modeldeck
