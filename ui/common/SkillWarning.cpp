#include "common/SkillWarning.h"

#include "common/CardPainter.h"
#include "common/StatusPalette.h"

#include <QJsonValue>
#include <QLocale>
#include <cmath>

namespace modeldeck {

std::optional<double> SkillWarning::skillOf(const QJsonObject &metrics)
{
    const QJsonValue skill = metrics.value(QStringLiteral("skill"));
    if (!skill.isDouble() || !std::isfinite(skill.toDouble()))
        return std::nullopt;
    return skill.toDouble();
}

bool SkillWarning::applies(std::optional<double> skill)
{
    return skill && std::isfinite(*skill) && *skill < 0;
}

QString SkillWarning::percent(double skill)
{
    const double value = skill * 100.0;
    const QString digits = QLocale().toString(std::abs(value), 'f', 1);
    if (value > 0)
        return tr("+%1 %").arg(digits);
    return value < 0 ? tr("−%1 %").arg(digits) : tr("%1 %").arg(digits);
}

QString SkillWarning::text(std::optional<double> skill)
{
    if (!applies(skill))
        return {};
    // RMSE / RMSE_naive = 1 − skill: "26.10 times" says more than "−2,510 %" to most readers.
    const QString ratio = QLocale().toString(1.0 - *skill, 'f', 2);
    return tr("Warning: this model forecasts worse than repeating the last close on the test split "
              "(skill vs naive %1; its RMSE is %2 times that of the naive forecast).")
        .arg(percent(*skill), ratio);
}

QString SkillWarning::badgeText()
{
    return tr("WORSE THAN NAIVE");
}

QColor SkillWarning::color()
{
    return StatusPalette::failed();
}

QColor SkillWarning::textColor(const QPalette &palette, QPalette::ColorRole background)
{
    return CardPainter::readableOn(color(), palette.color(background));
}

} // namespace modeldeck
