#include "Forecaster.h"

#include "models/GruForecaster.h"
#include "models/LinearForecaster.h"
#include "models/LstmForecaster.h"
#include "models/MlpForecaster.h"
#include "models/TransformerForecaster.h"

#include <QCoreApplication>
#include <mutex>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::Forecaster)
};

// Torch messages carry a backtrace and source location after the first line; users get the
// first line, the rest is noise in an error_message column.
QString firstLine(const char *what)
{
    const QString text = QString::fromUtf8(what);
    return text.left(text.indexOf(u'\n')).trimmed();
}

std::shared_ptr<ForecasterImpl> build(const ModelConfig &config, int featureCount)
{
    if (config.bot == u"lstm_bot")
        return std::make_shared<LstmForecasterImpl>(config, featureCount);
    if (config.bot == u"gru_bot")
        return std::make_shared<GruForecasterImpl>(config, featureCount);
    if (config.bot == u"transformer_bot")
        return std::make_shared<TransformerForecasterImpl>(config, featureCount);
    if (config.bot == u"mlp_bot")
        return std::make_shared<MlpForecasterImpl>(config, featureCount);
    if (config.bot == u"linear_bot")
        return std::make_shared<LinearForecasterImpl>(config, featureCount);
    return nullptr;
}

} // namespace

Result<std::shared_ptr<ForecasterImpl>> createForecaster(const ModelConfig &config,
                                                         int featureCount)
{
    if (config.bot == u"naive") {
        return Error { Tr::tr(
            "The naive baseline has no network: it repeats the last value and is evaluated "
            "without training.") };
    }
    if (ModelConfig::isTreeModel(config.bot)) {
        return Error { Tr::tr("%1 is a tree ensemble (XGBoost), not a network.").arg(config.bot) };
    }
    if (featureCount < 1)
        return Error {
            Tr::tr("A model needs at least one input feature; got %1.").arg(featureCount)
        };
    // A config assembled in code bypasses fromJson; the round trip applies the same checks (bot,
    // ranges, heads dividing hidden_size) instead of letting torch fail deep inside a module.
    const Result<ModelConfig> checked = ModelConfig::fromJson(config.bot, config.toJson());
    if (!checked)
        return checked.error();

    // Initial weights come from torch's process-wide CPU generator. Seeding and building under
    // one lock keeps two queue workers from interleaving their draws; only dropout masks of
    // concurrent jobs still share the generator.
    static std::mutex constructionMutex;
    const std::lock_guard lock(constructionMutex);
    torch::manual_seed(config.seed);
    try {
        return build(config, featureCount);
    } catch (const c10::Error &e) {
        return Error { Tr::tr("Cannot build the %1 network: %2")
                           .arg(config.bot, firstLine(e.what_without_backtrace())) };
    } catch (const std::exception &e) { // std::bad_alloc for absurd sizes
        return Error {
            Tr::tr("Cannot build the %1 network: %2").arg(config.bot, firstLine(e.what()))
        };
    }
}

} // namespace modeldeck
