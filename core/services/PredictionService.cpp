#include "PredictionService.h"

#include "domain/Timeframe.h"
#include "features/FeatureSet.h"
#include "features/SavedFeatures.h"
#include "services/DriftMonitor.h"
#include "services/RegisteredModelLoader.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"
#include "storage/ModelRegistryRepository.h"
#include "storage/PerformanceRepository.h"
#include "storage/PredictionRepository.h"
#include "training/ConformalInterval.h"
#include "training/InferenceModel.h"
#include "training/NaiveBlend.h"
#include "util/PathSanitizer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <cmath>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::PredictionService)
};

QString label(const RegisteredModel &m)
{
    return Tr::tr("“%1” v%2").arg(m.name).arg(m.version);
}

QString joined(const QList<int> &numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts << QString::number(n);
    return parts.join(QStringLiteral(", "));
}

struct CachedModel
{
    QString sha256;
    qint64 size = 0;
    QDateTime modified;
    std::shared_ptr<InferenceModel> model;
};

} // namespace

struct PredictionService::Cache
{
    QMutex mutex;
    QHash<qint64, CachedModel> models; // by registry id
};

PredictionService::PredictionService(const Database &database)
    : m_database(database), m_cache(std::make_unique<Cache>())
{
}

PredictionService::~PredictionService() = default;

