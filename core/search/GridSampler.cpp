#include "GridSampler.h"

#include <algorithm>
#include <cmath>

namespace modeldeck {

namespace {

// Parameters read back from storage went through text: a real may come back an ulp away from
// the grid value it was.
bool sameGridValue(const QJsonValue &gridValue, const QJsonValue &value)
{
    if (!gridValue.isDouble() || !value.isDouble())
        return gridValue == value;
    const double a = gridValue.toDouble();
    const double b = value.toDouble();
    return std::abs(a - b) <= 1e-12 * std::max({ 1.0, std::abs(a), std::abs(b) });
}

} // namespace

Result<std::unique_ptr<GridSampler>> GridSampler::create(SearchSpace space, int pointsPerAxis)
{
    auto axes = space.gridAxes(pointsPerAxis);
    if (!axes)
        return axes.error();
    return std::unique_ptr<GridSampler>(new GridSampler(std::move(space), std::move(*axes)));
}

GridSampler::GridSampler(SearchSpace space, std::vector<std::vector<QJsonValue>> axes)
    : m_space(std::move(space)), m_axes(std::move(axes))
{
    for (const auto &axis : m_axes)
        m_pointCount *= qint64(axis.size());
}

std::optional<QJsonObject> GridSampler::next(const std::vector<SearchTrial> &history)
{
    std::vector<bool> visited(size_t(m_pointCount), false);
    for (const SearchTrial &trial : history) {
        const qint64 index = indexOf(trial.params);
        if (index >= 0)
            visited[size_t(index)] = true;
    }
    const auto unvisited = std::find(visited.begin(), visited.end(), false);
    if (unvisited == visited.end())
        return std::nullopt;
    return point(qint64(unvisited - visited.begin()));
}

qint64 GridSampler::indexOf(const QJsonObject &params) const
{
    qint64 index = 0;
    for (size_t d = 0; d < m_axes.size(); ++d) {
        const QJsonValue value = params.value(m_space.dimensions()[d].key);
        const auto &axis = m_axes[d];
        const auto found = std::find_if(
            axis.begin(), axis.end(), [&](const QJsonValue &v) { return sameGridValue(v, value); });
        if (found == axis.end())
            return -1;
        index = index * qint64(axis.size()) + qint64(found - axis.begin());
    }
    return index;
}

QJsonObject GridSampler::point(qint64 index) const
{
    QJsonObject point;
    for (size_t d = m_axes.size(); d-- > 0;) {
        const qint64 size = qint64(m_axes[d].size());
        point.insert(m_space.dimensions()[d].key, m_axes[d][size_t(index % size)]);
        index /= size;
    }
    return point;
}

} // namespace modeldeck
