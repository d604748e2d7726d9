// Tests for the forecasting networks and their hyperparameters: shapes, seeded reproducibility,
// parameter counts, the ability to fit a tiny batch, serialisation through memory, and every
// ModelConfig validation error.

#include "models/Forecaster.h"
#include "models/ModelConfig.h"
#include "training/TorchRuntime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <sstream>

using namespace modeldeck;

namespace {

constexpr int kBatch = 3;
constexpr int kLookback = 8;
constexpr int kFeatures = 5;

// Small sizes keep the whole suite to a few seconds on two cores.
ModelConfig smallConfig(const QString &bot, quint64 seed = 42)
{
    ModelConfig c = ModelConfig::defaults(bot);
    c.lookback = kLookback;
    c.hiddenSize = 16;
    c.heads = 2;
    c.seed = seed;
    return c;
}

std::shared_ptr<ForecasterImpl> create(const ModelConfig &config)
{
    auto result = createForecaster(config, kFeatures);
    if (!result) {
        qWarning("%s", qPrintable(result.error().message));
        return nullptr;
    }
    return *result;
}

torch::Tensor windows(int batch, uint64_t seed)
{
    torch::manual_seed(seed);
    return torch::randn({ batch, kLookback, kFeatures });
}

torch::Tensor evalOutput(ForecasterImpl &model, const torch::Tensor &input)
{
    model.eval();
    torch::NoGradGuard noGrad;
    return model.forward(input);
}

bool sameParameters(ForecasterImpl &a, ForecasterImpl &b)
{
    const auto pa = a.named_parameters();
    const auto pb = b.named_parameters();
    if (pa.size() != pb.size())
        return false;
    for (const auto &item : pa) {
        if (!torch::equal(item.value(), pb[item.key()]))
            return false;
    }
    return true;
}

int64_t parameterCount(ForecasterImpl &model)
{
    int64_t n = 0;
    for (const auto &p : model.parameters())
        n += p.numel();
    return n;
}

QString errorText(const Result<ModelConfig> &result)
{
    return result.ok() ? QStringLiteral("(no error)") : result.error().message;
}

void addNetworkRows()
{
    QTest::addColumn<QString>("bot");
    for (const QString &bot : ModelConfig::bots()) {
        if (bot != u"naive" && !ModelConfig::isTreeModel(bot))
            QTest::newRow(qPrintable(bot)) << bot;
    }
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TorchRuntime::initialize(1); }

    void forwardShape_data() { addNetworkRows(); }
    void forwardShape()
    {
        QFETCH(QString, bot);
        auto model = create(smallConfig(bot));
        QVERIFY(model);
        model->train();
        const torch::Tensor out = model->forward(windows(kBatch, 1));
        QCOMPARE(out.sizes().vec(), std::vector<int64_t> { kBatch });
        QCOMPARE(out.scalar_type(), torch::kFloat);
        // A batch of one must keep its batch dimension.
        QCOMPARE(evalOutput(*model, windows(1, 2)).sizes().vec(), std::vector<int64_t> { 1 });
    }

    void wrongWindowShapeThrows_data() { addNetworkRows(); }
    void wrongWindowShapeThrows()
    {
        QFETCH(QString, bot);
        auto model = create(smallConfig(bot));
        QVERIFY(model);
        QVERIFY_THROWS_EXCEPTION(
            c10::Error, model->forward(torch::randn({ kBatch, kLookback, kFeatures + 1 })));
    }

    void determinism_data() { addNetworkRows(); }
    void determinism()
    {
        QFETCH(QString, bot);
        auto a = create(smallConfig(bot, 7));
        auto b = create(smallConfig(bot, 7));
        auto c = create(smallConfig(bot, 8));
        QVERIFY(a && b && c);
        QVERIFY(sameParameters(*a, *b));
        QVERIFY(!sameParameters(*a, *c));
        const torch::Tensor input = windows(kBatch, 3);
        QVERIFY(torch::equal(evalOutput(*a, input), evalOutput(*b, input)));
        QVERIFY(!torch::equal(evalOutput(*a, input), evalOutput(*c, input)));
    }

