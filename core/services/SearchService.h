#pragma once
// A hyperparameter search job end to end, with the queue's four steps: load the bars (Data),
// run the trials (Optimize, shown in the Train step's 25–75 %), walk-forward validate the best
// configuration (Validate), then retrain it on everything before the test split and save it as
// the job's model with the search's history in its record (Save, through TrainingService).
//
// Trials run `parallel` at a time on threads of their own (one torch thread each). Each
// finished trial is written to search_trials at once, so Stop, a crash or Force Stop loses at
// most the trials that were running: the next run of the job resumes from the recorded ones.
// A trial's score is a loss: the negated deployed validation skill (the network blended with
// persistence, as the saved model will forecast), so the search optimises what it will deploy.

#include "domain/SearchTrial.h"
#include "domain/TrainingJob.h"
#include "domain/TrainingProgress.h"
#include "modeldeck_core_export.h"
#include "search/SearchSpec.h"
#include "search/WalkForward.h"
#include "services/TrainingService.h"

#include <QCoreApplication>
#include <optional>
#include <vector>

namespace modeldeck {

class CancellationToken;
class Database;

struct SearchOutcome
{
    bool ok = false;
    bool cancelled = false;
    Error error;
    std::vector<SearchTrial> trials; // every recorded trial, by number (resumed ones too)
    std::optional<SearchTrial> best;
    std::optional<WalkForwardResult> walkForward;
    TrainingOutcome final; // the best configuration retrained and saved
};

class MODELDECK_CORE_EXPORT SearchService
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::SearchService)
public:
    explicit SearchService(const Database &database);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancellationToken(const CancellationToken *token) { m_token = token; }

    // Runs (or resumes) the search of `job`, whose spec.search holds a SearchSpec.
    SearchOutcome run(const TrainingJob &job);

    // The tie-broken score of a finished trial: −deployed validation skill, less a thousandth
    // of the raw network's skill, so that among trials that all deploy persistence the one
    // whose network came closest to useful ranks first.
    static double score(double deployedSkill, double rawSkill);

private:
    struct Run; // one search's shared state (trials, sampler, clocks) across trial threads

    void optimize(Run &run);
    void trialLoop(Run &run);
    SearchTrial runTrial(Run &run, SearchTrial trial);
    void reportOptimize(Run &run, const QString &details);
    // While the queue is paused (the token says so), waits; returns the milliseconds waited.
    // Ends early on cancel or wind-down.
    qint64 holdWhilePaused() const;
    void report(TrainingProgress::Step step, double fraction, const QString &details,
                const SearchProgress &search);

    const Database &m_database;
    ProgressCallback m_progress;
    const CancellationToken *m_token = nullptr;
    EtaEstimator m_eta; // over all four steps of one run
};

} // namespace modeldeck
