#pragma once
// Walks SearchSpace::grid's points in order (last dimension fastest), skipping every point
// already in the history whatever its state, so a resumed search continues where it stopped
// and parallel workers (whose running trials are in the history) take different points.
// nullopt once every point has been proposed.

#include "search/Sampler.h"

#include <QJsonValue>

namespace modeldeck {

class MODELDECK_CORE_EXPORT GridSampler : public Sampler
{
public:
    // An error when the grid exceeds SearchSpace::kMaxGridPoints.
    static Result<std::unique_ptr<GridSampler>> create(SearchSpace space, int pointsPerAxis);

    std::optional<QJsonObject> next(const std::vector<SearchTrial> &history) override;
    qint64 pointCount() const { return m_pointCount; }

private:
    GridSampler(SearchSpace space, std::vector<std::vector<QJsonValue>> axes);
    // The grid index of `params`, or -1 when they are not a point of this grid.
    qint64 indexOf(const QJsonObject &params) const;
    QJsonObject point(qint64 index) const;

    SearchSpace m_space;
    std::vector<std::vector<QJsonValue>> m_axes; // per dimension, in the space's order
    qint64 m_pointCount = 1;
};

} // namespace modeldeck
