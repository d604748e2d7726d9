#include "TrainingService.h"

#include "features/FeatureSet.h"
#include "features/SavedFeatures.h"
#include "services/UnrecordedModel.h"
#include "storage/BusyRetry.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "storage/MarketDataRepository.h"
#include "storage/TrainingEpochRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "training/CancellationToken.h"
#include "training/InferenceModel.h"
#include "training/ModelFile.h"
#include "training/TorchRuntime.h"
#include "training/Trainer.h"
#include "util/PathSanitizer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>
#include <QUuid>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::TrainingService)
};

QString localDate(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date().toString(Qt::ISODate);
}

struct LoadedSeries
{
    SymbolInfo symbol;
    std::vector<Bar> bars;
};

Result<LoadedSeries> loadSeries(const Database &database, const QString &symbol,
                                const QString &timeframe)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    MarketDataRepository repo(*db);
    auto info = repo.findSymbol(symbol);
    if (!info)
        return info.error();
    if (!info->has_value())
        return Error {
            Tr::tr("There is no symbol “%1” in this workspace; import its price history first.")
                .arg(symbol)
        };
    auto bars = repo.loadBars((*info)->id, timeframe);
    if (!bars)
        return bars.error();
    if (bars->empty()) {
        return Error { Tr::tr(
                           "%1 has no %2 bars; import them or resample from a shorter timeframe.")
                           .arg(symbol, timeframe) };
    }
    return LoadedSeries { **info, std::move(*bars) };
}

// The deployed forecast's test metrics (what cards, reports and the registry show), how often
// its intervals covered the test values, and how it compares with the network alone.
QJsonObject metricsJson(const TrainedModel &trained)
{
    QJsonObject json = trained.metrics.toJson();
    const QJsonObject intervalJson = trained.interval.toJson();
    json.insert(QStringLiteral("coverage_80"),
                intervalJson.value(QStringLiteral("test_coverage_80")));
    json.insert(QStringLiteral("coverage_95"),
                intervalJson.value(QStringLiteral("test_coverage_95")));
    json.insert(QStringLiteral("raw_skill"), trained.rawMetrics.skill);
    json.insert(QStringLiteral("raw_rmse"), trained.rawMetrics.rmse);
    json.insert(QStringLiteral("validation_skill"), trained.validationSkill);
    json.insert(QStringLiteral("raw_validation_skill"), trained.rawValidationSkill);
    json.insert(QStringLiteral("model_weight"), trained.blend.weight);
    json.insert(QStringLiteral("blend_evidence"), trained.blendEvidence);
    return json;
}

// The fields every record of a run has, successful or not.
TrainingRecord recordFor(const TrainingRequest &request, qint64 dataPoints)
{
    TrainingRecord r;
    r.symbol = request.symbol;
    r.timeframe = request.timeframe;
    r.bot = request.model.bot;
    r.trainedAt = QDateTime::currentDateTimeUtc();
    r.dataPoints = dataPoints;
    return r;
}

} // namespace

TrainingService::TrainingService(const Database &database) : m_database(database) { }

void TrainingService::report(TrainingProgress::Step step, double fraction, const QString &details)
{
    TrainingProgress p;
    p.step = step;
    p.stepFraction = fraction;
    p.details = details;
    forward(p);
}

void TrainingService::forward(TrainingProgress progress)
{
    if (!m_progress)
        return;
    progress.etaSeconds = progress.overall() >= 1.0 ? 0.0 : m_eta->update(progress.overall());
    m_progress(progress);
}

