#pragma once
// Standardisation (x - mean) / std per column, fit on the training split only.

#include "modeldeck_core_export.h"

#include <QJsonObject>
#include <span>
#include <vector>

namespace modeldeck {

class MODELDECK_CORE_EXPORT Scaler
{
public:
    // rows: row-major [rowCount × columns]; only rows [begin, end) are used for the fit.
    // A constant column gets std 1 so it maps to 0 instead of dividing by zero.
    void fit(std::span<const float> rows, int columns, int begin, int end);
    void transform(std::span<float> rows) const; // in place, all rows
    double inverse(double scaled, int column = 0) const;
    double transformValue(double raw, int column = 0) const;

    const std::vector<double> &means() const { return m_mean; }
    const std::vector<double> &stds() const { return m_std; }
    int columns() const { return int(m_mean.size()); }

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, Scaler &out);

private:
    std::vector<double> m_mean;
    std::vector<double> m_std;
};

} // namespace modeldeck
