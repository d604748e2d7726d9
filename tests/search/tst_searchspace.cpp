// Tests for SearchSpace: the JSON format and its round trip, every hostile input refused with an
// error naming the key, the default spaces of every bot (each grid point and many random points
// valid for TrainingSettings::fromParams), grid spacing, de-duplication, order and the cap.

#include "features/FeatureConfig.h"
#include "models/ModelConfig.h"
#include "search/RandomSampler.h"
#include "search/SearchSpace.h"
#include "training/TrainingSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>
#include <limits>
#include <set>

using namespace modeldeck;

namespace {

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json);
    return document.object();
}

const char *const kExample = R"({
    "learning_rate": {"type": "real", "low": 1e-4, "high": 1e-2, "log": true},
    "hidden_size": {"type": "int", "low": 16, "high": 128, "log": true},
    "loss": {"type": "choice", "values": ["mse", "huber"]}})";

QStringList hyperparameterKeys()
{
    return ModelConfig::keys() + FeatureConfig::hyperparameterKeys();
}

std::vector<double> numbers(const std::vector<QJsonValue> &axis)
{
    std::vector<double> values;
    for (const QJsonValue &v : axis)
        values.push_back(v.toDouble());
    return values;
}

QString errorOf(const Result<SearchSpace> &result)
{
    return result.ok() ? QStringLiteral("(no error)") : result.error().message;
}

} // namespace

