#include "SearchService.h"

#include "features/FeatureSet.h"
#include "queue/WorkerPlan.h"
#include "search/MedianPruner.h"
#include "search/Sampler.h"
#include "search/SearchSpace.h"
#include "storage/Database.h"
#include "storage/SearchTrialRepository.h"
#include "training/CancellationToken.h"
#include "training/Trainer.h"
#include "training/TrainingSettings.h"
#include "util/JsonText.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <algorithm>
#include <cmath>
#include <map>
#include <thread>

namespace modeldeck {

namespace {

// Trial threads hand finished trials and live figures to the thread that called run(): it alone
// writes to the database and reports progress, so the caller's callback needs no locking.
constexpr int kReportIntervalMs = 100;

// The job's own configuration as a point of `space`: each dimension's value as the job would
// train without a search, moved to the nearest bound when it lies outside a range (a weight
// decay of 0 becomes the log range's 1e-6); nullopt when a choice does not hold it. Run as the
// first trial, it keeps a search from ending worse on validation than the configuration it
// started from: on the bundled 5m sample the LSTM defaults beat eight TPE trials.
std::optional<QJsonObject> baselinePoint(const SearchSpace &space, const TrainingJob &job)
{
    auto settings = TrainingSettings::fromParams(job.spec.bot, job.spec.params, job.spec.horizon);
    if (!settings)
        return std::nullopt;
    QJsonObject all = settings->model.toJson();
    const QJsonObject features = settings->features.hyperparameters();
    for (auto it = features.begin(); it != features.end(); ++it)
        all.insert(it.key(), it.value());
    QJsonObject point;
    for (const SearchDimension &d : space.dimensions()) {
        QJsonValue value = all.value(d.key);
        if (d.kind != SearchDimension::Kind::Choice && value.isDouble()) {
            const double v = std::clamp(value.toDouble(), d.low, d.high);
            value = d.kind == SearchDimension::Kind::Int ? QJsonValue(qint64(std::lround(v)))
                                                         : QJsonValue(v);
        }
        if (!d.contains(value))
            return std::nullopt;
        point.insert(d.key, value);
    }
    return point;
}

// The seed the job gave, or one derived from what it searches: without it every search over
// the same space drew the same points (an lstm and a gru search tried identical parameters).
// Derived, not random, so identical searches still de-duplicate and a resumed one draws the
// same points again.
quint64 samplerSeed(const SearchSpec &spec, const TrainingJob &job)
{
    if (spec.seed != 0)
        return spec.seed;
    const QByteArray digest
        = QCryptographicHash::hash(QStringLiteral("%1|%2|%3|%4")
                                       .arg(job.spec.symbol, job.spec.timeframe, job.spec.bot)
                                       .arg(job.spec.horizon)
                                       .toUtf8(),
                                   QCryptographicHash::Sha256);
    quint64 seed = 0;
    for (int i = 0; i < 8; ++i)
        seed = (seed << 8) | quint8(digest[i]);
    return seed;
}

} // namespace

struct SearchService::Run
{
    const TrainingJob &job;
    SearchSpec spec;
    std::unique_ptr<Sampler> sampler;
    std::optional<QJsonObject> baseline; // trial 1 of a fresh search (not for grids)
    MedianPruner pruner;
    std::vector<Bar> bars;
    QElapsedTimer clock;

    QMutex mutex; // guards everything below
    QWaitCondition changed;
    std::vector<SearchTrial> trials; // finished and running, in start order
    std::vector<SearchTrial> unrecorded; // finished, not yet written by the calling thread
    std::map<QString, std::shared_ptr<const FeatureSet>> features; // by feature settings
    int nextNumber = 1;
    int threadsRunning = 0;
    bool exhausted = false; // the sampler has nothing left (a finished grid)
    bool stopped = false; // a trial could not be recorded: stop starting new ones
    QString recordError; // why
    std::optional<double> liveLoss; // the latest epoch's validation loss of any running trial
    int liveTrial = 0; // whose
    int liveEpoch = 0;
    QString liveDetails;

    Run(const TrainingJob &j, SearchSpec s) : job(j), spec(std::move(s)) { }

