#include "TrainingProgress.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace modeldeck {

namespace {

// Start and width of each step in the overall bar, as docs/architecture.md defines them.
constexpr std::array<std::pair<double, double>, TrainingProgress::stepCount> kStepSpan
    = { std::pair { 0.00, 0.25 }, std::pair { 0.25, 0.50 }, std::pair { 0.75, 0.20 },
        std::pair { 0.95, 0.05 } };

} // namespace

double TrainingProgress::overall() const
{
    const auto [start, width] = kStepSpan[size_t(step)];
    return start + width * std::clamp(stepFraction, 0.0, 1.0);
}

QString TrainingProgress::stepName(Step step)
{
    switch (step) {
    case Step::Data:
        return QCoreApplication::translate("modeldeck::TrainingProgress", "Data");
    case Step::Train:
        return QCoreApplication::translate("modeldeck::TrainingProgress", "Train");
    case Step::Validate:
        return QCoreApplication::translate("modeldeck::TrainingProgress", "Validate");
    case Step::Save:
        return QCoreApplication::translate("modeldeck::TrainingProgress", "Save");
    }
    return {};
}

EtaEstimator::EtaEstimator()
{
    m_clock.start();
}

double EtaEstimator::update(double fraction)
{
    const qint64 now = m_clock.elapsed();
    const qint64 dt = now - m_lastMs;
    if (dt >= 200 && fraction > m_lastFraction) {
        const double instant = (fraction - m_lastFraction) / (dt / 1000.0);
        m_rate = m_rate < 0 ? instant : 0.8 * m_rate + 0.2 * instant;
        m_lastFraction = fraction;
        m_lastMs = now;
    }
    if (m_rate <= 0 || (fraction < 0.03 && now < 2000))
        return -1;
    return std::max(0.0, (1.0 - fraction) / m_rate);
}

} // namespace modeldeck
