#include "LivePerformance.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <vector>

namespace modeldeck {

namespace {

// The share of `actuals` inside their bands, over the predictions that have one.
std::optional<double> coverage(const std::vector<const Prediction *> &window,
                               std::optional<double> Prediction::*lower,
                               std::optional<double> Prediction::*upper)
{
    int banded = 0;
    int inside = 0;
    for (const Prediction *p : window) {
        if (!(p->*lower) || !(p->*upper))
            continue;
        ++banded;
        inside += *p->actual >= *(p->*lower) && *p->actual <= *(p->*upper);
    }
    if (banded == 0)
        return std::nullopt;
    return double(inside) / banded;
}

} // namespace

LivePerformance LivePerformance::compute(std::span<const Prediction> predictions, int window)
{
    std::vector<const Prediction *> done;
    for (const Prediction &p : predictions) {
        if (p.actual && std::isfinite(*p.actual))
            done.push_back(&p);
    }
    std::stable_sort(done.begin(), done.end(), [](const Prediction *a, const Prediction *b) {
        return a->targetTimeMs < b->targetTimeMs;
    });
    if (window > 0 && done.size() > size_t(window))
        done.erase(done.begin(), done.end() - window);

    LivePerformance live;
    std::vector<double> predicted, actual, last;
    for (const Prediction *p : done) {
        predicted.push_back(p->value);
        actual.push_back(*p->actual);
        last.push_back(p->baseClose);
    }
    live.metrics = ForecastMetrics::compute(predicted, actual, last);
    live.coverage80 = coverage(done, &Prediction::lower80, &Prediction::upper80);
    live.coverage95 = coverage(done, &Prediction::lower95, &Prediction::upper95);
    if (!done.empty()) {
        live.firstTargetMs = done.front()->targetTimeMs;
        live.lastTargetMs = done.back()->targetTimeMs;
    }
    return live;
}

QJsonObject LivePerformance::toJson() const
{
    QJsonObject json = metrics.toJson();
    const auto optional = [](const std::optional<double> &v) {
        return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
    };
    json.insert(QStringLiteral("coverage_80"), optional(coverage80));
    json.insert(QStringLiteral("coverage_95"), optional(coverage95));
    const auto time = [](qint64 ms) {
        return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate))
                      : QJsonValue(QJsonValue::Null);
    };
    json.insert(QStringLiteral("first_target"), time(firstTargetMs));
    json.insert(QStringLiteral("last_target"), time(lastTargetMs));
    return json;
}

} // namespace modeldeck