    void parameterCounts_data() { addNetworkRows(); }
    void parameterCounts()
    {
        QFETCH(QString, bot);
        auto model = create(smallConfig(bot));
        QVERIFY(model);
        const int64_t count = parameterCount(*model);
        QVERIFY(count > 0);
        if (bot == u"linear_bot")
            QCOMPARE(count, int64_t { kLookback * kFeatures + 1 });
    }

    // Capacity and gradient flow: every network (two layers where it has layers) must memorise 16
    // random windows. 120 steps reach a ratio near 1e-5 here, far below the 0.1 asked for.
    void overfitsTinyBatch_data()
    {
        QTest::addColumn<QString>("bot");
        QTest::addColumn<double>("learningRate");
        QTest::newRow("lstm_bot") << QStringLiteral("lstm_bot") << 1e-2;
        QTest::newRow("gru_bot") << QStringLiteral("gru_bot") << 1e-2;
        QTest::newRow("transformer_bot") << QStringLiteral("transformer_bot") << 3e-3;
        QTest::newRow("mlp_bot") << QStringLiteral("mlp_bot") << 1e-2;
        QTest::newRow("linear_bot") << QStringLiteral("linear_bot") << 3e-2;
    }
    void overfitsTinyBatch()
    {
        QFETCH(QString, bot);
        QFETCH(double, learningRate);
        ModelConfig config = smallConfig(bot);
        config.dropout = 0.0; // dropout would keep the fit from converging
        auto model = create(config);
        QVERIFY(model);
        const torch::Tensor input = windows(16, 11);
        const torch::Tensor target = torch::randn({ 16 });

        const double before = torch::mse_loss(evalOutput(*model, input), target).item<double>();
        torch::optim::Adam optimizer(model->parameters(), torch::optim::AdamOptions(learningRate));
        model->train();
        for (int step = 0; step < 120; ++step) {
            optimizer.zero_grad();
            torch::Tensor loss = torch::mse_loss(model->forward(input), target);
            loss.backward();
            optimizer.step();
        }
        const double after = torch::mse_loss(evalOutput(*model, input), target).item<double>();
        QVERIFY2(after < 0.1 * before,
                 qPrintable(QStringLiteral("MSE %1 -> %2").arg(before).arg(after)));
    }

    // The model file is written with torch::save into memory; loading must restore the outputs.
    void saveLoadThroughMemory_data() { addNetworkRows(); }
    void saveLoadThroughMemory()
    {
        QFETCH(QString, bot);
        auto original = create(smallConfig(bot, 1));
        auto restored = create(smallConfig(bot, 2));
        QVERIFY(original && restored);
        const torch::Tensor input = windows(kBatch, 5);
        QVERIFY(!torch::equal(evalOutput(*original, input), evalOutput(*restored, input)));

        std::stringstream stream;
        torch::save(original, stream);
        QVERIFY(stream.tellp() > 0);
        torch::load(restored, stream);
        QVERIFY(sameParameters(*original, *restored));
        QVERIFY(torch::equal(evalOutput(*original, input), evalOutput(*restored, input)));
    }

