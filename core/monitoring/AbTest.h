#pragma once
// The verdict of an A/B test, pure: two models' forecasts of the same bars (each made from the
// bars before its target only; services/ModelBacktest makes them) scored side by side with
// LivePerformance, and the Diebold–Mariano test of their squared errors over the forecasts
// both made. The winner is the side with the lower RMSE when the difference is significant
// (p < kSignificance); otherwise there is none: "no significant difference" is an answer, and
// activating either model on it would be a coin toss.

#include "domain/Prediction.h"
#include "domain/RegisteredModel.h"
#include "modeldeck_core_export.h"
#include "monitoring/DieboldMariano.h"
#include "monitoring/LivePerformance.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <span>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT AbTest
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::AbTest)

public:
    static constexpr double kSignificance = 0.05;
    static constexpr int kDefaultWindow = 250;

    enum class Winner { None, A, B };

    LivePerformance a;
    LivePerformance b;
    DieboldMariano::Result dm; // loss(A) − loss(B): negative statistic when A is better
    Winner winner = Winner::None;
    int paired = 0; // targets both sides forecast (what the DM test saw)

    // Forecasts with their actuals, any order; only targets both sides forecast are compared.
    static AbTest decide(std::span<const Prediction> a, std::span<const Prediction> b, int horizon);

    // Whether two saved models can be A/B tested at `horizon`: the same symbol, timeframe, and
    // both predict that horizon. The error says which of those differs and how.
    static Status comparable(const RegisteredModel &a, const RegisteredModel &b, int horizon);

    // "B is better: RMSE 1.2 vs 1.5, p = 0.003" or "No significant difference: …", naming the
    // sides by `nameA` and `nameB`.
    QString summary(const QString &nameA, const QString &nameB) const;
    static QString winnerText(Winner winner); // "A", "B" or empty
    static Winner winnerFromText(const QString &text);
};

} // namespace modeldeck