class TestSearchSpace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesExample()
    {
        const auto space = SearchSpace::fromJson(object(kExample), hyperparameterKeys());
        QVERIFY2(space.ok(), qPrintable(errorOf(space)));
        QCOMPARE(space->size(), 3);
        // Ordered by key, as QJsonObject is.
        QCOMPARE(space->dimensions()[0].key, QStringLiteral("hidden_size"));
        QCOMPARE(space->dimensions()[1].key, QStringLiteral("learning_rate"));
        QCOMPARE(space->dimensions()[2].key, QStringLiteral("loss"));
        const SearchDimension *hidden = space->dimension(QStringLiteral("hidden_size"));
        QVERIFY(hidden);
        QCOMPARE(hidden->kind, SearchDimension::Kind::Int);
        QCOMPARE(hidden->low, 16.0);
        QCOMPARE(hidden->high, 128.0);
        QVERIFY(hidden->log);
        const SearchDimension *rate = space->dimension(QStringLiteral("learning_rate"));
        QCOMPARE(rate->kind, SearchDimension::Kind::Real);
        QCOMPARE(rate->low, 1e-4);
        const SearchDimension *loss = space->dimension(QStringLiteral("loss"));
        QCOMPARE(loss->kind, SearchDimension::Kind::Choice);
        QCOMPARE(loss->choices.size(), size_t(2));
        QVERIFY(!space->dimension(QStringLiteral("dropout")));
        QVERIFY(SearchSpace::fromJson({})->isEmpty());
    }

    void hostileInputNamesTheKey_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("key");
        const auto row = [](const char *name, const char *json, const char *key) {
            QTest::newRow(name) << object(json) << QString::fromUtf8(key);
        };
        row("not an object", R"({"dropout": 0.5})", "dropout");
        row("array entry", R"({"dropout": [0, 0.5]})", "dropout");
        row("no type", R"({"dropout": {"low": 0, "high": 0.5}})", "dropout");
        row("type not a string", R"({"dropout": {"type": 1, "low": 0, "high": 0.5}})", "dropout");
        row("unknown type", R"({"dropout": {"type": "float", "low": 0, "high": 0.5}})", "dropout");
        row("unknown field", R"({"dropout": {"type": "real", "low": 0, "hgih": 0.5}})", "dropout");
        row("missing low", R"({"layers": {"type": "int", "high": 3}})", "layers");
        row("missing high", R"({"dropout": {"type": "real", "low": 0}})", "dropout");
        row("low a string", R"({"dropout": {"type": "real", "low": "0", "high": 0.5}})", "dropout");
        row("low null", R"({"dropout": {"type": "real", "low": null, "high": 0.5}})", "dropout");
        row("low above high", R"({"dropout": {"type": "real", "low": 0.5, "high": 0.1}})",
            "dropout");
        row("real low equals high", R"({"dropout": {"type": "real", "low": 0.5, "high": 0.5}})",
            "dropout");
        row("int low above high", R"({"layers": {"type": "int", "low": 4, "high": 2}})", "layers");
        row("int not whole", R"({"layers": {"type": "int", "low": 1.5, "high": 3}})", "layers");
        row("int too large", R"({"epochs": {"type": "int", "low": 1, "high": 1e12}})", "epochs");
        row("log not a bool", R"({"learning_rate": {"type": "real", "low": 1e-4, "high": 1e-2,
            "log": "yes"}})",
            "learning_rate");
        row("log with zero low", R"({"weight_decay": {"type": "real", "low": 0, "high": 0.1,
            "log": true}})",
            "weight_decay");
        row("log with negative low", R"({"learning_rate": {"type": "real", "low": -1, "high": 1,
            "log": true}})",
            "learning_rate");
        row("int log with zero low", R"({"lookback": {"type": "int", "low": 0, "high": 64,
            "log": true}})",
            "lookback");
        row("too wide", R"({"dropout": {"type": "real", "low": -1e308, "high": 1e308}})",
            "dropout");
        row("choice without values", R"({"loss": {"type": "choice"}})", "loss");
        row("choice values not an array", R"({"loss": {"type": "choice", "values": "mse"}})",
            "loss");
        row("empty choice", R"({"loss": {"type": "choice", "values": []}})", "loss");
        row("choice of null", R"({"loss": {"type": "choice", "values": ["mse", null]}})", "loss");
        row("choice of an object", R"({"loss": {"type": "choice", "values": [{"a": 1}]}})", "loss");
        row("choice of an array", R"({"loss": {"type": "choice", "values": [["mse"]]}})", "loss");
        row("repeated choice", R"({"loss": {"type": "choice", "values": ["mse", "huber", "mse"]}})",
            "loss");
        row("repeated number", R"({"hidden_size": {"type": "choice", "values": [32, 32.0]}})",
            "hidden_size");
        row("choice with low", R"({"loss": {"type": "choice", "values": ["mse"], "low": 0}})",
            "loss");
        row("not a hyperparameter", R"({"colour": {"type": "choice", "values": ["red"]}})",
            "colour");
        row("second entry bad", R"({"dropout": {"type": "real", "low": 0, "high": 0.5},
            "layers": {"type": "int", "low": 3, "high": 1}})",
            "layers");

        QJsonArray many;
        for (int i = 0; i <= SearchSpace::kMaxChoices; ++i)
            many.append(i);
        QTest::newRow("too many choices")
            << QJsonObject { { QStringLiteral("hidden_size"),
                               QJsonObject { { QStringLiteral("type"), QStringLiteral("choice") },
                                             { QStringLiteral("values"), many } } } }
            << QStringLiteral("hidden_size");
        // Text JSON cannot hold NaN or infinity, but an object built in code can.
        for (double bad : { std::nan(""), std::numeric_limits<double>::infinity() }) {
            QTest::newRow(qPrintable(QStringLiteral("bound %1").arg(bad)))
                << QJsonObject { { QStringLiteral("dropout"),
                                   QJsonObject { { QStringLiteral("type"), QStringLiteral("real") },
                                                 { QStringLiteral("low"), 0 },
                                                 { QStringLiteral("high"), bad } } } }
                << QStringLiteral("dropout");
        }
    }

    void hostileInputNamesTheKey()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, key);
        const auto space = SearchSpace::fromJson(json, hyperparameterKeys());
        QVERIFY(!space.ok());
        QVERIFY2(space.error().message.contains(u'“' + key + u'”'),
                 qPrintable(space.error().message));
    }

    void keysAreCheckedOnlyWhenAsked()
    {
        const QJsonObject json = object(R"({"colour": {"type": "choice", "values": ["red"]}})");
        QVERIFY(SearchSpace::fromJson(json).ok());
        const auto refused = SearchSpace::fromJson(json, { QStringLiteral("dropout") });
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"dropout"), qPrintable(errorOf(refused)));
        QVERIFY(!SearchSpace::fromJson(object(R"({"": {"type": "choice", "values": [1]}})")).ok());
        // A key is quoted as it is, even one that looks like QString::arg's placeholders.
        const auto odd = SearchSpace::fromJson(object(R"({"%2%3": {"type": "real", "low": 2,
            "high": 1}})"));
        QVERIFY(!odd.ok());
        QVERIFY2(odd.error().message.contains(u"“%2%3”") && odd.error().message.contains(u"(2)"),
                 qPrintable(errorOf(odd)));
    }

    void tooManyDimensions()
    {
        QJsonObject json;
        for (int i = 0; i <= SearchSpace::kMaxDimensions; ++i) {
            json.insert(QStringLiteral("p%1").arg(i),
                        object(R"({"type": "choice", "values": [true, false]})"));
        }
        const auto space = SearchSpace::fromJson(json);
        QVERIFY(!space.ok());
        QVERIFY2(space.error().message.contains(QString::number(SearchSpace::kMaxDimensions)),
                 qPrintable(errorOf(space)));
        json.remove(QStringLiteral("p0"));
        QVERIFY(SearchSpace::fromJson(json).ok());
    }

    void longKeysAreShortenedInMessages()
    {
        const QString key(10000, u'k');
        const auto space = SearchSpace::fromJson(QJsonObject { { key, 1 } });
        QVERIFY(!space.ok());
        QVERIFY2(space.error().message.size() < 300, qPrintable(space.error().message.left(300)));
    }

    void roundTrip()
    {
        std::vector<SearchSpace> spaces { *SearchSpace::fromJson(object(kExample)),
                                          *SearchSpace::fromJson(object(R"({
            "a": {"type": "real", "low": -2.5, "high": 3},
            "b": {"type": "int", "low": -3, "high": 7},
            "c": {"type": "choice", "values": [1, 2.5, "x", true, false]}})")) };
        for (const QString &bot : ModelConfig::bots())
            spaces.push_back(SearchSpace::defaultFor(bot));
        for (const SearchSpace &space : spaces) {
            const QByteArray text = QJsonDocument(space.toJson()).toJson();
            const auto back = SearchSpace::fromJson(QJsonDocument::fromJson(text).object());
            QVERIFY2(back.ok(), qPrintable(errorOf(back)));
            QVERIFY2(*back == space, text.constData());
            QCOMPARE(back->toJson(), space.toJson());
        }
        // "log" is written only when set, ints as whole numbers.
        const QJsonObject b = spaces[1].toJson().value(QStringLiteral("b")).toObject();
        QVERIFY(!b.contains(QStringLiteral("log")));
        QCOMPARE(QJsonDocument(b).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"high":7,"low":-3,"type":"int"})"));
    }

    void defaultsForEveryBot()
    {
        for (const QString &bot : ModelConfig::bots()) {
            const SearchSpace space = SearchSpace::defaultFor(bot);
            if (bot == u"naive") {
                QVERIFY(space.isEmpty());
                continue;
            }
            QVERIFY2(space.size() >= 6 && space.size() <= 12, qPrintable(bot));
            const auto parsed = SearchSpace::fromJson(space.toJson(), hyperparameterKeys());
            QVERIFY2(parsed.ok(), qPrintable(bot + u": " + errorOf(parsed)));
            for (const char *key : { "lookback", "trend_features" })
                QVERIFY2(space.dimension(QString::fromLatin1(key)), key);
            // Trees cannot extrapolate a price target beyond their training range.
            QCOMPARE(bool(space.dimension(QStringLiteral("target"))),
                     !ModelConfig::isTreeModel(bot));
            if (ModelConfig::isTreeModel(bot)) {
                // Depth and leaf size decide what a tree ensemble fits; a forest has no steps.
                for (const char *key : { "max_depth", "min_child_weight", "subsample" })
                    QVERIFY2(space.dimension(QString::fromLatin1(key)), key);
                QCOMPARE(bool(space.dimension(QStringLiteral("learning_rate"))), bot == u"gbm_bot");
            } else {
                QVERIFY2(space.dimension(QStringLiteral("weight_decay")), qPrintable(bot));
                QVERIFY(space.dimension(QStringLiteral("learning_rate"))->log);
            }
            if (bot != u"linear_bot" && !ModelConfig::isTreeModel(bot)) {
                for (const char *key : { "hidden_size", "layers", "dropout" })
                    QVERIFY2(space.dimension(QString::fromLatin1(key)), key);
            }
            // Every grid point and many random ones are settings the trainer accepts.
            const auto grid = space.grid(3);
            QVERIFY2(grid.ok(), qPrintable(bot));
            std::vector<QJsonObject> points = *grid;
            RandomSampler random(space, 7);
            std::vector<SearchTrial> history;
            for (int i = 0; i < 300; ++i) {
                points.push_back(*random.next(history));
                history.push_back({ i, points.back(), 1.0, SearchTrial::State::Complete });
            }
            for (const QJsonObject &point : points) {
                QVERIFY(space.contains(point));
                const auto settings = TrainingSettings::fromParams(bot, point);
                QVERIFY2(settings.ok(),
                         qPrintable(settings.ok() ? QString()
                                                  : bot + u": " + settings.error().message + u" in "
                                            + QString::fromUtf8(QJsonDocument(point).toJson())));
            }
        }
        QVERIFY(SearchSpace::defaultFor(QStringLiteral("no_such_bot")).isEmpty());
    }

    void gridSpacing()
    {
        const auto space = SearchSpace::fromJson(object(R"({
            "a": {"type": "real", "low": 0, "high": 1},
            "b": {"type": "real", "low": 1e-4, "high": 1e-2, "log": true},
            "c": {"type": "int", "low": 1, "high": 3},
            "d": {"type": "int", "low": 16, "high": 128, "log": true},
            "e": {"type": "choice", "values": ["x", "y"]}})"));
        QVERIFY(space.ok());
        const auto axes = space->gridAxes(5);
        QVERIFY(axes.ok());
        QCOMPARE(numbers((*axes)[0]), (std::vector<double> { 0, 0.25, 0.5, 0.75, 1 }));
        const std::vector<double> b = numbers((*axes)[1]);
        QCOMPARE(b.size(), size_t(5));
        QCOMPARE(b.front(), 1e-4);
        QCOMPARE(b.back(), 1e-2);
        for (size_t i = 1; i < b.size(); ++i) // log-even: a constant ratio of √10
            QVERIFY2(std::abs(b[i] / b[i - 1] - std::sqrt(10.0)) < 1e-9,
                     qPrintable(QString::number(b[i])));
        QCOMPARE(numbers((*axes)[2]), (std::vector<double> { 1, 2, 3 })); // de-duplicated
        QCOMPARE(numbers((*axes)[3]), (std::vector<double> { 16, 27, 45, 76, 128 }));
        QCOMPARE((*axes)[4],
                 (std::vector<QJsonValue> { QStringLiteral("x"), QStringLiteral("y") }));
        // One point per axis is the (geometric) middle.
        const auto middle = space->gridAxes(1);
        QCOMPARE(numbers((*middle)[0]), (std::vector<double> { 0.5 }));
        QVERIFY(std::abs((*middle)[1][0].toDouble() - 1e-3) < 1e-12);
        QCOMPARE(numbers((*middle)[2]), (std::vector<double> { 2 }));
        QCOMPARE(numbers((*middle)[3]), (std::vector<double> { 45 }));

        const auto grid = space->grid(5);
        QVERIFY(grid.ok());
        QCOMPARE(grid->size(), size_t(5 * 5 * 3 * 5 * 2));
        std::set<QByteArray> distinct;
        for (const QJsonObject &point : *grid) {
            QVERIFY(space->contains(point));
            distinct.insert(QJsonDocument(point).toJson(QJsonDocument::Compact));
        }
        QCOMPARE(distinct.size(), grid->size());
        // The last dimension varies fastest.
        QCOMPARE(grid->at(0).value(QStringLiteral("e")).toString(), QStringLiteral("x"));
        QCOMPARE(grid->at(1).value(QStringLiteral("e")).toString(), QStringLiteral("y"));
        QCOMPARE(grid->at(1).value(QStringLiteral("d")).toInt(), 16);
        QCOMPARE(grid->at(2).value(QStringLiteral("d")).toInt(), 27);
        QCOMPARE(grid->back().value(QStringLiteral("a")).toDouble(), 1.0);

        const auto empty = SearchSpace().grid(4);
        QVERIFY(empty.ok());
        QCOMPARE(empty->size(), size_t(1));
        QVERIFY(empty->front().isEmpty());
        QVERIFY(!space->gridAxes(0).ok());
        QVERIFY(!space->grid(-3).ok());
    }

    void gridCap()
    {
        QJsonObject json;
        for (int i = 0; i < 6; ++i)
            json.insert(QStringLiteral("p%1").arg(i),
                        object(R"({"type": "real", "low": 0, "high": 1})"));
        const auto six = SearchSpace::fromJson(json);
        // 10⁶ points: refused, naming the dimension where the count went over.
        const auto refused = six->grid(10);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"“p5”"), qPrintable(refused.error().message));
        QVERIFY(six->gridAxes(6).ok()); // 46,656
        json.remove(QStringLiteral("p5"));
        QVERIFY(SearchSpace::fromJson(json)->gridAxes(10).ok()); // exactly 100,000

        // The largest hostile space is refused before its axes are all built.
        QJsonObject hostile;
        QJsonArray values;
        for (int i = 0; i < SearchSpace::kMaxChoices; ++i)
            values.append(i);
        for (int i = 0; i < SearchSpace::kMaxDimensions; ++i) {
            hostile.insert(QStringLiteral("p%1").arg(i),
                           QJsonObject { { QStringLiteral("type"), QStringLiteral("choice") },
                                         { QStringLiteral("values"), values } });
        }
        const auto big = SearchSpace::fromJson(hostile);
        QVERIFY(big.ok());
        QVERIFY(!big->grid(1).ok());
        QVERIFY(!big->gridAxes(SearchSpace::kMaxGridPoints + 1).ok());
    }

    void contains()
    {
        const auto space = SearchSpace::fromJson(object(kExample));
        const QJsonObject inside = object(R"({"learning_rate": 1e-3, "hidden_size": 32,
            "loss": "huber", "epochs": 5})");
        QVERIFY(space->contains(inside));
        const auto with = [&](const char *key, const QJsonValue &value) {
            QJsonObject point = inside;
            point.insert(QString::fromLatin1(key), value);
            return space->contains(point);
        };
        QVERIFY(!with("learning_rate", 0.5));
        QVERIFY(!with("learning_rate", QStringLiteral("0.001")));
        QVERIFY(!with("hidden_size", 32.5));
        QVERIFY(!with("hidden_size", 8));
        QVERIFY(!with("loss", QStringLiteral("mae")));
        QVERIFY(!with("learning_rate", std::nan("")));
        QJsonObject missing = inside;
        missing.remove(QStringLiteral("loss"));
        QVERIFY(!space->contains(missing));
    }
};

QTEST_GUILESS_MAIN(TestSearchSpace)
#include "tst_searchspace.moc"