Result<qint64> TrainingService::recordRun(const TrainingRecord &record,
                                          const std::vector<EpochRecord> &epochs, qint64 jobId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    BusyRetryOptions retry;
    retry.what = Tr::tr("Recording the training run");
    // The trained model survives a cancelled wait (UnrecordedModel), so closing the
    // application need not wait out the whole retry budget.
    retry.cancelled = [this] { return m_token && m_token->isCancelled(); };
    retry.onWait = [this](const BusyWait &wait) {
        report(TrainingProgress::Step::Save, 0.6,
               wait.ended ? Tr::tr("Recording the run") : wait.message());
    };
    return withBusyRetry(
        *db,
        [&]() -> Result<qint64> {
            WriteTransaction tx(*db);
            if (!tx.isActive())
                return tx.beginError();
            auto id = TrainingRecordRepository(*db).insert(record);
            if (!id)
                return id.error();
            if (auto saved = TrainingEpochRepository(*db).insert(*id, epochs); !saved)
                return saved.error();
            if (jobId > 0) {
                if (auto linked = JobRepository(*db).attachRecord(jobId, *id); !linked)
                    return linked.error();
            }
            if (auto committed = tx.commit(); !committed)
                return committed.error();
            return *id;
        },
        retry);
}

TrainingOutcome TrainingService::recordFailure(const TrainingRequest &request, const Error &error,
                                               bool cancelled, double seconds, qint64 dataPoints)
{
    TrainingOutcome outcome;
    outcome.cancelled = cancelled;
    outcome.error = error;
    outcome.record = recordFor(request, dataPoints);
    TrainingRecord &r = outcome.record;
    r.trainingDurationSeconds = seconds;
    r.status = TrainingRecord::Status::Failed;
    r.errorMessage = error.toString();
    r.config = QJsonObject { { QStringLiteral("model"), request.model.toJson() },
                             { QStringLiteral("features"), request.features.toJson() },
                             { QStringLiteral("cancelled"), cancelled } };
    // The run's own error is what the user needs; a failure to record it is appended.
    auto db = m_database.connection();
    if (!db) {
        outcome.error.message
            += u' ' + Tr::tr("(The failure could not be recorded: %1)").arg(db.error().message);
        return outcome;
    }
    BusyRetryOptions retry;
    retry.what = Tr::tr("Recording the failed training run");
    // A cancelled run (the user, or the application closing) does not hold things up for long
    // just to record why it ended.
    if (cancelled)
        retry.budgetMs = 10000;
    auto id = withBusyRetry(
        *db,
        [&]() -> Result<qint64> {
            WriteTransaction tx(*db);
            if (!tx.isActive())
                return tx.beginError();
            auto inserted = TrainingRecordRepository(*db).insert(r);
            if (!inserted)
                return inserted.error();
            if (auto committed = tx.commit(); !committed)
                return committed.error();
            return *inserted;
        },
        retry);
    if (id)
        outcome.recordId = *id;
    else
        outcome.error.message
            += u' ' + Tr::tr("(The failure could not be recorded: %1)").arg(id.error().message);
    return outcome;
}

Result<std::vector<Bar>> TrainingService::loadBars(const Database &database, const QString &symbol,
                                                   const QString &timeframe)
{
    auto series = loadSeries(database, symbol, timeframe);
    if (!series)
        return series.error();
    return std::move(series->bars);
}

