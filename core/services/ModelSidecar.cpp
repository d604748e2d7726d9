#include "ModelSidecar.h"

#include "domain/Timeframe.h"
#include "models/ModelConfig.h"
#include "util/PathSanitizer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::ModelSidecar)
};

constexpr int kMaxHorizons = 64;
constexpr int kMaxHorizon = 10000;

Result<QList<int>> parseHorizons(const QJsonValue &value)
{
    const Error invalid {
        Tr::tr(
            "Model sidecar: \"horizons\" must be a list of 1 to %1 different whole numbers of bars "
            "from 1 to %2, e.g. [1, 3, 24].")
            .arg(kMaxHorizons)
            .arg(kMaxHorizon)
    };
    if (!value.isArray())
        return invalid;
    QList<int> horizons;
    for (const QJsonValue &v : value.toArray()) {
        const double h = v.toDouble(std::nan(""));
        if (!v.isDouble() || !(h >= 1 && h <= kMaxHorizon) || h != std::floor(h)
            || horizons.contains(int(h)))
            return invalid;
        horizons << int(h);
    }
    if (horizons.isEmpty() || horizons.size() > kMaxHorizons)
        return invalid;
    // Output i is horizons[i]: the order is the model's, so it must already be ascending.
    if (!std::is_sorted(horizons.begin(), horizons.end()))
        return Error { Tr::tr(
            "Model sidecar: \"horizons\" must be in ascending order, the order of "
            "the model's outputs.") };
    return horizons;
}

QString optionalString(const QJsonObject &json, QLatin1StringView key, Error &error)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        error = Error { Tr::tr("Model sidecar: \"%1\" must be text.").arg(key) };
    return v.toString();
}

} // namespace

