#pragma once
// A/B tests and model comparisons over the recent bars of a series (issue #18). An A/B test
// scores two saved models (or two versions of one) of the same symbol, timeframe and horizon
// on the same window — each forecasting every bar of it from the bars before it only
// (ModelBacktest) — decides with the Diebold–Mariano test (AbTest), and stores the result
// (ab_tests). Activating the winner goes through ModelRegistry::activate and marks the test in
// the same transaction. A comparison scores any number of saved models the same way, each on
// its own series, with their training loss curves. Synchronous: run it on a pool thread
// (CompareFacade) or in the CLI.

#include "domain/AbTestRecord.h"
#include "domain/Bar.h"
#include "domain/EpochRecord.h"
#include "domain/RegisteredModel.h"
#include "modeldeck_core_export.h"
#include "monitoring/AbTest.h"
#include "services/ModelBacktest.h"
#include "services/ModelRegistry.h"
#include "training/CancellationToken.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace modeldeck {

class Database;

// A saved model as the user names it: a name and a version (empty: the latest, as elsewhere).
struct ModelRef
{
    QString name;
    std::optional<int> version;
};

struct AbTestRequest
{
    ModelRef a;
    ModelRef b;
    int window = AbTest::kDefaultWindow; // forecasts per side
    int horizon = 0; // 0: A's shortest horizon (B must predict it too)
};

struct AbTestSide
{
    RegisteredModel model;
    BacktestForecasts backtest;
};

struct AbTestOutcome
{
    AbTestRecord record; // as stored (with its id)
    AbTest verdict;
    AbTestSide a;
    AbTestSide b;
};

// One model of a comparison: its recent-window accuracy and forecasts, and how it trained.
struct ComparedModel
{
    RegisteredModel model;
    QDateTime trainedAt; // its training record's, else when it was saved
    std::vector<EpochRecord> epochs; // empty for imported models (no training record)
    LivePerformance live;
    std::vector<Prediction> forecasts;
    QString error; // why it could not be scored (the others still are)
};

struct ModelComparison
{
    std::vector<ComparedModel> models;
    // The closes of the first scored model's series over its forecasts' span (the chart's
    // line); only forecasts of that series belong on it.
    QString symbol;
    QString timeframe;
    std::vector<Bar> bars;
    int window = 0;
};

class MODELDECK_CORE_EXPORT AbTestService
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::AbTestService)
public:
    explicit AbTestService(const Database &database);

    // Both sides' backtests report through `progress` as one count (A's forecasts, then B's).
    Result<AbTestOutcome> run(const AbTestRequest &request,
                              const CancellationToken *token = nullptr,
                              const ModelBacktest::Progress &progress = {}) const;
    // Newest first; see AbTestRepository::list for the name filter.
    Result<std::vector<AbTestRecord>> history(const QString &modelA = {},
                                              const QString &modelB = {}, int limit = -1) const;
    // Activates the winning version of test `id` and marks the test activated, in one
    // transaction. Errors: no such test, no winner, the version is gone.
    Result<Activation> activateWinner(qint64 id) const;

    // Each model scored on the newest `window` bars of its own series at its shortest horizon.
    Result<ModelComparison> compare(const std::vector<ModelRef> &models, int window,
                                    const CancellationToken *token = nullptr,
                                    const ModelBacktest::Progress &progress = {}) const;

private:
    // The loaded model and the bars a window of forecasts needs.
    Result<std::pair<LoadedModel, std::vector<Bar>>> prepare(const RegisteredModel &m, int horizon,
                                                             int window) const;

    const Database &m_database;
};

} // namespace modeldeck
