#pragma once
// The one check for "this model loses to the naive forecast": a finite test skill below zero
// (skill = 1 − RMSE / RMSE of "tomorrow = today" on the test split). Cards, details, the Save
// dialog and the Activate confirmation all ask here, so they never disagree, and new metric
// keys (raw or validation skill, weights) cannot change the verdict by accident: only `skill`
// decides. A missing or non-finite skill is unknown and warns of nothing; exactly 0 ties naive.

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QPalette>
#include <QString>
#include <optional>

namespace modeldeck {

class SkillWarning
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::SkillWarning)
public:
    // The finite `skill` of a metrics object (a record's config.metrics, a model's metrics).
    static std::optional<double> skillOf(const QJsonObject &metrics);
    static bool applies(std::optional<double> skill);
    static bool applies(const QJsonObject &metrics) { return applies(skillOf(metrics)); }

    // The sentence that says so, with the figure; empty when no warning applies.
    static QString text(std::optional<double> skill);
    static QString text(const QJsonObject &metrics) { return text(skillOf(metrics)); }
    // "WORSE THAN NAIVE", for badges beside a status.
    static QString badgeText();
    // The skill as a signed percentage, "−2,510.0 %" (a real minus sign, locale digits).
    static QString percent(double skill);

    // The badge fill: the Failed status colour, which every warning shares.
    static QColor color();
    // The same hue as text readable on `background` of `palette` (light or dark).
    static QColor textColor(const QPalette &palette,
                            QPalette::ColorRole background = QPalette::Base);
};

} // namespace modeldeck