TrainingOutcome TrainingService::train(const TrainingRequest &input)
{
    QElapsedTimer clock;
    clock.start();
    m_eta = std::make_unique<EtaEstimator>();
    TrainingRequest request = input;
    request.features.lookback = request.model.lookback;
    const auto seconds = [&clock] { return clock.elapsed() / 1000.0; };
    const auto isCancelled = [this] { return m_token && m_token->isCancelled(); };
    const auto cancelledError
        = [this] { return Error { Tr::tr("Cancelled: %1").arg(m_token->reason()) }; };

    // Data
    report(TrainingProgress::Step::Data, 0.0,
           Tr::tr("Loading %1 %2 bars").arg(request.symbol, request.timeframe));
    auto series = loadSeries(m_database, request.symbol, request.timeframe);
    if (!series)
        return recordFailure(request, series.error(), false, seconds(), 0);
    const qint64 barCount = qint64(series->bars.size());
    report(TrainingProgress::Step::Data, 0.4,
           Tr::tr("Building features from %1 bars").arg(barCount));
    auto features = FeatureSet::build(series->bars, request.features);
    if (!features)
        return recordFailure(request, features.error(), false, seconds(), barCount);
    report(TrainingProgress::Step::Data, 1.0,
           Tr::tr("%1 features · %2 / %3 / %4 samples")
               .arg(features->featureCount)
               .arg(features->train.size())
               .arg(features->validation.size())
               .arg(features->test.size()));
    if (isCancelled())
        return recordFailure(request, cancelledError(), true, seconds(), barCount);

    // Train + Validate
    Trainer trainer(request.model, *features);
    trainer.setCancellationToken(m_token);
    if (m_progress)
        trainer.setProgressCallback([this](const TrainingProgress &p) { forward(p); });
    auto trained = trainer.run();
    if (!trained)
        return recordFailure(request, trained.error(), isCancelled(), seconds(), barCount);
    if (isCancelled())
        return recordFailure(request, cancelledError(), true, seconds(), barCount);

    // Save
    report(TrainingProgress::Step::Save, 0.0, Tr::tr("Saving the model"));
    const QTimeZone zone(series->symbol.timeZone.toUtf8());
    const QTimeZone shownZone = zone.isValid() ? zone : QTimeZone::utc();
    TrainingOutcome outcome;
    outcome.record = recordFor(request, barCount);
    TrainingRecord &r = outcome.record;
    r.trainingPeriod = localDate(series->bars.front().timeUtcMs, shownZone) + QStringLiteral(" → ")
        + localDate(series->bars.back().timeUtcMs, shownZone);
    r.epochs = int(trained->epochs.size());
    if (!trained->epochs.empty()) {
        r.finalTrainLoss = trained->finalTrainLoss;
        r.finalValLoss = trained->finalValLoss;
    }
    r.testRmse = trained->metrics.rmse;
    r.testMae = trained->metrics.mae;
    r.status = TrainingRecord::Status::Active;
    if (request.awaitSave)
        r.saveState = TrainingRecord::SaveState::Pending;
    // What prediction needs (SavedFeatures), then what the run measured.
    const SavedFeatures saved { request.features, features->names, features->featureScaler,
                                features->targetScaler, trained->blend.weight };
    r.config = saved.toJson();
    r.config.insert(QStringLiteral("model"), request.model.toJson());
    r.config.insert(QStringLiteral("data"),
                    QJsonObject { { QStringLiteral("first_ms"), series->bars.front().timeUtcMs },
                                  { QStringLiteral("last_ms"), series->bars.back().timeUtcMs },
                                  { QStringLiteral("bars"), barCount },
                                  { QStringLiteral("timezone"), series->symbol.timeZone } });
    r.config.insert(QStringLiteral("best_epoch"), trained->bestEpoch);
    r.config.insert(QStringLiteral("metrics"), metricsJson(*trained));
    r.config.insert(QStringLiteral("raw_metrics"), trained->rawMetrics.toJson());
    r.config.insert(QStringLiteral("interval"), trained->interval.toJson());
    for (auto it = request.extraConfig.begin(); it != request.extraConfig.end(); ++it)
        r.config.insert(it.key(), it.value());
    r.config.insert(
        QStringLiteral("versions"),
        QJsonObject { { QStringLiteral("modeldeck"), QStringLiteral(MODELDECK_VERSION) },
                      { QStringLiteral("libtorch"), TorchRuntime::version() },
                      { QStringLiteral("xgboost"), TreeBooster::version() },
                      { QStringLiteral("qt"), QString::fromLatin1(qVersion()) } });

    if (!trained->importance.isEmpty())
        r.config.insert(QStringLiteral("feature_importance"), trained->importanceJson());

    QString absolutePath;
    if (trained->module || trained->trees) {
        const QString relative = QStringLiteral("%1/%2/%3-%4-%5.%6")
                                     .arg(PathSanitizer::sanitizeComponent(request.symbol),
                                          PathSanitizer::sanitizeComponent(request.timeframe),
                                          PathSanitizer::sanitizeComponent(request.model.bot),
                                          r.trainedAt.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                          QUuid::createUuid().toString(QUuid::Id128).left(8),
                                          ModelConfig::fileSuffix(request.model.bot));
        auto resolved = PathSanitizer::resolveInside(m_database.modelsDir(), relative);
        if (!resolved)
            return recordFailure(request, resolved.error(), false, seconds(), barCount);
        auto bytes = trained->serialize();
        if (!bytes)
            return recordFailure(request, bytes.error(), false, seconds(), barCount);
        if (isCancelled())
            return recordFailure(request, cancelledError(), true, seconds(), barCount);
        auto written = ModelFile::write(*resolved, *bytes);
        if (!written)
            return recordFailure(request, written.error(), false, seconds(), barCount);
        absolutePath = *resolved;
        r.modelPath = QLatin1StringView(Database::kModelsDir) + u'/' + relative;
        r.modelSha256 = written->sha256;
        r.modelSizeMb = written->bytes / (1024.0 * 1024.0);
    }
    report(TrainingProgress::Step::Save, 0.6, Tr::tr("Recording the run"));
    r.trainingDurationSeconds = seconds();

    auto id = recordRun(r, trained->epochs, request.jobId);
    if (!id) {
        // The run succeeded; only its record is missing. Keep the model where clean-up leaves it
        // alone and say where it is.
        Error error = id.error();
        QString kept;
        if (!absolutePath.isEmpty()) {
            kept = UnrecordedModel::keep(m_database, absolutePath, r, error.message);
            error.message += u' '
                + Tr::tr("The trained model was kept in “%1” (with a .json file describing the "
                         "run); it is not in the workspace's list of models.")
                      .arg(QDir::toNativeSeparators(kept));
        }
        TrainingOutcome failed = recordFailure(request, error, isCancelled(), seconds(), barCount);
        failed.keptModelPath = kept;
        return failed;
    }
    r.id = *id;
    outcome.ok = true;
    outcome.recordId = *id;
    outcome.metrics = trained->metrics;
    outcome.interval = trained->interval;
    outcome.epochs = std::move(trained->epochs);
    outcome.testPredicted = std::move(trained->testPredicted);
    outcome.rawMetrics = trained->rawMetrics;
    outcome.modelWeight = trained->blend.weight;
    report(TrainingProgress::Step::Save, 1.0, Tr::tr("Saved"));
    return outcome;
}