Result<Prediction> PredictionService::predict(const PredictRequest &request)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    ModelRegistryRepository registry(*db);
    auto versions = registry.versions(request.modelName);
    if (!versions)
        return versions.error();
    if (versions->empty())
        return Error {
            Tr::tr("There is no model named “%1” in this workspace.").arg(request.modelName)
        };
    const RegisteredModel *active = nullptr;
    QList<int> numbers;
    for (const RegisteredModel &m : *versions) {
        numbers << m.version;
        if (m.active)
            active = &m;
    }
    if (!active) {
        return Error {
            Tr::tr("Model “%1” is not active (versions %2); activate one of its versions to "
                   "predict with it.")
                .arg(request.modelName, joined(numbers))
        };
    }
    const RegisteredModel &m = *active;
    const qsizetype output = m.horizons.indexOf(request.horizon);
    if (output < 0) {
        return Error { Tr::tr("Model %1 does not predict %2 bars ahead; it supports horizons %3.")
                           .arg(label(m))
                           .arg(request.horizon)
                           .arg(joined(m.horizons)) };
    }
    auto features = SavedFeatures::fromJson(m.featureConfig);
    if (!features)
        return Error { Tr::tr("The registry entry of %1 is damaged: %2")
                           .arg(label(m), features.error().message) };
    auto path = PathSanitizer::resolveInside(m_database.workspaceDir(), m.filePath);
    if (!path)
        return path.error();
    const QFileInfo file(*path);
    if (!file.exists())
        return Error { Tr::tr("The model file of %1 (%2) is missing.").arg(label(m), m.filePath) };

    // A cached network is reused while the file looks unchanged; any change reloads it, and the
    // reload checks the hash, so a replaced file is refused just as on the first load.
    std::shared_ptr<InferenceModel> model;
    {
        QMutexLocker lock(&m_cache->mutex);
        const auto it = m_cache->models.constFind(m.id);
        if (it != m_cache->models.cend() && it->sha256 == m.fileSha256 && it->size == file.size()
            && it->modified == file.lastModified()) {
            model = it->model;
        }
    }
    if (!model) {
        auto loaded = RegisteredModelLoader::loadNetwork(m, *path, *features);
        if (!loaded)
            return loaded.error();
        model = *loaded;
        QMutexLocker lock(&m_cache->mutex);
        m_cache->models.insert(m.id, { m.fileSha256, file.size(), file.lastModified(), model });
    }

    MarketDataRepository market(*db);
    auto symbol = market.findSymbol(m.symbol);
    if (!symbol)
        return symbol.error();
    if (!symbol->has_value())
        return Error { Tr::tr(
                           "There is no symbol “%1” in this workspace; import its price history to "
                           "predict with %2.")
                           .arg(m.symbol, label(m)) };
    const qint64 needed = FeatureSet::latestBarsNeeded(features->config);
    auto bars = market.loadLatestBars((*symbol)->id, m.timeframe, needed);
    if (!bars)
        return bars.error();
    if (qint64(bars->size()) < needed) {
        return Error {
            Tr::tr("Model %1 needs the latest %2 %3 %4 bars (%5 bars of feature history + a "
                   "window of %6 − 1); "
                   "the workspace has %7.")
                .arg(label(m))
                .arg(needed)
                .arg(m.symbol, m.timeframe)
                .arg(features->config.historyBars())
                .arg(features->config.lookback)
                .arg(bars->size())
        };
    }
    auto fs = FeatureSet::buildLatest(*bars, features->config, features->featureScaler,
                                      features->targetScaler);
    if (!fs)
        return fs.error();
    const int lookback = features->config.lookback;
    const int lastRow = fs->rowCount - 1;
    const auto windowBegin
        = fs->rows.begin() + qsizetype(lastRow - lookback + 1) * fs->featureCount;
    const std::vector<float> window(windowBegin,
                                    windowBegin + qsizetype(lookback) * fs->featureCount);
    auto outputs = model->forward(window, 1);
    if (!outputs)
        return outputs.error();
    const int targetColumn = std::min(int(output), fs->targetScaler.columns() - 1);
    const double network = fs->toPrice(lastRow, (*outputs)[size_t(output)], targetColumn);
    const double value
        = NaiveBlend { features->modelWeight }.apply(network, fs->lastClose[size_t(lastRow)]);
    if (!std::isfinite(value))
        return Error {
            Tr::tr("Model %1 predicted %2, which is not a price.").arg(label(m)).arg(value)
        };

    Prediction p;
    p.predictedAt = QDateTime::currentDateTimeUtc();
    p.modelId = m.id;
    p.modelName = m.name;
    p.modelVersion = m.version;
    p.symbol = m.symbol;
    p.timeframe = m.timeframe;
    p.horizon = request.horizon;
    p.baseTimeMs = bars->back().timeUtcMs;
    p.baseClose = bars->back().close;
    // Nominal: horizon bars of the timeframe later; nights and weekends push the real bar back.
    const auto tf = Timeframe::parse(m.timeframe);
    const qint64 step = tf  ? tf->milliseconds()
        : bars->size() >= 2 ? bars->back().timeUtcMs - (*bars)[bars->size() - 2].timeUtcMs
                            : 0;
    p.targetTimeMs = p.baseTimeMs + qint64(request.horizon) * step;
    p.value = value;
    const ConformalInterval interval = ConformalInterval::fromJson(
        m.intervals.value(QString::number(request.horizon)).toObject());
    const double volatility = fs->volatility[size_t(lastRow)];
    if (const auto half = interval.halfWidth80Now();
        const auto band = half ? interval.band(value, *half, volatility) : std::nullopt) {
        p.lower80 = band->lower;
        p.upper80 = band->upper;
    }
    if (const auto half = interval.halfWidth95Now();
        const auto band = half ? interval.band(value, *half, volatility) : std::nullopt) {
        p.lower95 = band->lower;
        p.upper95 = band->upper;
    }
    if (request.save) {
        WriteTransaction tx(*db);
        auto id
            = tx.isActive() ? PredictionRepository(*db).insert(p) : Result<qint64>(tx.beginError());
        Status committed = id ? tx.commit() : Status(id.error());
        if (!committed)
            return committed.error();
        p.id = *id;
    }
    return p;
}

Result<int> PredictionService::fillActuals()
{
    auto report = fillActualsReport();
    if (!report)
        return report.error();
    return report->filled;
}

void PredictionService::setDriftHandler(DriftHandler handler)
{
    const std::lock_guard lock(m_handlerMutex);
    m_driftHandler = std::move(handler);
}