    void createForecasterErrors()
    {
        auto naive = createForecaster(ModelConfig::defaults(QStringLiteral("naive")), kFeatures);
        QVERIFY(!naive);
        QVERIFY2(naive.error().message.contains(QStringLiteral("naive")),
                 qPrintable(naive.error().message));

        // Tree ensembles are XGBoost models, trained by TreeTrainer: no torch module.
        auto forest
            = createForecaster(ModelConfig::defaults(QStringLiteral("forest_bot")), kFeatures);
        QVERIFY(!forest);
        QVERIFY2(forest.error().message.contains(QStringLiteral("forest_bot")),
                 qPrintable(forest.error().message));

        auto noFeatures = createForecaster(smallConfig(QStringLiteral("lstm_bot")), 0);
        QVERIFY(!noFeatures);

        ModelConfig unknown = smallConfig(QStringLiteral("lstm_bot"));
        unknown.bot = QStringLiteral("cnn_bot");
        auto unknownBot = createForecaster(unknown, kFeatures);
        QVERIFY(!unknownBot);
        QVERIFY(unknownBot.error().message.contains(QStringLiteral("cnn_bot")));

        // Configs built in code get the same validation as JSON ones.
        ModelConfig badHeads = smallConfig(QStringLiteral("transformer_bot"));
        badHeads.heads = 3;
        auto heads = createForecaster(badHeads, kFeatures);
        QVERIFY(!heads);
        QVERIFY2(heads.error().message.contains(QStringLiteral("heads")),
                 qPrintable(heads.error().message));
    }

    void botsAndSequenceModels()
    {
        QCOMPARE(ModelConfig::bots(),
                 (QStringList { QStringLiteral("lstm_bot"), QStringLiteral("gru_bot"),
                                QStringLiteral("transformer_bot"), QStringLiteral("mlp_bot"),
                                QStringLiteral("linear_bot"), QStringLiteral("forest_bot"),
                                QStringLiteral("gbm_bot"), QStringLiteral("naive") }));
        QVERIFY(ModelConfig::isSequenceModel(QStringLiteral("lstm_bot")));
        QVERIFY(ModelConfig::isSequenceModel(QStringLiteral("gru_bot")));
        QVERIFY(ModelConfig::isSequenceModel(QStringLiteral("transformer_bot")));
        QVERIFY(!ModelConfig::isSequenceModel(QStringLiteral("mlp_bot")));
        QVERIFY(!ModelConfig::isSequenceModel(QStringLiteral("linear_bot")));
        QVERIFY(!ModelConfig::isSequenceModel(QStringLiteral("naive")));
        QVERIFY(ModelConfig::isTreeModel(QStringLiteral("forest_bot")));
        QVERIFY(ModelConfig::isTreeModel(QStringLiteral("gbm_bot")));
        QVERIFY(!ModelConfig::isTreeModel(QStringLiteral("linear_bot")));
        QCOMPARE(ModelConfig::fileSuffix(QStringLiteral("gbm_bot")), QStringLiteral("ubj"));
        QCOMPARE(ModelConfig::fileSuffix(QStringLiteral("lstm_bot")), QStringLiteral("pt"));
    }

    void defaults()
    {
        const ModelConfig transformer = ModelConfig::defaults(QStringLiteral("transformer_bot"));
        QCOMPARE(transformer.bot, QStringLiteral("transformer_bot"));
        QCOMPARE(transformer.hiddenSize, 64);
        QCOMPARE(transformer.heads, 4);
        QCOMPARE(transformer.layers, 2);
        QCOMPARE(transformer.learningRate, 5e-4);
        QCOMPARE(ModelConfig::defaults(QStringLiteral("mlp_bot")).hiddenSize, 128);
        QCOMPARE(ModelConfig::defaults(QStringLiteral("linear_bot")).learningRate, 1e-2);
        QCOMPARE(ModelConfig::defaults(QStringLiteral("lstm_bot")).learningRate, 1e-3);
        QCOMPARE(ModelConfig::defaults(QStringLiteral("forest_bot")).trees, 200);
        QCOMPARE(ModelConfig::defaults(QStringLiteral("gbm_bot")).trees, 1);
        QCOMPARE(ModelConfig::defaults(QStringLiteral("gbm_bot")).epochs, 500);
        // Every bot's defaults pass its own validation, and an empty object means "defaults".
        for (const QString &bot : ModelConfig::bots()) {
            const auto parsed = ModelConfig::fromJson(bot, {});
            QVERIFY2(parsed.ok(), qPrintable(errorText(parsed)));
            QCOMPARE(parsed->toJson(), ModelConfig::defaults(bot).toJson());
        }
    }

