#include "TreeModelCheck.h"

#include "models/Ubjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <limits>
#include <vector>

namespace modeldeck::TreeModelCheck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::TreeModelCheck)
};

constexpr qint64 kMaxNodes = qint64(1) << 24;
constexpr qint64 kMaxFeatures = 1000000;

// XGBoost writes its integer parameters as strings ("num_nodes": "19").
qint64 intParam(const QJsonObject &o, const char *key, qint64 fallback = -1)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    bool ok = false;
    const qint64 n = v.isString() ? v.toString().toLongLong(&ok) : -1;
    return ok ? n : fallback;
}

Error damaged(const QString &what)
{
    return Error {
        Tr::tr("The XGBoost model is damaged or not one ModelDeck can use: %1.").arg(what)
    };
}

Status validateTree(const QJsonObject &tree, int index, qint64 features)
{
    const QJsonObject param = tree.value(QLatin1StringView("tree_param")).toObject();
    // Leaf vectors (several outputs per leaf) load but cannot predict in XGBoost 1.7.
    if (intParam(param, "size_leaf_vector", 0) != 0)
        return damaged(Tr::tr("tree %1 has leaf vectors").arg(index));
    const qint64 nodes = intParam(param, "num_nodes");
    if (nodes < 1 || nodes > kMaxNodes)
        return damaged(Tr::tr("tree %1 has %2 nodes").arg(index).arg(nodes));
    for (const char *key : { "left_children", "right_children", "parents", "split_indices",
                             "split_conditions", "default_left", "base_weights" }) {
        if (tree.value(QLatin1StringView(key)).toArray().size() != nodes)
            return damaged(Tr::tr("tree %1's %2 does not have its %3 nodes")
                               .arg(index)
                               .arg(QLatin1StringView(key))
                               .arg(nodes));
    }
    for (const char *key : { "loss_changes", "sum_hessian", "split_type" }) {
        const QJsonValue v = tree.value(QLatin1StringView(key));
        if (!v.isUndefined() && v.toArray().size() != nodes)
            return damaged(Tr::tr("tree %1's %2 does not have its %3 nodes")
                               .arg(index)
                               .arg(QLatin1StringView(key))
                               .arg(nodes));
    }
    const QJsonArray left = tree.value(QLatin1StringView("left_children")).toArray();
    const QJsonArray right = tree.value(QLatin1StringView("right_children")).toArray();
    const QJsonArray split = tree.value(QLatin1StringView("split_indices")).toArray();
    const QJsonArray splitType = tree.value(QLatin1StringView("split_type")).toArray();
    // XGBoost looks every node's parent up when it loads a tree (the root's is a marker).
    const QJsonArray parents = tree.value(QLatin1StringView("parents")).toArray();
    for (qint64 i = 1; i < nodes; ++i) {
        const double p = parents.at(i).toDouble(-1);
        if (!(p >= 0 && p < double(nodes) && p == std::floor(p)))
            return damaged(Tr::tr("node %1 of tree %2 names parent %3").arg(i).arg(index).arg(p));
    }
    // Categorical splits index their own tables; ModelDeck's features are all numbers.
    for (const char *key :
         { "categories", "categories_nodes", "categories_segments", "categories_sizes" }) {
        if (!tree.value(QLatin1StringView(key)).toArray().isEmpty())
            return damaged(Tr::tr("tree %1 has categorical splits").arg(index));
    }
    // From the root, every node is reached at most once: no cycles, no shared children, no
    // index past the end (deleted nodes may sit anywhere, unreached).
    std::vector<bool> seen(size_t(nodes), false);
    std::vector<qint64> stack { 0 };
    seen[0] = true;
    while (!stack.empty()) {
        const qint64 i = stack.back();
        stack.pop_back();
        const double l = left.at(i).toDouble(-2);
        const double r = right.at(i).toDouble(-2);
        if (l == -1 && r == -1)
            continue;
        for (double child : { l, r }) {
            if (!(child >= 0 && child < double(nodes) && child == std::floor(child))
                || seen[size_t(child)])
                return damaged(
                    Tr::tr("node %1 of tree %2 names children outside the tree").arg(i).arg(index));
            seen[size_t(child)] = true;
            stack.push_back(qint64(child));
        }
        const double f = split.at(i).toDouble(-1);
        if (!(f >= 0 && f < double(features) && f == std::floor(f)))
            return damaged(Tr::tr("node %1 of tree %2 splits on feature %3 of %4")
                               .arg(i)
                               .arg(index)
                               .arg(f)
                               .arg(features));
        if (!splitType.isEmpty() && splitType.at(i).toDouble(-1) != 0)
            return damaged(Tr::tr("tree %1 has categorical splits").arg(index));
    }
    return {};
}