Result<ModelSidecar> ModelSidecar::parse(const QByteArray &bytes)
{
    if (bytes.size() > kMaxBytes)
        return Error {
            Tr::tr("Model sidecar: the file is larger than %1 MiB.").arg(kMaxBytes >> 20)
        };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { Tr::tr("Model sidecar: not valid JSON at offset %1: %2")
                           .arg(parseError.offset)
                           .arg(parseError.errorString()) };
    const QJsonObject json = doc.object();
    if (!doc.isObject() || json.value(QLatin1StringView("modeldeck_model")).toInt(0) != 1) {
        return Error { Tr::tr("Model sidecar: this is not a ModelDeck model description (it needs "
                              "\"modeldeck_model\": 1; "
                              "bench/reference/export_torchscript.py writes one).") };
    }

    ModelSidecar s;
    Error error;
    const QString format = optionalString(json, QLatin1StringView("format"), error);
    // An XGBoost model (trained in Python, bench/reference/export_xgboost.py) is a tree bot's
    // model file: stored and loaded as ModelDeck's own.
    const bool xgboost = format == QLatin1StringView("xgboost");
    if (format == QLatin1StringView("torchscript"))
        s.format = RegisteredModel::Format::TorchScript;
    else if (format == QLatin1StringView("modeldeck") || xgboost)
        s.format = RegisteredModel::Format::ModelDeck;
    else
        return Error { Tr::tr("Model sidecar: \"format\" must be \"torchscript\", \"modeldeck\" or "
                              "\"xgboost\".") };
    s.bot = optionalString(json, QLatin1StringView("model_type"), error).trimmed().left(64);
    s.symbol = optionalString(json, QLatin1StringView("symbol"), error);
    s.timeframe = optionalString(json, QLatin1StringView("timeframe"), error);
    s.name = optionalString(json, QLatin1StringView("name"), error);
    s.description = optionalString(json, QLatin1StringView("description"), error);
    s.sha256 = optionalString(json, QLatin1StringView("sha256"), error).toLower();
    if (!error.message.isEmpty())
        return error;
    if (s.bot.isEmpty())
        s.bot = xgboost ? QStringLiteral("gbm_bot") : format;
    if (xgboost && !ModelConfig::isTreeModel(s.bot)) {
        return Error { Tr::tr(
                           "Model sidecar: an XGBoost model's \"model_type\" must be forest_bot or "
                           "gbm_bot, not “%1”.")
                           .arg(s.bot) };
    }

    auto horizons = parseHorizons(json.value(QLatin1StringView("horizons")));
    if (!horizons)
        return horizons.error();
    s.horizons = *horizons;
    auto features = SavedFeatures::fromJson(json);
    if (!features)
        return Error { Tr::tr("Model sidecar: %1").arg(features.error().message) };
    s.features = *features;
    const int targetColumns = s.features.targetScaler.columns();
    if (targetColumns != 1 && targetColumns != s.horizons.size()) {
        return Error {
            Tr::tr("Model sidecar: the target scaler has %1 columns; it needs 1 (shared) or "
                   "one per horizon (%2).")
                .arg(targetColumns)
                .arg(s.horizons.size())
        };
    }

    if (s.format == RegisteredModel::Format::ModelDeck) {
        s.modelConfig = json.value(QLatin1StringView("model_config")).toObject();
        // Python knows no ModelDeck hyperparameters: the window is the features' own.
        if (xgboost && !s.modelConfig.contains(QLatin1StringView("lookback")))
            s.modelConfig.insert(QStringLiteral("lookback"), s.features.config.lookback);
        auto config = ModelConfig::fromJson(s.bot, s.modelConfig);
        if (!config)
            return Error { Tr::tr("Model sidecar: %1").arg(config.error().message) };
        if (config->lookback != s.features.config.lookback
            || s.horizons != QList<int> { s.features.config.horizon }) {
            return Error { Tr::tr(
                "Model sidecar: a ModelDeck model predicts its feature settings' horizon with "
                "their "
                "lookback; \"model_config\", \"features\" and \"horizons\" disagree.") };
        }
    }
    if (!s.symbol.isEmpty()) {
        if (auto valid = PathSanitizer::validateSymbol(s.symbol); !valid)
            return Error { Tr::tr("Model sidecar: %1").arg(valid.error().message) };
    }
    if (!s.timeframe.isEmpty()) {
        auto tf = Timeframe::parse(s.timeframe);
        if (!tf)
            return Error { Tr::tr("Model sidecar: %1").arg(tf.error().message) };
        s.timeframe = tf->name();
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!s.sha256.isEmpty() && !hex.match(s.sha256).hasMatch())
        return Error { Tr::tr("Model sidecar: \"sha256\" must be 64 hexadecimal digits.") };
    for (const QJsonValue &tag : json.value(QLatin1StringView("tags")).toArray()) {
        if (tag.isString() && !tag.toString().trimmed().isEmpty())
            s.tags << tag.toString().trimmed();
    }
    // Only intervals for horizons the model has; anything else in there is ignored.
    const QJsonObject intervals = json.value(QLatin1StringView("intervals")).toObject();
    for (int h : std::as_const(s.horizons)) {
        const QJsonValue interval = intervals.value(QString::number(h));
        if (interval.isObject())
            s.intervals.insert(QString::number(h), interval);
    }
    s.metrics = json.value(QLatin1StringView("metrics")).toObject();
    return s;
}

QJsonObject ModelSidecar::describe(const RegisteredModel &m)
{
    QJsonObject json = m.featureConfig;
    QJsonArray horizons;
    for (int h : m.horizons)
        horizons.append(h);
    json.insert(QStringLiteral("modeldeck_model"), 1);
    json.insert(QStringLiteral("format"), toString(m.format));
    json.insert(QStringLiteral("model_type"), m.bot);
    json.insert(QStringLiteral("horizons"), horizons);
    if (m.format == RegisteredModel::Format::ModelDeck)
        json.insert(QStringLiteral("model_config"), m.modelConfig);
    json.insert(QStringLiteral("intervals"), m.intervals);
    json.insert(QStringLiteral("metrics"), m.metrics);
    json.insert(QStringLiteral("symbol"), m.symbol);
    json.insert(QStringLiteral("timeframe"), m.timeframe);
    json.insert(QStringLiteral("name"), m.name);
    json.insert(QStringLiteral("version"), m.version);
    json.insert(QStringLiteral("description"), m.description);
    json.insert(QStringLiteral("tags"), QJsonArray::fromStringList(m.tags));
    json.insert(QStringLiteral("sha256"), m.fileSha256);
    json.insert(QStringLiteral("exported_at"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return json;
}

} // namespace modeldeck