    std::optional<SearchTrial> bestLocked() const
    {
        std::optional<SearchTrial> best;
        for (const SearchTrial &t : trials) {
            if (t.state == SearchTrial::State::Complete && t.score
                && (!best || *t.score < *best->score))
                best = t;
        }
        return best;
    }
    int finishedLocked() const
    {
        return int(std::count_if(trials.begin(), trials.end(), [](const SearchTrial &t) {
            return t.state != SearchTrial::State::Running;
        }));
    }
};

SearchService::SearchService(const Database &database) : m_database(database) { }

double SearchService::score(double deployedSkill, double rawSkill)
{
    return -deployedSkill - 1e-3 * rawSkill;
}

SearchOutcome SearchService::run(const TrainingJob &job)
{
    SearchOutcome outcome;
    const auto fail = [&](const Error &error) {
        outcome.error = error;
        outcome.cancelled = m_token && m_token->isCancelled();
        return outcome;
    };
    auto spec = SearchSpec::fromJson(job.spec.search);
    if (!spec)
        return fail(spec.error());
    auto space = spec->spaceFor(job.spec.bot);
    if (!space)
        return fail(space.error());
    auto sampler = makeSampler(spec->method, *space, samplerSeed(*spec, job));
    if (!sampler)
        return fail(sampler.error());
    Run run(job, *spec);
    run.sampler = std::move(*sampler);
    if (spec->method != Method::Grid)
        run.baseline = baselinePoint(*space, job);
    run.clock.start();

    // Data
    report(TrainingProgress::Step::Data, 0.0,
           tr("Loading %1 %2 bars").arg(job.spec.symbol, job.spec.timeframe), {});
    auto bars = TrainingService::loadBars(m_database, job.spec.symbol, job.spec.timeframe);
    if (!bars)
        return fail(bars.error());
    run.bars = std::move(*bars);
    auto db = m_database.connection();
    if (!db)
        return fail(db.error());
    auto recorded = SearchTrialRepository(*db).forJob(job.id);
    if (!recorded)
        return fail(recorded.error());
    run.trials = std::move(*recorded);
    for (const SearchTrial &t : run.trials)
        run.nextNumber = std::max(run.nextNumber, t.number + 1);
    report(TrainingProgress::Step::Data, 1.0,
           run.trials.empty()
               ? tr("%n bar(s) loaded", nullptr, int(run.bars.size()))
               : tr("Resuming after %n recorded trial(s)", nullptr, int(run.trials.size())),
           {});

    // Optimize
    optimize(run);
    outcome.trials = run.trials;
    if (m_token && m_token->isCancelled())
        return fail(Error { tr("Cancelled: %1").arg(m_token->reason()) });
    if (run.stopped)
        return fail(Error { run.recordError });
    outcome.best = run.bestLocked();
    if (!outcome.best) {
        QString why;
        for (const SearchTrial &t : run.trials)
            if (t.state == SearchTrial::State::Failed)
                why = t.details.value(QStringLiteral("error")).toString();
        return fail(
            Error { why.isEmpty()
                        ? tr("No trial of the search completed.")
                        : tr("No trial of the search completed; the last failure: %1").arg(why) });
    }
    QJsonObject params = job.spec.params;
    for (auto it = outcome.best->params.begin(); it != outcome.best->params.end(); ++it)
        params.insert(it.key(), it.value());
    auto settings = TrainingSettings::fromParams(job.spec.bot, params, job.spec.horizon);
    if (!settings)
        return fail(settings.error());
    SearchProgress done;
    done.trial = int(run.trials.size());
    done.trials = std::max(spec->trials, done.trial);
    done.bestScore = outcome.best->score;
    done.bestParams = outcome.best->params;

    // Validate
    QJsonObject history { { QStringLiteral("spec"), spec->toJson() },
                          { QStringLiteral("trials"), int(run.trials.size()) },
                          { QStringLiteral("best_trial"), outcome.best->number },
                          { QStringLiteral("best_score"), *outcome.best->score },
                          { QStringLiteral("best_params"), outcome.best->params },
                          { QStringLiteral("job"), job.id } };
    if (spec->walkForward) {
        FeatureConfig features = settings->features;
        features.lookback = settings->model.lookback;
        WalkForwardValidator validator(settings->model, features, *spec->walkForward);
        validator.setCancellationToken(m_token);
        validator.setProgressCallback([&](double fraction, const QString &details) {
            report(TrainingProgress::Step::Validate, fraction, details, done);
        });
        auto validated = validator.run(run.bars);
        if (!validated)
            return fail(validated.error());
        outcome.walkForward = *validated;
        history.insert(QStringLiteral("walk_forward"), validated->toJson());
    }
    report(TrainingProgress::Step::Validate, 1.0, tr("Validated"), done);

    // Save: the best configuration trained on the usual splits and recorded like any run.
    TrainingService training(m_database);
    training.setCancellationToken(m_token);
    training.setProgressCallback([&](const TrainingProgress &p) {
        report(TrainingProgress::Step::Save, p.overall(),
               tr("Training the best configuration · %1").arg(p.details), done);
    });
    TrainingRequest request { job.spec.symbol,
                              job.spec.timeframe,
                              settings->model,
                              settings->features,
                              job.spec.manual,
                              job.id,
                              {} };
    request.extraConfig.insert(QStringLiteral("search"), history);
    outcome.final = training.train(request);
    if (!outcome.final.ok) {
        outcome.error = outcome.final.error;
        outcome.cancelled = outcome.final.cancelled;
        return outcome;
    }
    outcome.ok = true;
    return outcome;
}

void SearchService::optimize(Run &run)
{
    int parallel = run.spec.parallel > 0
        ? run.spec.parallel
        : WorkerPlan::defaultWorkers(0, 1, QThread::idealThreadCount());
    if (run.spec.trials > 0)
        parallel = std::clamp(run.spec.trials - run.finishedLocked(), 1, parallel);
    auto db = m_database.connection();
    std::vector<std::thread> threads;
    run.threadsRunning = parallel;
    for (int i = 0; i < parallel; ++i)
        threads.emplace_back([this, &run] { trialLoop(run); });

    // This thread records finished trials and reports until every trial thread has ended.
    QMutexLocker lock(&run.mutex);
    for (;;) {
        std::vector<SearchTrial> finished;
        finished.swap(run.unrecorded);
        const bool ended = run.threadsRunning == 0;
        lock.unlock();
        for (const SearchTrial &t : finished) {
            Status written
                = db ? SearchTrialRepository(*db).record(run.job.id, t) : Status(db.error());
            if (!written) {
                QMutexLocker stop(&run.mutex);
                run.stopped = true;
                run.recordError = written.error().message;
            }
        }
        reportOptimize(run, {});
        lock.relock();
        if (ended && run.unrecorded.empty())
            break;
        run.changed.wait(&run.mutex, kReportIntervalMs);
    }
    lock.unlock();
    for (std::thread &t : threads)
        t.join();
}

qint64 SearchService::holdWhilePaused() const
{
    QElapsedTimer held;
    held.start();
    while (m_token && m_token->isPaused() && !m_token->isCancelled() && !m_token->isWindingDown())
        QThread::msleep(50);
    return held.elapsed();
}

void SearchService::trialLoop(Run &run)
{
    for (;;) {
        holdWhilePaused(); // between trials
        if (m_token && m_token->isWindingDown())
            break; // the queue stops: finish with the trials done
        SearchTrial trial;
        {
            QMutexLocker lock(&run.mutex);
            const bool outOfTrials = run.spec.trials > 0 && run.nextNumber > run.spec.trials
                && run.finishedLocked() >= run.spec.trials;
            const bool outOfTime
                = run.spec.seconds > 0 && run.clock.elapsed() >= qint64(run.spec.seconds) * 1000;
            const bool startedAll
                = run.spec.trials > 0 && int(run.trials.size()) >= run.spec.trials;
            if (run.stopped || run.exhausted || outOfTrials || outOfTime || startedAll
                || (m_token && m_token->isCancelled()))
                break;
            auto point
                = run.trials.empty() && run.baseline ? run.baseline : run.sampler->next(run.trials);
            if (!point) {
                run.exhausted = true;
                break;
            }
            trial.number = run.nextNumber++;
            trial.params = *point;
            trial.state = SearchTrial::State::Running;
            run.trials.push_back(trial);
        }
        SearchTrial done = runTrial(run, trial);
        QMutexLocker lock(&run.mutex);
        const auto it = std::find_if(run.trials.begin(), run.trials.end(),
                                     [&](const SearchTrial &t) { return t.number == done.number; });
        if (done.state == SearchTrial::State::Running) {
            // Cancelled with the job: not a result. A resumed search runs a trial again.
            if (it != run.trials.end())
                run.trials.erase(it);
            break;
        }
        if (it != run.trials.end())
            *it = done;
        run.unrecorded.push_back(done);
        run.changed.wakeAll();
    }
    QMutexLocker lock(&run.mutex);
    --run.threadsRunning;
    run.changed.wakeAll();
}

SearchTrial SearchService::runTrial(Run &run, SearchTrial trial)
{
    QElapsedTimer clock;
    clock.start();
    const auto failed = [&](const QString &message) {
        trial.state = SearchTrial::State::Failed;
        trial.details = { { QStringLiteral("error"), message } };
        trial.durationSeconds = clock.elapsed() / 1000.0;
        return trial;
    };
    QJsonObject params = run.job.spec.params;
    for (auto it = trial.params.begin(); it != trial.params.end(); ++it)
        params.insert(it.key(), it.value());
    auto settings = TrainingSettings::fromParams(run.job.spec.bot, params, run.job.spec.horizon);
    if (!settings)
        return failed(settings.error().message);
    FeatureConfig featureConfig = settings->features;
    featureConfig.lookback = settings->model.lookback;
    const QString key = compactJson(featureConfig.toJson());
    std::shared_ptr<const FeatureSet> features;
    {
        QMutexLocker lock(&run.mutex);
        if (const auto found = run.features.find(key); found != run.features.end())
            features = found->second;
    }
    if (!features) {
        auto built = FeatureSet::build(run.bars, featureConfig);
        if (!built)
            return failed(built.error().message);
        features = std::make_shared<const FeatureSet>(std::move(*built));
        QMutexLocker lock(&run.mutex);
        run.features.emplace(key, features);
    }

    CancellationToken trialToken;
    bool pruned = false;
    Trainer trainer(settings->model, *features);
    trainer.setCancellationToken(&trialToken);
    qint64 heldMs = 0; // paused inside the trial: not the trial's duration
    trainer.setProgressCallback([&](const TrainingProgress &p) {
        heldMs += holdWhilePaused();
        if (m_token && m_token->isCancelled())
            trialToken.cancel(m_token->reason());
        if (p.lastEpoch.epoch <= int(trial.curve.size()))
            return;
        trial.curve.push_back(p.lastEpoch.valLoss);
        QMutexLocker lock(&run.mutex);
        run.liveLoss = p.lastEpoch.valLoss;
        run.liveTrial = trial.number;
        run.liveEpoch = p.lastEpoch.epoch;
        run.liveDetails = tr("Trial %1 · epoch %2 · validation loss %3")
                              .arg(trial.number)
                              .arg(p.lastEpoch.epoch)
                              .arg(p.lastEpoch.valLoss, 0, 'g', 4);
        if (!run.spec.prune)
            return;
        std::vector<std::vector<double>> curves;
        for (const SearchTrial &t : run.trials)
            if (t.state == SearchTrial::State::Complete)
                curves.push_back(t.curve);
        if (run.pruner.shouldPrune(trial.curve, curves)) {
            pruned = true;
            trialToken.cancel(tr("pruned: worse than the median of finished trials"));
        }
    });
    auto trained = trainer.run();
    trial.durationSeconds = (clock.elapsed() - heldMs) / 1000.0;
    if (pruned) {
        trial.state = SearchTrial::State::Pruned;
        trial.details = { { QStringLiteral("pruned_at_epoch"), int(trial.curve.size()) } };
        return trial;
    }
    if (m_token && m_token->isCancelled())
        return trial; // still Running: dropped by the caller
    if (!trained)
        return failed(trained.error().message);
    trial.state = SearchTrial::State::Complete;
    trial.score = score(trained->validationSkill, trained->rawValidationSkill);
    trial.details = { { QStringLiteral("validation_skill"), trained->validationSkill },
                      { QStringLiteral("raw_validation_skill"), trained->rawValidationSkill },
                      { QStringLiteral("best_epoch"), trained->bestEpoch },
                      { QStringLiteral("epochs"), int(trained->epochs.size()) },
                      { QStringLiteral("model_weight"), trained->blend.weight } };
    return trial;
}

void SearchService::reportOptimize(Run &run, const QString &details)
{
    SearchProgress search;
    QString text = details;
    double fraction = 0;
    {
        QMutexLocker lock(&run.mutex);
        const int finished = run.finishedLocked();
        search.trial = int(run.trials.size());
        search.trials = run.spec.trials > 0 ? run.spec.trials : search.trial;
        if (run.spec.trials > 0)
            fraction = double(finished) / run.spec.trials;
        if (run.spec.seconds > 0)
            fraction = std::max(fraction, run.clock.elapsed() / (run.spec.seconds * 1000.0));
        search.score = run.liveLoss;
        search.liveTrial = run.liveTrial;
        search.liveEpoch = run.liveEpoch;
        if (const auto best = run.bestLocked()) {
            search.bestScore = best->score;
            search.bestParams = best->params;
        }
        if (text.isEmpty() && m_token && m_token->isPaused())
            text = tr("Paused after %n finished trial(s): the search goes on when the queue "
                      "resumes",
                      nullptr, finished);
        else if (text.isEmpty())
            text = tr("Trial %1 of %2 · %3")
                       .arg(search.trial)
                       .arg(search.trials)
                       .arg(run.liveDetails);
    }
    report(TrainingProgress::Step::Train, std::min(fraction, 1.0), text, search);
}

void SearchService::report(TrainingProgress::Step step, double fraction, const QString &details,
                           const SearchProgress &search)
{
    if (!m_progress)
        return;
    TrainingProgress p;
    p.step = step;
    p.stepFraction = fraction;
    p.details = details;
    p.search = search;
    p.etaSeconds = p.overall() >= 1.0 ? 0.0 : m_eta.update(p.overall());
    m_progress(p);
}

} // namespace modeldeck