// XGBoost's JSON reader tells real numbers from integers by their text ("0.0" vs "0") and
// refuses one for the other, which Qt's writer does not keep apart: the arrays XGBoost reads
// as floats are written with a decimal point or an exponent, everything else as Qt would.
bool isFloatArray(QStringView key)
{
    return key == u"split_conditions" || key == u"base_weights" || key == u"loss_changes"
        || key == u"sum_hessian" || key == u"weight_drop";
}

void writeNumber(QByteArray &out, double v, bool real)
{
    if (real) {
        QByteArray text = QByteArray::number(v, 'g', 9);
        if (!text.contains('.') && !text.contains('e'))
            text += ".0";
        out += text;
    } else if (v == std::floor(v) && std::abs(v) < 9007199254740992.0) {
        out += QByteArray::number(qint64(v));
    } else {
        out += QByteArray::number(v, 'g', 17);
    }
}

void writeString(QByteArray &out, const QString &s)
{
    // One string in an array, brackets stripped: Qt's escaping.
    const QByteArray quoted = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    out += quoted.mid(1, quoted.size() - 2);
}

void writeJson(QByteArray &out, const QJsonValue &value, bool real)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        out += '{';
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it != o.begin())
                out += ',';
            writeString(out, it.key());
            out += ':';
            writeJson(out, it.value(), isFloatArray(it.key()));
        }
        out += '}';
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i > 0)
                out += ',';
            writeJson(out, a.at(i), real);
        }
        out += ']';
        break;
    }
    case QJsonValue::Double:
        writeNumber(out, value.toDouble(), real);
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    default:
        out += "null";
        break;
    }
}

} // namespace

Result<QJsonObject> parse(const QByteArray &bytes)
{
    // JSON text opens with '{' and a quote or white space; UBJSON with '{' and a length marker.
    const bool text = bytes.size() > 1 && bytes.at(0) == '{'
        && (bytes.at(1) == '"' || QChar::isSpace(uchar(bytes.at(1))));
    if (text) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return Error { Tr::tr("The XGBoost model (JSON) is damaged at byte %1: %2.")
                               .arg(error.offset)
                               .arg(error.errorString()) };
        return doc.object();
    }
    if (!bytes.startsWith('{'))
        return Error { Tr::tr("This is not an XGBoost model (JSON or UBJSON).") };
    auto value = Ubjson::read(bytes);
    if (!value)
        return value.error();
    return value->toObject();
}

Result<int> validate(const QJsonObject &model)
{
    const QJsonObject learner = model.value(QLatin1StringView("learner")).toObject();
    const QJsonObject params = learner.value(QLatin1StringView("learner_model_param")).toObject();
    const qint64 features = intParam(params, "num_feature");
    if (features < 1 || features > kMaxFeatures)
        return damaged(Tr::tr("it has %1 input features").arg(features));
    QJsonObject booster = learner.value(QLatin1StringView("gradient_booster")).toObject();
    const QString kind = booster.value(QLatin1StringView("name")).toString();
    if (kind == u"dart")
        booster = booster.value(QLatin1StringView("gbtree")).toObject();
    else if (kind != u"gbtree")
        return damaged(Tr::tr("its booster is “%1”, not a tree ensemble").arg(kind));
    const QJsonObject trees = booster.value(QLatin1StringView("model")).toObject();
    const QJsonObject treesParam = trees.value(QLatin1StringView("gbtree_model_param")).toObject();
    if (intParam(treesParam, "size_leaf_vector", 0) != 0)
        return damaged(Tr::tr("its trees have leaf vectors"));
    const qint64 count = intParam(treesParam, "num_trees");
    const QJsonArray list = trees.value(QLatin1StringView("trees")).toArray();
    if (count < 0 || list.size() != count
        || trees.value(QLatin1StringView("tree_info")).toArray().size() != count)
        return damaged(Tr::tr("it announces %1 trees and holds %2").arg(count).arg(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        // XGBoost stores each tree at the index its "id" names.
        const QJsonObject tree = list.at(i).toObject();
        if (tree.value(QLatin1StringView("id")).toDouble(-1) != double(i))
            return damaged(Tr::tr("tree %1 says it is tree %2")
                               .arg(i)
                               .arg(tree.value(QLatin1StringView("id")).toDouble(-1)));
        if (auto valid = validateTree(tree, int(i), features); !valid)
            return valid.error();
    }
    return int(features);
}

Result<QByteArray> checkedJson(const QByteArray &bytes)
{
    auto model = parse(bytes);
    if (!model)
        return model.error();
    if (auto valid = validate(*model); !valid)
        return valid.error();
    QByteArray json;
    writeJson(json, *model, false);
    return json;
}

} // namespace modeldeck::TreeModelCheck
