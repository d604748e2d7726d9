#pragma once
// How `modeldeck-cli strategy` prints what it did: scores, model_signal's forecast source, a
// training's progress lines (stderr) and its outcome (text or JSON). Shared by backtest, train
// and job-result.

#include "CliSupport.h"
#include "services/StrategyService.h"

namespace modeldeck::cli {

// "12.34 %" / "1.234", with "∞" for what is not finite (a profit factor with no losing trade).
QString percentText(double fraction);
QString scoreText(double value);
void printScores(const BacktestScores &scores);
// Where model_signal's forecasts came from, and the first bar it could trade.
void printForecastSource(const ForecastSource &source);
void printProgress(const StrategyProgress &progress, BacktestObjective::Kind objective);
// A training's result as `strategy train` prints it (text, or one JSON object with "job" when
// jobId > 0); also `strategy job-result`'s. Returns ExitOk.
int printTrainOutcome(const StrategyTrainRequest &request, const StrategyTrainOutcome &outcome,
                      bool json, qint64 jobId = 0);

} // namespace modeldeck::cli
