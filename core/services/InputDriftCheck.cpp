#include "services/InputDriftCheck.h"

#include "features/SavedFeatures.h"
#include "storage/MarketDataRepository.h"
#include "storage/TrainingRecordRepository.h"

#include <QCoreApplication>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::InputDriftCheck)
};

} // namespace

Result<std::optional<InputDrift::Result>> checkInputDrift(QSqlDatabase db,
                                                          const RegisteredModel &model)
{
    if (!model.trainingRecordId)
        return std::optional<InputDrift::Result>();
    auto record = TrainingRecordRepository(db).find(*model.trainingRecordId);
    if (!record)
        return record.error();
    if (!record->has_value())
        return std::optional<InputDrift::Result>();
    // Database contents are input: a record without a readable training period is skipped.
    const QJsonValue last = (*record)
                                ->config.value(QStringLiteral("data"))
                                .toObject()
                                .value(QStringLiteral("last_ms"));
    if (!last.isDouble())
        return std::optional<InputDrift::Result>();
    const qint64 trainedUntil = qint64(last.toDouble());

    auto features = SavedFeatures::fromJson(model.featureConfig);
    if (!features)
        return Error { Tr::tr("The saved features of “%1” v%2 are damaged: %3")
                           .arg(model.name)
                           .arg(model.version)
                           .arg(features.error().message) };
    MarketDataRepository market(db);
    auto symbol = market.findSymbol(model.symbol);
    if (!symbol)
        return symbol.error();
    if (!symbol->has_value())
        return std::optional<InputDrift::Result>();
    auto bars = market.loadLatestBars((*symbol)->id, model.timeframe, kInputDriftBars);
    if (!bars)
        return bars.error();
    if (bars->empty() || bars->back().timeUtcMs <= trainedUntil)
        return std::optional<InputDrift::Result>(); // nothing new since training
    auto set = FeatureSet::build(*bars, features->config, features->featureScaler,
                                 features->targetScaler);
    if (!set)
        return std::optional<InputDrift::Result>(); // too few bars to build the splits
    return InputDrift::compare(*set, trainedUntil, model.name);
}

} // namespace modeldeck
