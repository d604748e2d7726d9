// TreeModelCheck: the structure checks that stand between hostile model bytes and XGBoost's
// loader. A small model is trained here, saved as JSON and UBJSON, then broken one way at a
// time; every broken copy is refused with a message naming the fault, and the intact ones
// pass and load.

#include "models/TreeBooster.h"
#include "models/TreeModelCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <functional>

using namespace modeldeck;
using namespace Qt::StringLiterals;

namespace {

QByteArray trainedModel(const QString &format)
{
    std::vector<float> rows;
    std::vector<float> labels;
    for (int i = 0; i < 64; ++i) {
        rows.push_back(float(i % 8));
        rows.push_back(float(i % 5));
        labels.push_back(float(i % 8) * 0.5f);
    }
    auto matrix = TreeMatrix::create(rows, 64, 2, labels, { u"a"_s, u"b"_s });
    auto booster = TreeBooster::create({ &*matrix });
    (void)booster->setParam(u"max_depth"_s, u"3"_s);
    (void)booster->setParam(u"nthread"_s, u"1"_s);
    for (int round = 0; round < 3; ++round)
        (void)booster->updateOneIter(round, *matrix);
    return *booster->serialize(format);
}

// The model's first tree, for editing.
QJsonObject &firstTree(QJsonObject &model, QJsonObject &tree)
{
    tree = model["learner"_L1]
               .toObject()["gradient_booster"_L1]
               .toObject()["model"_L1]
               .toObject()["trees"_L1]
               .toArray()
               .first()
               .toObject();
    return tree;
}

QJsonObject withFirstTree(QJsonObject model, const QJsonObject &tree)
{
    QJsonObject learner = model["learner"_L1].toObject();
    QJsonObject booster = learner["gradient_booster"_L1].toObject();
    QJsonObject inner = booster["model"_L1].toObject();
    QJsonArray trees = inner["trees"_L1].toArray();
    trees[0] = tree;
    inner["trees"_L1] = trees;
    booster["model"_L1] = inner;
    learner["gradient_booster"_L1] = booster;
    model["learner"_L1] = learner;
    return model;
}

} // namespace

class TestTreeModelCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void intactModelsPassInBothFormats()
    {
        for (const QString &format : { u"json"_s, u"ubj"_s }) {
            const QByteArray bytes = trainedModel(format);
            auto model = TreeModelCheck::parse(bytes);
            QVERIFY2(model, qPrintable(format));
            QCOMPARE(*TreeModelCheck::validate(*model), 2);
            auto json = TreeModelCheck::checkedJson(bytes);
            QVERIFY(json);
            // The re-encoded document is what XGBoost loads; it predicts as the original.
            auto original = TreeBooster::fromBytes(bytes);
            QVERIFY(original);
            const std::vector<float> row { 3, 1 };
            QCOMPARE(*original->predict(row, 1), *TreeBooster::fromBytes(*json)->predict(row, 1));
        }
        // Both formats decode to the same trees (floats differ in their last decimals: JSON text
        // holds the shortest float, UBJSON the float itself).
        const auto leftChildren = [](const QByteArray &bytes) {
            return TreeModelCheck::parse(bytes)
                ->value("learner"_L1)["gradient_booster"_L1]["model"_L1]["trees"_L1][0]
                                     ["left_children"_L1]
                .toArray();
        };
        QCOMPARE(leftChildren(trainedModel(u"ubj"_s)), leftChildren(trainedModel(u"json"_s)));
    }

    void brokenTreesAreRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("says");
        QTest::newRow("child out of range") << 0 << u"children outside the tree"_s;
        QTest::newRow("cycle") << 1 << u"children outside the tree"_s;
        QTest::newRow("one child") << 2 << u"children outside the tree"_s;
        QTest::newRow("parent out of range") << 3 << u"names parent"_s;
        QTest::newRow("split feature out of range") << 4 << u"splits on feature"_s;
        QTest::newRow("short array") << 5 << u"does not have its"_s;
        QTest::newRow("node count") << 6 << u"nodes"_s;
        QTest::newRow("categorical") << 7 << u"categorical"_s;
        QTest::newRow("tree id") << 8 << u"says it is tree"_s;
        // Found by fuzzing: accepted at load, refused by XGBoost at the first prediction.
        QTest::newRow("leaf vectors") << 9 << u"leaf vectors"_s;
    }

    void brokenTreesAreRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, says);
        QJsonObject model = *TreeModelCheck::parse(trainedModel(u"json"_s));
        QJsonObject tree;
        firstTree(model, tree);
        const auto set = [&tree](const char *key, int index, const QJsonValue &v) {
            QJsonArray a = tree[QLatin1StringView(key)].toArray();
            a[index] = v;
            tree[QLatin1StringView(key)] = a;
        };
        switch (fault) {
        case 0:
            set("left_children", 0, 9999);
            break;
        case 1:
            set("left_children", 0, 0);
            break;
        case 2:
            set("right_children", 0, -1);
            break;
        case 3:
            set("parents", 1, 9999);
            break;
        case 4:
            set("split_indices", 0, 7);
            break;
        case 5: {
            QJsonArray a = tree["base_weights"_L1].toArray();
            a.removeLast();
            tree["base_weights"_L1] = a;
            break;
        }
        case 6: {
            QJsonObject param = tree["tree_param"_L1].toObject();
            param["num_nodes"_L1] = u"0"_s;
            tree["tree_param"_L1] = param;
            break;
        }
        case 7:
            tree["categories_nodes"_L1] = QJsonArray { 0 };
            break;
        case 8:
            tree["id"_L1] = 5;
            break;
        case 9: {
            QJsonObject param = tree["tree_param"_L1].toObject();
            param["size_leaf_vector"_L1] = u"1"_s;
            tree["tree_param"_L1] = param;
            break;
        }
        }
        const auto checked = TreeModelCheck::validate(withFirstTree(model, tree));
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.contains(says), qPrintable(checked.error().message));
    }

    void hostileBytesAreRefused()
    {
        QByteArray deep = QByteArray(200, '[');
        QVERIFY(!TreeModelCheck::parse("{L" + QByteArray(8, '\x7f') + "x"));
        QVERIFY(!TreeModelCheck::parse("{" + deep));
        QVERIFY(!TreeModelCheck::parse("{\"a\": " + deep));
        QVERIFY(!TreeModelCheck::parse("not a model"));
        QVERIFY(!TreeModelCheck::parse(QByteArray()));
        // A typed array claiming more items than the file holds.
        QByteArray ubj = trainedModel(u"ubj"_s);
        const qsizetype at = ubj.indexOf("[$d#L");
        QVERIFY(at > 0);
        ubj[at + 5] = '\x7f';
        const auto refused = TreeModelCheck::parse(ubj);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"does not fit"_s),
                 qPrintable(refused.error().message));
        // Not a regression tree ensemble.
        QJsonObject model = *TreeModelCheck::parse(trainedModel(u"json"_s));
        QJsonObject learner = model["learner"_L1].toObject();
        QJsonObject booster = learner["gradient_booster"_L1].toObject();
        booster["name"_L1] = u"gblinear"_s;
        learner["gradient_booster"_L1] = booster;
        model["learner"_L1] = learner;
        QVERIFY(!TreeModelCheck::validate(model));
    }
};

QTEST_GUILESS_MAIN(TestTreeModelCheck)
#include "tst_treemodelcheck.moc"
