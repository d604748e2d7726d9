#include "ModelConfig.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <algorithm>
#include <array>
#include <cmath>
#include <variant>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::ModelConfig)
};

// One table drives parsing, validation and toJson, so the JSON keys cannot drift apart.
struct IntField
{
    int ModelConfig::*member;
    int min;
    int max;
};
struct RealField
{
    double ModelConfig::*member;
    double min;
    double max;
    bool minExclusive; // learning_rate: 0 would never train
};
struct ChoiceField
{
    QString ModelConfig::*member;
    std::array<const char16_t *, 2> choices;
};
// quint64 does not fit a JSON double exactly: numbers up to 2^53, larger seeds as a string.
struct SeedField
{
};
using Field = std::variant<IntField, RealField, ChoiceField, SeedField>;

struct KeyedField
{
    const char *key;
    Field field;
};

const std::array<KeyedField, 20> &fields()
{
    static const std::array<KeyedField, 20> table = { {
        { "hidden_size", IntField { &ModelConfig::hiddenSize, 1, 4096 } },
        { "layers", IntField { &ModelConfig::layers, 1, 16 } },
        { "dropout", RealField { &ModelConfig::dropout, 0.0, 0.9, false } },
        { "heads", IntField { &ModelConfig::heads, 1, 64 } },
        { "lookback", IntField { &ModelConfig::lookback, 1, 4096 } },
        { "learning_rate", RealField { &ModelConfig::learningRate, 0.0, 1.0, true } },
        { "batch_size", IntField { &ModelConfig::batchSize, 1, 65536 } },
        { "epochs", IntField { &ModelConfig::epochs, 1, 100000 } },
        { "weight_decay", RealField { &ModelConfig::weightDecay, 0.0, 1.0, false } },
        { "seed", SeedField {} },
        { "optimizer", ChoiceField { &ModelConfig::optimizer, { u"adam", u"adamw" } } },
        { "loss", ChoiceField { &ModelConfig::loss, { u"mse", u"huber" } } },
        { "grad_clip", RealField { &ModelConfig::gradClip, 0.0, 1000.0, false } },
        { "patience", IntField { &ModelConfig::patience, 1, 100000 } },
        { "lr_patience", IntField { &ModelConfig::lrPatience, 1, 100000 } },
        { "trees", IntField { &ModelConfig::trees, 1, 10000 } },
        { "max_depth", IntField { &ModelConfig::maxDepth, 1, 32 } },
        { "subsample", RealField { &ModelConfig::subsample, 0.0, 1.0, true } },
        { "colsample", RealField { &ModelConfig::colsample, 0.0, 1.0, true } },
        { "min_child_weight", RealField { &ModelConfig::minChildWeight, 0.0, 1e6, false } },
    } };
    return table;
}

constexpr double kMaxExactJsonInteger = 9007199254740992.0; // 2^53

QString validKeys()
{
    return (QStringList { QStringLiteral("bot") } + ModelConfig::keys()).join(QStringLiteral(", "));
}

template<typename... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
// Clang 14 (the fuzz build's compiler) has no aggregate deduction yet.
template<typename... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