    void roundTrip_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::newRow("small seed") << quint64 { 123 };
        QTest::newRow("2^53") << quint64 { 9007199254740992ULL };
        QTest::newRow("above 2^53") << quint64 { 18446744073709551615ULL };
    }
    void roundTrip()
    {
        QFETCH(quint64, seed);
        ModelConfig c = ModelConfig::defaults(QStringLiteral("transformer_bot"));
        c.hiddenSize = 96;
        c.layers = 3;
        c.dropout = 0.25;
        c.heads = 8;
        c.lookback = 48;
        c.learningRate = 2.5e-4;
        c.batchSize = 128;
        c.epochs = 75;
        c.weightDecay = 0.01;
        c.seed = seed;
        c.optimizer = QStringLiteral("adamw");
        c.loss = QStringLiteral("huber");
        c.gradClip = 0.0;
        c.patience = 12;
        c.lrPatience = 3;

        const QJsonObject json = c.toJson();
        QCOMPARE(json.value(QStringLiteral("bot")).toString(), QStringLiteral("transformer_bot"));
        QCOMPARE(json.value(QStringLiteral("learning_rate")).toDouble(), 2.5e-4);
        // Through text too, as the database and the CLI store it.
        const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        const auto back = ModelConfig::fromJson(c.bot, reparsed);
        QVERIFY2(back.ok(), qPrintable(errorText(back)));
        QCOMPARE(back->toJson(), json);
        QCOMPARE(back->seed, seed);
        QCOMPARE(back->hiddenSize, 96);
        QCOMPARE(back->heads, 8);
        QCOMPARE(back->dropout, 0.25);
        QCOMPARE(back->optimizer, QStringLiteral("adamw"));
        QCOMPARE(back->loss, QStringLiteral("huber"));
        QCOMPARE(back->gradClip, 0.0);
        QCOMPARE(back->lrPatience, 3);
    }

    void headsOnlyMatterForTheTransformer()
    {
        const QJsonObject json { { QStringLiteral("hidden_size"), 30 },
                                 { QStringLiteral("heads"), 4 } };
        const auto lstm = ModelConfig::fromJson(QStringLiteral("lstm_bot"), json);
        QVERIFY2(lstm.ok(), qPrintable(errorText(lstm)));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("bot");
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QStringList>("mentions");
        const QString lstm = QStringLiteral("lstm_bot");
        const auto obj = [](const char *key, const QJsonValue &value) {
            return QJsonObject { { QString::fromLatin1(key), value } };
        };
        const auto words = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *w : list)
                out << QString::fromLatin1(w);
            return out;
        };

        QTest::newRow("unknown bot")
            << QStringLiteral("cnn_bot") << QJsonObject {}
            << words({ "cnn_bot", "lstm_bot", "transformer_bot", "naive" });
        QTest::newRow("unknown key") << lstm << obj("hiden_size", 8)
                                     << words({ "hiden_size", "hidden_size", "lr_patience" });
        QTest::newRow("bot mismatch")
            << lstm << obj("bot", QStringLiteral("gru_bot")) << words({ "bot", "gru_bot" });

        QTest::newRow("learning_rate string") << lstm << obj("learning_rate", QStringLiteral("0.1"))
                                              << words({ "learning_rate", "number" });
        QTest::newRow("layers string")
            << lstm << obj("layers", QStringLiteral("2")) << words({ "layers" });
        QTest::newRow("dropout bool")
            << lstm << obj("dropout", true) << words({ "dropout", "number" });
        QTest::newRow("optimizer number")
            << lstm << obj("optimizer", 1) << words({ "optimizer", "adam" });
        QTest::newRow("seed array") << lstm << obj("seed", QJsonArray { 1 }) << words({ "seed" });
        QTest::newRow("hidden_size null")
            << lstm << obj("hidden_size", QJsonValue()) << words({ "hidden_size" });

        QTest::newRow("layers fraction")
            << lstm << obj("layers", 2.5) << words({ "layers", "whole number", "2.5" });
        QTest::newRow("seed fraction")
            << lstm << obj("seed", 1.5) << words({ "seed", "whole number" });
        QTest::newRow("seed negative") << lstm << obj("seed", -1) << words({ "seed" });
        QTest::newRow("seed string signed")
            << lstm << obj("seed", QStringLiteral("+12")) << words({ "seed" });
        QTest::newRow("seed string too big")
            << lstm << obj("seed", QStringLiteral("18446744073709551616")) << words({ "seed" });
        QTest::newRow("seed string junk")
            << lstm << obj("seed", QStringLiteral("12a")) << words({ "seed" });

        QTest::newRow("hidden_size 0")
            << lstm << obj("hidden_size", 0) << words({ "hidden_size", "1", "4096" });
        QTest::newRow("hidden_size 4097")
            << lstm << obj("hidden_size", 4097) << words({ "hidden_size", "4096" });
        QTest::newRow("layers 17") << lstm << obj("layers", 17) << words({ "layers", "16" });
        QTest::newRow("dropout 0.95")
            << lstm << obj("dropout", 0.95) << words({ "dropout", "0.9" });
        QTest::newRow("dropout negative")
            << lstm << obj("dropout", -0.1) << words({ "dropout", "0.9" });
        QTest::newRow("heads 65") << lstm << obj("heads", 65) << words({ "heads", "64" });
        QTest::newRow("lookback 0") << lstm << obj("lookback", 0) << words({ "lookback", "4096" });
        QTest::newRow("learning_rate 0")
            << lstm << obj("learning_rate", 0) << words({ "learning_rate", "greater than 0" });
        QTest::newRow("learning_rate 1.5")
            << lstm << obj("learning_rate", 1.5) << words({ "learning_rate", "1.5" });
        QTest::newRow("batch_size 0")
            << lstm << obj("batch_size", 0) << words({ "batch_size", "65536" });
        QTest::newRow("epochs 0") << lstm << obj("epochs", 0) << words({ "epochs", "100000" });
        QTest::newRow("weight_decay 2")
            << lstm << obj("weight_decay", 2) << words({ "weight_decay" });
        QTest::newRow("optimizer sgd") << lstm << obj("optimizer", QStringLiteral("sgd"))
                                       << words({ "optimizer", "sgd", "adamw" });
        QTest::newRow("loss mae") << lstm << obj("loss", QStringLiteral("mae"))
                                  << words({ "loss", "mae", "huber" });
        QTest::newRow("grad_clip negative")
            << lstm << obj("grad_clip", -1) << words({ "grad_clip" });
        QTest::newRow("patience 0") << lstm << obj("patience", 0) << words({ "patience" });
        QTest::newRow("lr_patience 0") << lstm << obj("lr_patience", 0) << words({ "lr_patience" });
        QTest::newRow("heads not dividing")
            << QStringLiteral("transformer_bot")
            << QJsonObject { { QStringLiteral("hidden_size"), 30 }, { QStringLiteral("heads"), 4 } }
            << words({ "heads", "hidden_size", "30", "4" });
        QTest::newRow("default heads not dividing")
            << QStringLiteral("transformer_bot") << obj("hidden_size", 66)
            << words({ "heads", "hidden_size" });
    }
    void errors()
    {
        QFETCH(QString, bot);
        QFETCH(QJsonObject, json);
        QFETCH(QStringList, mentions);
        const auto result = ModelConfig::fromJson(bot, json);
        QVERIFY(!result.ok());
        for (const QString &word : mentions)
            QVERIFY2(result.error().message.contains(word),
                     qPrintable(result.error().message + QStringLiteral(" lacks ") + word));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
