#include "services/ModelSignalData.h"

#include "domain/Timeframe.h"
#include "services/ModelBacktest.h"
#include "services/ModelRegistry.h"
#include "services/RegisteredModelLoader.h"
#include "storage/Database.h"
#include "storage/TrainingRecordRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <limits>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate files them under this context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::ModelSignalData)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString label(const RegisteredModel &m)
{
    return Tr::tr("“%1” v%2").arg(m.name).arg(m.version);
}

QString canonicalTimeframe(const QString &text)
{
    auto tf = Timeframe::parse(text);
    return tf ? tf->name() : text;
}

// The last bar the model was trained on, from its training record; an error when unknown.
Result<qint64> trainedUntil(const Database &database, const RegisteredModel &m)
{
    const QString unknown = Tr::tr("%1 has no training record that says which bars it was trained "
                                   "on, so model_signal cannot keep its backtest off the bars the "
                                   "model fitted; use a model trained in this workspace.")
                                .arg(label(m));
    if (!m.trainingRecordId)
        return Error { unknown };
    auto db = database.connection();
    if (!db)
        return db.error();
    auto record = TrainingRecordRepository(*db).find(*m.trainingRecordId);
    if (!record)
        return record.error();
    if (!record->has_value())
        return Error { unknown };
    const QJsonValue last = (*record)
                                ->config.value(QStringLiteral("data"))
                                .toObject()
                                .value(QStringLiteral("last_ms"));
    if (!last.isDouble())
        return Error { unknown };
    return qint64(last.toDouble());
}

} // namespace

QJsonObject ForecastSource::toJson() const
{
    QJsonObject json { { QStringLiteral("model"), model.name },
                       { QStringLiteral("version"), model.version },
                       { QStringLiteral("model_id"), model.id },
                       { QStringLiteral("horizon"), horizon },
                       { QStringLiteral("trained_until"), isoTime(trainedUntilMs) },
                       { QStringLiteral("first_tradable_bar"), firstTradableBar },
                       { QStringLiteral("forecasts"), forecasts } };
    if (firstTradableBar >= 0)
        json.insert(QStringLiteral("first_tradable_time"), isoTime(firstTradableMs));
    return json;
}

namespace ModelSignalData {

Result<RegisteredModel> findModel(const Database &database, const QJsonValue &ref,
                                  const QString &symbol, const QString &timeframe)
{
    const QString text
        = ref.isDouble() ? QString::number(qint64(ref.toDouble())) : ref.toString().trimmed();
    if (text.isEmpty())
        return Error { Tr::tr("model_signal needs a model: --param model=NAME (a registered "
                              "model's name or id).") };
    const ModelRegistry registry(database);
    std::optional<RegisteredModel> found;
    if (!ref.isDouble()) {
        if (auto versions = registry.versions(text)) {
            if (const RegisteredModel *m = representativeVersion(*versions))
                found = *m;
        }
    }
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (!found && isNumber) {
        auto all = registry.list({});
        if (!all)
            return all.error();
        const auto it = std::find_if(all->begin(), all->end(),
                                     [id](const RegisteredModel &m) { return m.id == id; });
        if (it != all->end())
            found = *it;
    }
    if (!found)
        return Error { Tr::tr("There is no registered model “%1” (by name or id); "
                              "model list shows them.")
                           .arg(text.left(80)) };
    if (found->symbol.compare(symbol, Qt::CaseInsensitive) != 0
        || canonicalTimeframe(found->timeframe) != canonicalTimeframe(timeframe))
        return Error { Tr::tr("%1 forecasts %2 %3; it cannot trade %4 %5.")
                           .arg(label(*found), found->symbol, found->timeframe, symbol.toUpper(),
                                canonicalTimeframe(timeframe)) };
    return *found;
}

Result<ForecastSource> attach(const Database &database, const QJsonValue &ref,
                              const QString &symbol, const QString &timeframe,
                              std::span<const Bar> bars, BarColumns &columns,
                              const CancellationToken *token, const Progress &progress)
{
    auto model = findModel(database, ref, symbol, timeframe);
    if (!model)
        return model.error();
    if (model->horizons.isEmpty())
        return Error { Tr::tr("%1 has no forecast horizon.").arg(label(*model)) };
    auto until = trainedUntil(database, *model);
    if (!until)
        return until.error();
    ForecastSource source;
    source.model = *model;
    source.horizon = model->horizons.front();
    source.trainedUntilMs = *until;

    // Out of sample: the bars after the last training bar.
    const size_t n = bars.size();
    const auto after
        = std::upper_bound(bars.begin(), bars.end(), *until,
                           [](qint64 ms, const Bar &bar) { return ms < bar.timeUtcMs; });
    const size_t firstOut = size_t(after - bars.begin());
    const qint64 outOfSample = qint64(n - firstOut);
    if (outOfSample < ModelBacktest::kMinimumWindow)
        return Error { Tr::tr("%1 was trained on %2 %3 bars up to %4; the series has %5 bars after "
                              "that, and model_signal needs at least %6 to trade on forecasts the "
                              "model has not fitted.")
                           .arg(label(*model), model->symbol, model->timeframe, isoTime(*until))
                           .arg(outOfSample)
                           .arg(ModelBacktest::kMinimumWindow) };

    auto loaded = RegisteredModelLoader::load(*model, database.workspaceDir());
    if (!loaded)
        return loaded.error();
    // ModelBacktest forecasts bars whose target is stored; the newest origins' targets are
    // not. Placeholder bars after the series give those origins a target slot: a forecast made
    // at bar t reads bars 0..t only, so the placeholders change no forecast, and forecast[t]
    // does not depend on whether bar t + horizon exists (the causality check relies on it).
    const auto tf = Timeframe::parse(model->timeframe);
    const qint64 step = tf ? tf->milliseconds() : 60'000;
    std::vector<Bar> padded(bars.begin(), bars.end());
    for (int k = 1; k <= source.horizon; ++k) {
        Bar placeholder = bars.back();
        placeholder.timeUtcMs += step * k;
        padded.push_back(placeholder);
    }
    auto run
        = ModelBacktest::run(*loaded, padded, source.horizon, int(outOfSample), token, progress);
    if (!run)
        return run.error();

    columns.forecast.assign(n, kNaN);
    columns.forecastLower.assign(n, kNaN);
    columns.forecastUpper.assign(n, kNaN);
    for (const Prediction &p : run->forecasts) {
        const auto at
            = std::lower_bound(bars.begin(), bars.end(), p.baseTimeMs,
                               [](const Bar &bar, qint64 ms) { return bar.timeUtcMs < ms; });
        if (at == bars.end() || at->timeUtcMs != p.baseTimeMs || p.baseTimeMs <= *until)
            continue; // in sample (never asked for) or a placeholder's
        const size_t t = size_t(at - bars.begin());
        columns.forecast[t] = p.value;
        if (p.lower80 && p.upper80) {
            columns.forecastLower[t] = *p.lower80;
            columns.forecastUpper[t] = *p.upper80;
        }
        ++source.forecasts;
        if (source.firstTradableBar < 0) {
            source.firstTradableBar = qint64(t);
            source.firstTradableMs = p.baseTimeMs;
        }
    }
    return source;
}

} // namespace ModelSignalData

} // namespace modeldeck