// Applies one JSON value to `config`; returns an empty QString on success, else the message.
QString apply(ModelConfig &config, const QString &key, const Field &field, const QJsonValue &value)
{
    return std::visit(
        Overloaded {
            [&](const IntField &f) -> QString {
                const QString range = Tr::tr("%1 must be a whole number from %2 to %3.")
                                          .arg(key)
                                          .arg(f.min)
                                          .arg(f.max);
                if (!value.isDouble())
                    return range;
                const double v = value.toDouble();
                if (v != std::floor(v) || v < f.min || v > f.max)
                    return range + QLatin1Char(' ') + Tr::tr("Got %1.").arg(v, 0, 'g', 17);
                config.*f.member = static_cast<int>(v);
                return {};
            },
            [&](const RealField &f) -> QString {
                if (!value.isDouble())
                    return Tr::tr("%1 must be a number.").arg(key);
                const double v = value.toDouble();
                const bool aboveMin = f.minExclusive ? v > f.min : v >= f.min;
                if (!(aboveMin && v <= f.max)) { // written so that NaN fails too
                    const QString range = f.minExclusive
                        ? Tr::tr("%1 must be greater than %2 and at most %3; got %4.")
                        : Tr::tr("%1 must be from %2 to %3; got %4.");
                    return range.arg(key).arg(f.min).arg(f.max).arg(v, 0, 'g', 17);
                }
                config.*f.member = v;
                return {};
            },
            [&](const ChoiceField &f) -> QString {
                const QString a = QString::fromUtf16(f.choices[0]);
                const QString b = QString::fromUtf16(f.choices[1]);
                if (!value.isString())
                    return Tr::tr("%1 must be a string: “%2” or “%3”.").arg(key, a, b);
                const QString v = value.toString();
                if (v != a && v != b)
                    return Tr::tr("%1 must be “%2” or “%3”, not “%4”.").arg(key, a, b, v);
                config.*f.member = v;
                return {};
            },
            [&](const SeedField &) -> QString {
                const QString range
                    = Tr::tr("%1 must be a whole number from 0 to 18446744073709551615 "
                             "(as a string above 9007199254740992).")
                          .arg(key);
                if (value.isString()) {
                    // Digits only: toULongLong alone would accept signs and surrounding spaces.
                    const QString text = value.toString();
                    const bool digits = !text.isEmpty()
                        && std::all_of(text.begin(), text.end(),
                                       [](QChar c) { return c >= u'0' && c <= u'9'; });
                    bool ok = false;
                    const quint64 v = digits ? text.toULongLong(&ok) : 0;
                    if (!ok)
                        return range;
                    config.seed = v;
                    return {};
                }
                if (!value.isDouble())
                    return range;
                const double v = value.toDouble();
                if (v != std::floor(v) || v < 0 || v > kMaxExactJsonInteger)
                    return range;
                config.seed = static_cast<quint64>(v);
                return {};
            },
        },
        field);
}

} // namespace

QStringList ModelConfig::bots()
{
    return { QStringLiteral("lstm_bot"),        QStringLiteral("gru_bot"),
             QStringLiteral("transformer_bot"), QStringLiteral("mlp_bot"),
             QStringLiteral("linear_bot"),      QStringLiteral("forest_bot"),
             QStringLiteral("gbm_bot"),         QStringLiteral("naive") };
}

QStringList ModelConfig::keys()
{
    QStringList keys;
    for (const KeyedField &f : fields())
        keys << QString::fromLatin1(f.key);
    return keys;
}

bool ModelConfig::isSequenceModel(const QString &bot)
{
    return bot == u"lstm_bot" || bot == u"gru_bot" || bot == u"transformer_bot";
}

bool ModelConfig::usesKey(const QString &bot, const QString &key)
{
    static const QStringList treeOnly { QStringLiteral("trees"), QStringLiteral("max_depth"),
                                        QStringLiteral("subsample"), QStringLiteral("colsample"),
                                        QStringLiteral("min_child_weight") };
    static const QStringList forTrees {
        QStringLiteral("lookback"),        QStringLiteral("seed"),      QStringLiteral("loss"),
        QStringLiteral("max_depth"),       QStringLiteral("subsample"), QStringLiteral("colsample"),
        QStringLiteral("min_child_weight")
    };
    if (bot == u"forest_bot")
        return forTrees.contains(key) || key == u"trees";
    if (bot == u"gbm_bot") {
        return forTrees.contains(key) || key == u"learning_rate" || key == u"epochs"
            || key == u"patience";
    }
    if (key == u"heads")
        return bot == u"transformer_bot";
    return !treeOnly.contains(key);
}

bool ModelConfig::isTreeModel(const QString &bot)
{
    return bot == u"forest_bot" || bot == u"gbm_bot";
}

QString ModelConfig::fileSuffix(const QString &bot)
{
    return isTreeModel(bot) ? QStringLiteral("ubj") : QStringLiteral("pt");
}

bool ModelConfig::hasModelFileSuffix(const QString &path)
{
    return path.endsWith(QLatin1StringView(".pt")) || path.endsWith(QLatin1StringView(".ubj"));
}