Result<std::vector<double>> TrainingService::predictTestSplit(qint64 recordId) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto found = TrainingRecordRepository(*db).find(recordId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error { Tr::tr("There is no training record %1.").arg(recordId) };
    const TrainingRecord &r = **found;
    if (r.modelPath.isEmpty())
        return Error { Tr::tr("Training record %1 has no model file.").arg(recordId) };
    auto model = ModelConfig::fromJson(r.bot, r.config.value(QStringLiteral("model")).toObject());
    if (!model)
        return model.error();
    auto saved = SavedFeatures::fromJson(r.config);
    if (!saved)
        return saved.error();
    auto series = loadSeries(m_database, r.symbol, r.timeframe);
    if (!series)
        return series.error();
    const qint64 lastMs = qint64(r.config.value(QStringLiteral("data"))
                                     .toObject()
                                     .value(QStringLiteral("last_ms"))
                                     .toDouble());
    std::erase_if(series->bars, [lastMs](const Bar &b) { return b.timeUtcMs > lastMs; });
    // The scalers fitted at training time, not refit: bars merged since (a re-import that
    // corrected a few values) must not shift the inputs the network sees.
    auto fs
        = FeatureSet::build(series->bars, saved->config, saved->featureScaler, saved->targetScaler);
    if (!fs)
        return fs.error();
    auto path = PathSanitizer::resolveInside(m_database.workspaceDir(), r.modelPath);
    if (!path)
        return path.error();
    auto bytes = ModelFile::readVerified(*path, r.modelSha256);
    if (!bytes)
        return bytes.error();
    auto inference = InferenceModel::fromModelFile(*bytes, *model, fs->featureCount);
    if (!inference)
        return inference.error();
    auto raw = (*inference)->predictPrices(*fs, fs->test);
    if (!raw)
        return raw.error();
    const NaiveBlend blend { saved->modelWeight };
    for (size_t i = 0; i < raw->size(); ++i)
        (*raw)[i] = blend.apply((*raw)[i], fs->lastClose[size_t(fs->test.begin) + i]);
    return raw;
}

} // namespace modeldeck
