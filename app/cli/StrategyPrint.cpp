#include "StrategyPrint.h"

#include "util/JsonText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace modeldeck::cli {

QString percentText(double fraction)
{
    return std::isfinite(fraction) ? QStringLiteral("%1 %").arg(fraction * 100, 0, 'f', 2)
                                   : QStringLiteral("∞");
}

QString scoreText(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 3) : QStringLiteral("∞");
}

void printScores(const BacktestScores &s)
{
    out() << Tr::tr("  Total return %1 · buy and hold %2 · CAGR %3")
                 .arg(percentText(s.totalReturn), percentText(s.buyAndHoldReturn),
                      percentText(s.cagr))
          << Qt::endl;
    out() << Tr::tr("  Sharpe %1 · Sortino %2 · max drawdown %3 · Calmar %4")
                 .arg(scoreText(s.sharpe), scoreText(s.sortino), percentText(s.maxDrawdown),
                      scoreText(s.calmar))
          << Qt::endl;
    out() << Tr::tr("  Trades %1 · win rate %2 · profit factor %3 · exposure %4")
                 .arg(s.trades)
                 .arg(percentText(s.winRate), scoreText(s.profitFactor), percentText(s.exposure))
          << Qt::endl;
}

void printForecastSource(const ForecastSource &f)
{
    out() << Tr::tr("  Forecasts of “%1” v%2 (horizon %3), trained on bars up to %4: no signal "
                    "before the first bar after them.")
                 .arg(f.model.name)
                 .arg(f.model.version)
                 .arg(f.horizon)
                 .arg(isoUtc(f.trainedUntilMs))
          << Qt::endl;
    if (f.firstTradableBar >= 0)
        out() << Tr::tr("  First tradable bar %1 (%2); %3 forecasts.")
                     .arg(f.firstTradableBar)
                     .arg(isoUtc(f.firstTradableMs))
                     .arg(f.forecasts)
              << Qt::endl;
}

void printProgress(const StrategyProgress &p, const BacktestObjective::Kind objective)
{
    QString line = QStringLiteral("[%1%] %2")
                       .arg(p.fraction * 100, 3, 'f', 0)
                       .arg(StrategyProgress::stepName(p.step));
    if (p.step == StrategyProgress::Step::Validate)
        line += Tr::tr(" fold %1/%2").arg(p.fold).arg(p.folds);
    if (p.iterations > 0)
        line += Tr::tr(" · %1/%2").arg(p.iteration).arg(p.iterations);
    if (p.bestObjective)
        line += Tr::tr(" · best %1 %2 %3")
                    .arg(BacktestObjective::name(objective), scoreText(*p.bestObjective),
                         compactJson(p.bestParams));
    if (p.currentObjective)
        line += Tr::tr(" · current %1").arg(scoreText(*p.currentObjective));
    err() << line << Qt::endl;
}

int printTrainOutcome(const StrategyTrainRequest &trainRequest, const StrategyTrainOutcome &outcome,
                      bool json, qint64 jobId)
{
    const BacktestObjective::Kind objective = trainRequest.spec.objective;
    const StrategyTrainResult &r = outcome.result;
    if (json) {
        QJsonArray trials;
        for (const SearchTrial &t : r.trials) {
            QJsonObject trial { { QStringLiteral("trial"), t.number },
                                { QStringLiteral("params"), t.params },
                                { QStringLiteral("scores"), t.details } };
            if (t.score)
                trial.insert(QStringLiteral("objective"), -*t.score);
            trials.append(trial);
        }
        QJsonObject result { { QStringLiteral("symbol"), trainRequest.symbol },
                             { QStringLiteral("timeframe"), trainRequest.timeframe },
                             { QStringLiteral("training"), trainRequest.spec.toJson() },
                             { QStringLiteral("best_params"), r.bestParams },
                             { QStringLiteral("best_objective"), r.bestObjective },
                             { QStringLiteral("train_scores"), r.trainScores.toJson() },
                             { QStringLiteral("full_scores"), r.backtest.scores.toJson() },
                             { QStringLiteral("trials"), trials },
                             { QStringLiteral("walk_forward"), r.foldsJson() },
                             { QStringLiteral("walk_forward_summary"),
                               r.walkForwardSummary(objective) } };
        if (outcome.saved)
            result.insert(QStringLiteral("saved"), outcome.saved->toJson());
        if (outcome.forecasts)
            result.insert(QStringLiteral("forecasts"), outcome.forecasts->toJson());
        if (jobId > 0)
            result.insert(QStringLiteral("job"), jobId);
        printJson(result);
        return ExitOk;
    }
    out() << Tr::tr("%1 on %2 %3: best %4 %5 with %6 over %n trial(s)", nullptr,
                    int(r.trials.size()))
                 .arg(trainRequest.spec.strategy, trainRequest.symbol, trainRequest.timeframe,
                      BacktestObjective::name(objective), scoreText(r.bestObjective),
                      compactJson(r.bestParams))
          << Qt::endl;
    if (outcome.forecasts)
        printForecastSource(*outcome.forecasts);
    out() << Tr::tr("On the optimisation window (%1 bars):")
                 .arg(r.optimizeWindow.testBegin - r.optimizeWindow.trainBegin)
          << Qt::endl;
    printScores(r.trainScores);
    if (!r.folds.empty()) {
        out() << Tr::tr(
            "Walk-forward (each fold searched on its train window, tested on the next):")
              << Qt::endl;
        for (const StrategyFold &f : r.folds) {
            out() << Tr::tr("  fold %1  test %2 … %3  return %4 (buy and hold %5)  %6 %7  %8")
                         .arg(f.index + 1)
                         .arg(isoUtc(f.testBeginMs), isoUtc(f.testEndMs),
                              percentText(f.test.totalReturn), percentText(f.test.buyAndHoldReturn),
                              BacktestObjective::name(objective),
                              scoreText(BacktestObjective::value(objective, f.test)),
                              compactJson(f.params))
                  << Qt::endl;
        }
        const QJsonObject summary = r.walkForwardSummary(objective);
        out() << Tr::tr("  chained test return %1 · buy and hold %2 · %3 of %4 folds positive")
                     .arg(percentText(summary.value(QStringLiteral("total_return")).toDouble()),
                          percentText(
                              summary.value(QStringLiteral("buy_and_hold_return")).toDouble()))
                     .arg(summary.value(QStringLiteral("positive_folds")).toInt())
                     .arg(r.folds.size())
              << Qt::endl;
    }
    if (outcome.saved)
        out() << Tr::tr("Saved as strategy configuration “%1” (id %2).")
                     .arg(outcome.saved->name)
                     .arg(outcome.saved->id)
              << Qt::endl;
    return ExitOk;
}

} // namespace modeldeck::cli