ModelConfig ModelConfig::defaults(const QString &bot)
{
    // The struct's member defaults suit the recurrent bots; the others differ where their
    // architecture does.
    ModelConfig c;
    c.bot = bot;
    if (bot == u"transformer_bot") {
        // Attention is sensitive to large steps early on (no warm-up schedule here).
        c.hiddenSize = 64;
        c.heads = 4;
        c.layers = 2;
        c.learningRate = 5e-4;
    } else if (bot == u"mlp_bot") {
        // The flattened window (lookback × features inputs) needs a wider first layer. A short
        // window: the scale-free features already span 1 to 50 bars, and a 32-bar window gave
        // the flat models hundreds of inputs to overfit (forecast_quality: skill vs naive on
        // AR(1) returns 0.049 with 4 bars against 0.020 with 32).
        c.hiddenSize = 128;
        c.lookback = 4;
    } else if (bot == u"linear_bot") {
        // A convex problem with one layer: larger steps are safe, dropout only adds noise.
        // Short window as for mlp_bot (AR(1) returns: skill 0.036 with 4 bars, −0.074 with 32).
        c.learningRate = 1e-2;
        c.layers = 1;
        c.dropout = 0.0;
        c.lookback = 4;
    } else if (bot == u"forest_bot") {
        // XGBoost's random-forest recipe: many deep trees in one round, each on a subsample of
        // rows and of columns per split. Noisy returns need big leaves (min_child_weight).
        c.trees = 200;
        c.maxDepth = 8;
        c.subsample = 0.8;
        c.colsample = 0.6;
        c.minChildWeight = 10;
        c.learningRate = 1.0;
        c.epochs = 1;
        c.dropout = 0.0;
        c.lookback = 4;
    } else if (bot == u"gbm_bot") {
        // Shallow trees, small steps and early stopping on the validation split: boosting
        // otherwise fits the noise of daily returns within a few dozen rounds.
        c.maxDepth = 4;
        c.subsample = 0.8;
        c.colsample = 0.8;
        c.minChildWeight = 10;
        c.learningRate = 0.05;
        c.epochs = 500;
        c.patience = 30;
        c.dropout = 0.0;
        c.lookback = 4;
    } else if (bot == u"naive") {
        // Persistence has nothing to train; one "epoch" keeps the value valid for the trainer.
        c.epochs = 1;
        c.dropout = 0.0;
    }
    return c;
}

Result<ModelConfig> ModelConfig::fromJson(const QString &bot, const QJsonObject &json)
{
    if (!bots().contains(bot)) {
        return Error { Tr::tr("Unknown bot “%1”; known bots are: %2.")
                           .arg(bot, bots().join(QStringLiteral(", "))) };
    }
    ModelConfig config = defaults(bot);
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (key == u"bot") {
            // toJson writes the bot too, so a saved config must read back; it may not contradict.
            if (!it.value().isString() || it.value().toString() != bot) {
                return Error {
                    Tr::tr("bot in the hyperparameters (%1) does not match the selected bot “%2”.")
                        .arg(it.value().isString() ? it.value().toString() : Tr::tr("not a string"),
                             bot)
                };
            }
            continue;
        }
        const auto field = std::find_if(fields().begin(), fields().end(), [&](const KeyedField &f) {
            return key == QLatin1String(f.key);
        });
        if (field == fields().end()) {
            return Error {
                Tr::tr("Unknown hyperparameter “%1”; valid keys are: %2.").arg(key, validKeys())
            };
        }
        const QString message = apply(config, key, field->field, it.value());
        if (!message.isEmpty())
            return Error { message };
    }
    if (bot == u"transformer_bot" && config.hiddenSize % config.heads != 0) {
        return Error {
            Tr::tr(
                "heads (%1) must divide hidden_size (%2) for the transformer: each attention head "
                "gets hidden_size / heads dimensions.")
                .arg(config.heads)
                .arg(config.hiddenSize)
        };
    }
    return config;
}

QJsonObject ModelConfig::toJson() const
{
    QJsonObject json { { QStringLiteral("bot"), bot } };
    for (const KeyedField &f : fields()) {
        const QString key = QString::fromLatin1(f.key);
        std::visit(Overloaded {
                       [&](const IntField &i) { json.insert(key, this->*i.member); },
                       [&](const RealField &r) { json.insert(key, this->*r.member); },
                       [&](const ChoiceField &c) { json.insert(key, this->*c.member); },
                       [&](const SeedField &) {
                           if (static_cast<double>(seed) <= kMaxExactJsonInteger)
                               json.insert(key, static_cast<double>(seed));
                           else
                               json.insert(key, QString::number(seed));
                       },
                   },
                   f.field);
    }
    return json;
}

} // namespace modeldeck