Result<FillReport> PredictionService::fillActualsReport()
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    FillReport report;
    {
        WriteTransaction tx(*db);
        if (!tx.isActive())
            return tx.beginError();
        auto filled = PredictionRepository(*db).fillActuals(QDateTime::currentMSecsSinceEpoch());
        if (!filled)
            return filled.error();
        // In the same transaction, each model's intervals learn from its actuals, in target
        // order.
        if (auto adapted = adaptIntervals(*db, *filled); !adapted)
            return adapted.error();
        // And each model's live accuracy is recorded, so its trend and drift can be followed.
        if (auto recorded = recordPerformance(*db, *filled, report.raisedAlerts); !recorded)
            return recorded.error();
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        report.filled = int(filled->size());
    }
    // After the commit and outside the transaction: what the handler writes (a queued
    // retrain) is its own business, and its failure is reported, never the fill's.
    DriftHandler handler;
    {
        const std::lock_guard lock(m_handlerMutex);
        handler = m_driftHandler;
    }
    if (!handler)
        return report;
    for (const Alert &alert : report.raisedAlerts) {
        auto answer = handler(alert);
        if (!answer)
            report.driftActions << answer.error().message;
        else if (!answer->isEmpty())
            report.driftActions << *answer;
    }
    return report;
}

Status PredictionService::adaptIntervals(QSqlDatabase db, const std::vector<FilledActual> &filled)
{
    ModelRegistryRepository registry(db);
    QHash<qint64, QJsonObject> intervals; // by model id, read once, written once
    for (const FilledActual &f : filled) {
        if (f.modelId == 0)
            continue; // the model was deleted
        if (!intervals.contains(f.modelId)) {
            auto stored = registry.intervals(f.modelId);
            if (!stored)
                return stored.error();
            intervals.insert(f.modelId, stored->value_or(QJsonObject()));
        }
        QJsonObject &all = intervals[f.modelId];
        const QString key = QString::number(f.horizon);
        if (!all.value(key).isObject())
            continue; // no intervals for this horizon: nothing to adapt
        ConformalInterval interval = ConformalInterval::fromJson(all.value(key).toObject());
        const auto inside
            = [&f](const std::optional<double> &lower, const std::optional<double> &upper) {
                  return lower && upper ? std::optional(*lower <= f.actual && f.actual <= *upper)
                                        : std::nullopt;
              };
        interval.adapt(inside(f.lower80, f.upper80), inside(f.lower95, f.upper95));
        all.insert(key, interval.toJson());
    }
    for (auto it = intervals.cbegin(); it != intervals.cend(); ++it) {
        if (auto saved = registry.setIntervals(it.key(), it.value()); !saved)
            return saved.error();
    }
    return {};
}

Status PredictionService::recordPerformance(QSqlDatabase db,
                                            const std::vector<FilledActual> &filled,
                                            std::vector<Alert> &raised)
{
    QSet<QPair<QString, int>> models;
    for (const FilledActual &f : filled)
        models.insert({ f.modelName, f.horizon });
    PredictionRepository predictions(db);
    PerformanceRepository performance(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[name, horizon] : models) {
        PredictionFilter filter;
        filter.modelName = name;
        filter.horizon = horizon;
        filter.limit = -1;
        auto saved = predictions.list(filter);
        if (!saved)
            return saved.error();
        const LivePerformance live = LivePerformance::compute(*saved, kPerformanceWindow);
        if (auto inserted = performance.insert({ name, horizon, now, kPerformanceWindow, live });
            !inserted)
            return inserted.error();
        if (auto checked = DriftMonitor::afterFill(db, name, horizon, live, now, raised); !checked)
            return checked;
    }
    return {};
}

Result<std::vector<PerformanceSnapshot>>
PredictionService::performanceHistory(const QString &modelName, int horizon, int limit) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return PerformanceRepository(*db).history(modelName, horizon, limit);
}

Result<std::vector<PerformanceSnapshot>> PredictionService::latestPerformance() const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return PerformanceRepository(*db).latest();
}

Result<std::vector<Prediction>> PredictionService::list(const PredictionFilter &filter) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return PredictionRepository(*db).list(filter);
}

} // namespace modeldeck
