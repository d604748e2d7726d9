// libFuzzer target: the hyperparameter JSON (CLI --params, queue jobs, the Train Model dialog)
// through TrainingSettings::fromParams and ModelConfig::fromJson. Nothing may crash, and what
// is accepted must read back from its own JSON unchanged.

#include "FuzzSupport.h"
#include "models/ModelConfig.h"
#include "training/TrainingSettings.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace modeldeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    const QJsonObject params = doc.object();
    static const QStringList bots = ModelConfig::bots();
    // A named bot (any text) is tried as given; otherwise the input's size picks one.
    const QString bot = params.contains(QLatin1StringView("bot"))
        ? params.value(QLatin1StringView("bot")).toString()
        : bots.at(qsizetype(size % size_t(bots.size())));
    const int horizon = int(size % 40) - 3; // zero and negative horizons too

    const Result<TrainingSettings> settings = TrainingSettings::fromParams(bot, params, horizon);
    if (settings) {
        fuzz::check(settings->barsRequired() > 0, "a run needing no bars was accepted");
        const Result<ModelConfig> again
            = ModelConfig::fromJson(settings->model.bot, settings->model.toJson());
        fuzz::check(again.ok(), "an accepted model config does not read back");
        fuzz::check(again->toJson() == settings->model.toJson(),
                    "model config changed on reading back");
        const Result<FeatureConfig> features = FeatureConfig::fromJson(settings->features.toJson());
        fuzz::check(features.ok(), "an accepted feature config does not read back");
        fuzz::check(features->toJson() == settings->features.toJson(),
                    "feature config changed on reading back");
    }
    const Result<ModelConfig> model = ModelConfig::fromJson(bot, params);
    if (model)
        fuzz::check(ModelConfig::fromJson(model->bot, model->toJson()).ok(),
                    "an accepted model config does not read back");
    return 0;
}
