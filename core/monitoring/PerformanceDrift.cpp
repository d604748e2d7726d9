#include "PerformanceDrift.h"

#include <QCoreApplication>
#include <cmath>

namespace modeldeck::PerformanceDrift {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::PerformanceDrift)
};

} // namespace

std::vector<DriftCheck> check(const LivePerformance &live, const QJsonObject &savedMetrics,
                              const QString &model)
{
    std::vector<DriftCheck> checks;
    const int n = live.metrics.count;
    if (n < kMinSamples)
        return checks;
    const double testRmse = savedMetrics.value(QStringLiteral("rmse")).toDouble(-1);
    if (testRmse > 0 && std::isfinite(testRmse)) {
        DriftCheck c;
        c.kind = QStringLiteral("performance");
        c.score = live.metrics.rmse / testRmse;
        c.threshold = kErrorFactor;
        c.window = n;
        c.drift = c.score > c.threshold;
        c.message
            = Tr::tr("“%1” errs %2 times as much as on its test split (RMSE %3 over its last %4 "
                     "predictions, %5 when saved).")
                  .arg(model)
                  .arg(c.score, 0, 'f', 2)
                  .arg(live.metrics.rmse, 0, 'g', 5)
                  .arg(n)
                  .arg(testRmse, 0, 'g', 5);
        checks.push_back(c);
    }
    if (live.coverage95) {
        DriftCheck c;
        c.kind = QStringLiteral("coverage");
        c.score = *live.coverage95;
        c.threshold = 0.95 - 3.0 * std::sqrt(0.95 * 0.05 / n);
        c.window = n;
        c.drift = c.score < c.threshold;
        c.message = Tr::tr("The 95 % interval of “%1” covered %2 % of the last %3 actual values "
                           "(at least %4 % expected).")
                        .arg(model)
                        .arg(c.score * 100, 0, 'f', 1)
                        .arg(n)
                        .arg(c.threshold * 100, 0, 'f', 1);
        checks.push_back(c);
    }
    return checks;
}

} // namespace modeldeck::PerformanceDrift
