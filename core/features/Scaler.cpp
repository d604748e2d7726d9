#include "Scaler.h"

#include <QJsonArray>
#include <QJsonValue>
#include <cmath>
#include <limits>

namespace modeldeck {

namespace {

// Below this a column is treated as constant: dividing by a rounding-noise std would blow
// float noise up into values of order 1 that the model would try to learn from.
constexpr double kMinStd = 1e-12;

QJsonArray toArray(const std::vector<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

bool fromArray(const QJsonValue &value, std::vector<double> &out)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    out.clear();
    out.reserve(size_t(array.size()));
    for (const QJsonValue &item : array) {
        if (!item.isDouble() || !std::isfinite(item.toDouble()))
            return false;
        out.push_back(item.toDouble());
    }
    return true;
}

} // namespace

void Scaler::fit(std::span<const float> rows, int columns, int begin, int end)
{
    m_mean.assign(size_t(std::max(columns, 0)), 0.0);
    m_std.assign(size_t(std::max(columns, 0)), 1.0);
    Q_ASSERT(begin >= 0 && begin <= end);
    Q_ASSERT(columns <= 0 || size_t(end) * size_t(columns) <= rows.size());
    if (columns <= 0 || end <= begin)
        return; // nothing to learn from: identity transform

    const size_t cols = size_t(columns);
    const double count = double(end - begin);
    // Two passes (mean, then squared deviations) rather than sum and sum of squares: prices
    // far from zero with a small spread would otherwise lose the variance to cancellation.
    for (int r = begin; r < end; ++r) {
        const float *row = rows.data() + size_t(r) * cols;
        for (size_t c = 0; c < cols; ++c)
            m_mean[c] += row[c];
    }
    for (double &mean : m_mean)
        mean /= count;

    std::vector<double> squares(cols, 0.0);
    for (int r = begin; r < end; ++r) {
        const float *row = rows.data() + size_t(r) * cols;
        for (size_t c = 0; c < cols; ++c) {
            const double d = row[c] - m_mean[c];
            squares[c] += d * d;
        }
    }
    // Population std (divide by n), as scikit-learn's StandardScaler does, so scaled values
    // match the Python reference implementation.
    for (size_t c = 0; c < cols; ++c) {
        const double sd = std::sqrt(squares[c] / count);
        m_std[c] = (std::isfinite(sd) && sd > kMinStd) ? sd : 1.0;
    }
}

void Scaler::transform(std::span<float> rows) const
{
    const size_t cols = m_mean.size();
    if (cols == 0)
        return;
    Q_ASSERT(rows.size() % cols == 0);
    for (size_t i = 0; i + cols <= rows.size(); i += cols) {
        for (size_t c = 0; c < cols; ++c)
            rows[i + c] = float((rows[i + c] - m_mean[c]) / m_std[c]);
    }
}

double Scaler::inverse(double scaled, int column) const
{
    if (column < 0 || column >= columns()) {
        Q_ASSERT(false);
        return std::numeric_limits<double>::quiet_NaN();
    }
    return scaled * m_std[size_t(column)] + m_mean[size_t(column)];
}

double Scaler::transformValue(double raw, int column) const
{
    if (column < 0 || column >= columns()) {
        Q_ASSERT(false);
        return std::numeric_limits<double>::quiet_NaN();
    }
    return (raw - m_mean[size_t(column)]) / m_std[size_t(column)];
}

QJsonObject Scaler::toJson() const
{
    return QJsonObject { { QLatin1StringView("mean"), toArray(m_mean) },
                         { QLatin1StringView("std"), toArray(m_std) } };
}

bool Scaler::fromJson(const QJsonObject &json, Scaler &out)
{
    if (json.size() != 2)
        return false;
    std::vector<double> mean;
    std::vector<double> sd;
    if (!fromArray(json.value(QLatin1StringView("mean")), mean)
        || !fromArray(json.value(QLatin1StringView("std")), sd) || mean.size() != sd.size()) {
        return false;
    }
    // A saved std of zero or below could only come from a damaged or hand-edited file and
    // would turn every prediction into inf/NaN.
    for (double s : sd) {
        if (!(s > 0))
            return false;
    }
    out.m_mean = std::move(mean);
    out.m_std = std::move(sd);
    return true;
}

} // namespace modeldeck
