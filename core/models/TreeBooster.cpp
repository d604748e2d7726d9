#include "TreeBooster.h"

#include "models/TreeModelCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <limits>
#include <xgboost/c_api.h>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::TreeBooster)
};

// XGBoost's global configuration is per thread: every thread that calls in sets it once, so
// warnings and training logs never reach the user's terminal.
void quietThread()
{
    thread_local bool quiet = false;
    if (!quiet) {
        XGBSetGlobalConfig(R"({"verbosity": 0})");
        quiet = true;
    }
}

Error lastError(const QString &what)
{
    // "[06:52:10] /build/src/c_api.cc:123: message" followed by a stack trace: the first line
    // without its time and source location is what went wrong.
    QString message = QString::fromUtf8(XGBGetLastError()).trimmed().section(u'\n', 0, 0);
    static const QRegularExpression location(QStringLiteral(R"(^\[[0-9:]+\] [^ ]+:[0-9]+: )"));
    message.remove(location);
    return Error { Tr::tr("%1: %2").arg(what, message.trimmed()) };
}

std::shared_ptr<void> ownBooster(BoosterHandle handle)
{
    return std::shared_ptr<void>(handle, [](void *h) { XGBoosterFree(h); });
}

QJsonObject jsonConfig(BoosterHandle handle)
{
    bst_ulong length = 0;
    const char *text = nullptr;
    if (XGBoosterSaveJsonConfig(handle, &length, &text) != 0)
        return {};
    return QJsonDocument::fromJson(QByteArray(text, qsizetype(length))).object();
}

// C strings of `names`, valid while `storage` lives.
std::vector<const char *> cStrings(const QStringList &names, std::vector<QByteArray> &storage)
{
    storage.clear();
    for (const QString &name : names)
        storage.push_back(name.toUtf8());
    std::vector<const char *> pointers;
    for (const QByteArray &name : storage)
        pointers.push_back(name.constData());
    return pointers;
}

} // namespace

Result<TreeMatrix> TreeMatrix::create(std::span<const float> rows, int rowCount, int columnCount,
                                      std::span<const float> labels, const QStringList &names)
{
    quietThread();
    if (rowCount < 1 || columnCount < 1 || rows.size() != size_t(rowCount) * size_t(columnCount)
        || (!labels.empty() && labels.size() != size_t(rowCount))
        || (!names.isEmpty() && names.size() != columnCount)) {
        return Error { Tr::tr("Internal error: %1 values do not form %2 rows of %3 columns.")
                           .arg(rows.size())
                           .arg(rowCount)
                           .arg(columnCount) };
    }
    DMatrixHandle handle = nullptr;
    if (XGDMatrixCreateFromMat(rows.data(), bst_ulong(rowCount), bst_ulong(columnCount),
                               std::numeric_limits<float>::quiet_NaN(), &handle)
        != 0)
        return lastError(Tr::tr("The training data could not be handed to XGBoost"));
    TreeMatrix matrix;
    matrix.m_handle = std::shared_ptr<void>(handle, [](void *h) { XGDMatrixFree(h); });
    if (!labels.empty()
        && XGDMatrixSetFloatInfo(handle, "label", labels.data(), bst_ulong(labels.size())) != 0)
        return lastError(Tr::tr("The targets could not be handed to XGBoost"));
    if (!names.isEmpty()) {
        std::vector<QByteArray> utf8;
        std::vector<const char *> pointers = cStrings(names, utf8);
        if (XGDMatrixSetStrFeatureInfo(handle, "feature_name", pointers.data(),
                                       bst_ulong(pointers.size()))
            != 0)
            return lastError(Tr::tr("The feature names could not be handed to XGBoost"));
    }
    return matrix;
}

Result<TreeBooster> TreeBooster::create(const std::vector<const TreeMatrix *> &matrices)
{
    quietThread();
    std::vector<DMatrixHandle> handles;
    for (const TreeMatrix *m : matrices)
        handles.push_back(m->handle());
    BoosterHandle handle = nullptr;
    if (XGBoosterCreate(handles.data(), bst_ulong(handles.size()), &handle) != 0)
        return lastError(Tr::tr("XGBoost could not create a model"));
    TreeBooster booster;
    booster.m_handle = ownBooster(handle);
    return booster;
}

Result<TreeBooster> TreeBooster::fromBytes(const QByteArray &bytes)
{
    // XGBoost trusts the structure it reads (one changed byte crashed it): it gets the checked
    // document, not the original bytes.
    auto checked = TreeModelCheck::checkedJson(bytes);
    if (!checked)
        return checked.error();
    quietThread();
    BoosterHandle handle = nullptr;
    if (XGBoosterCreate(nullptr, 0, &handle) != 0)
        return lastError(Tr::tr("XGBoost could not create a model"));
    TreeBooster booster;
    booster.m_handle = ownBooster(handle);
    if (XGBoosterLoadModelFromBuffer(handle, checked->constData(), bst_ulong(checked->size())) != 0)
        return lastError(Tr::tr("This is not an XGBoost model (JSON or UBJSON)"));
    // A classifier's or ranker's outputs are not prices: only one-output regressions forecast.
    const QJsonObject learner = jsonConfig(handle).value(QStringLiteral("learner")).toObject();
    const QString objective = learner.value(QStringLiteral("objective"))
                                  .toObject()
                                  .value(QStringLiteral("name"))
                                  .toString();
    const QJsonObject params = learner.value(QStringLiteral("learner_model_param")).toObject();
    const QString booster_ = learner.value(QStringLiteral("gradient_booster"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toString();
    const bool oneOutput = params.value(QStringLiteral("num_class")).toString() == u"0"
        && params.value(QStringLiteral("num_target")).toString(QStringLiteral("1")) == u"1";
    if (!objective.startsWith(QLatin1StringView("reg:")) || !oneOutput) {
        return Error { Tr::tr("The XGBoost model is not a one-output regression (objective “%1”); "
                              "ModelDeck forecasts with regression models only.")
                           .arg(objective) };
    }
    if (booster_ != u"gbtree" && booster_ != u"dart") {
        return Error {
            Tr::tr("The XGBoost model is not a tree ensemble (booster “%1”).").arg(booster_)
        };
    }
    auto features = booster.featureCount();
    if (!features)
        return features.error();
    if (*features < 1)
        return Error { Tr::tr("The XGBoost model has no input features.") };
    return booster;
}

Status TreeBooster::setParam(const QString &name, const QString &value)
{
    quietThread();
    if (XGBoosterSetParam(m_handle.get(), name.toUtf8().constData(), value.toUtf8().constData())
        != 0)
        return lastError(Tr::tr("XGBoost refused %1 = %2").arg(name, value));
    return {};
}

Status TreeBooster::setFeatureNames(const QStringList &names)
{
    quietThread();
    std::vector<QByteArray> utf8;
    std::vector<const char *> pointers = cStrings(names, utf8);
    if (XGBoosterSetStrFeatureInfo(m_handle.get(), "feature_name", pointers.data(),
                                   bst_ulong(pointers.size()))
        != 0)
        return lastError(Tr::tr("XGBoost refused the feature names"));
    return {};
}

Status TreeBooster::updateOneIter(int iteration, const TreeMatrix &train)
{
    quietThread();
    if (XGBoosterUpdateOneIter(m_handle.get(), iteration, train.handle()) != 0)
        return lastError(Tr::tr("XGBoost failed in boosting round %1").arg(iteration + 1));
    return {};
}

Result<std::vector<double>> TreeBooster::evaluate(int iteration,
                                                  const std::vector<const TreeMatrix *> &m,
                                                  const QStringList &names)
{
    quietThread();
    std::vector<DMatrixHandle> handles;
    for (const TreeMatrix *matrix : m)
        handles.push_back(matrix->handle());
    std::vector<QByteArray> utf8;
    std::vector<const char *> pointers = cStrings(names, utf8);
    const char *text = nullptr;
    if (XGBoosterEvalOneIter(m_handle.get(), iteration, handles.data(), pointers.data(),
                             bst_ulong(handles.size()), &text)
        != 0)
        return lastError(Tr::tr("XGBoost could not evaluate round %1").arg(iteration + 1));
    // "[3]\ttrain-rmse:0.98\tvalid-rmse:1.01": one "name-metric:value" per matrix.
    std::vector<double> values;
    const QStringList parts = QString::fromUtf8(text).split(u'\t', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        bool ok = false;
        const double v = parts[i].section(u':', -1).toDouble(&ok);
        values.push_back(ok ? v : std::numeric_limits<double>::quiet_NaN());
    }
    if (values.size() != m.size())
        return Error {
            Tr::tr("XGBoost's evaluation “%1” could not be read.").arg(QString::fromUtf8(text))
        };
    return values;
}

Result<TreeBooster> TreeBooster::firstRounds(int rounds) const
{
    quietThread();
    BoosterHandle out = nullptr;
    if (XGBoosterSlice(m_handle.get(), 0, rounds, 1, &out) != 0)
        return lastError(Tr::tr("XGBoost could not keep the first %1 rounds").arg(rounds));
    TreeBooster booster;
    booster.m_handle = ownBooster(out);
    return booster;
}

Result<int> TreeBooster::rounds() const
{
    quietThread();
    int rounds = 0;
    if (XGBoosterBoostedRounds(m_handle.get(), &rounds) != 0)
        return lastError(Tr::tr("XGBoost could not count the model's rounds"));
    return rounds;
}

Result<int> TreeBooster::featureCount() const
{
    quietThread();
    bst_ulong count = 0;
    if (XGBoosterGetNumFeature(m_handle.get(), &count) != 0)
        return lastError(Tr::tr("XGBoost could not count the model's features"));
    if (count > bst_ulong(std::numeric_limits<int>::max()))
        return Error { Tr::tr("The XGBoost model claims %1 features.").arg(count) };
    return int(count);
}

Result<QStringList> TreeBooster::featureNames() const
{
    quietThread();
    bst_ulong count = 0;
    const char **names = nullptr;
    if (XGBoosterGetStrFeatureInfo(m_handle.get(), "feature_name", &count, &names) != 0)
        return lastError(Tr::tr("XGBoost could not read the model's feature names"));
    QStringList list;
    for (bst_ulong i = 0; i < count; ++i)
        list << QString::fromUtf8(names[i]);
    return list;
}

Result<std::vector<double>> TreeBooster::predict(std::span<const float> rows, int rowCount) const
{
    quietThread();
    auto features = featureCount();
    if (!features)
        return features.error();
    if (rowCount < 1 || rows.size() != size_t(rowCount) * size_t(*features)) {
        return Error { Tr::tr("Internal error: %1 values do not form %2 rows of %3 features.")
                           .arg(rows.size())
                           .arg(rowCount)
                           .arg(*features) };
    }
    // In-place prediction on the caller's buffer (an array-interface description of it): no
    // copy into a DMatrix, and no prediction cache shared between threads.
    const QByteArray array = QStringLiteral(R"({"data": [%1, true], "shape": [%2, %3], )"
                                            R"("typestr": "<f4", "version": 3})")
                                 .arg(quintptr(rows.data()))
                                 .arg(rowCount)
                                 .arg(*features)
                                 .toUtf8();
    static const char *config
        = R"({"type": 0, "training": false, "iteration_begin": 0, )"
          R"("iteration_end": 0, "strict_shape": false, "missing": NaN, "cache_id": 0})";
    const bst_ulong *shape = nullptr;
    bst_ulong dims = 0;
    const float *out = nullptr;
    if (XGBoosterPredictFromDense(m_handle.get(), array.constData(), config, nullptr, &shape, &dims,
                                  &out)
        != 0)
        return lastError(Tr::tr("XGBoost could not predict"));
    bst_ulong total = dims > 0 ? 1 : 0;
    for (bst_ulong d = 0; d < dims; ++d)
        total *= shape[d];
    if (total != bst_ulong(rowCount))
        return Error { Tr::tr("The XGBoost model gives %1 outputs for %2 rows; one per row was "
                              "expected.")
                           .arg(total)
                           .arg(rowCount) };
    return std::vector<double>(out, out + rowCount);
}

Result<QList<FeatureScore>> TreeBooster::importance(const QString &type) const
{
    quietThread();
    const QByteArray config
        = QJsonDocument(QJsonObject { { QStringLiteral("importance_type"), type } })
              .toJson(QJsonDocument::Compact);
    bst_ulong count = 0;
    const char **names = nullptr;
    bst_ulong dims = 0;
    const bst_ulong *shape = nullptr;
    const float *scores = nullptr;
    if (XGBoosterFeatureScore(m_handle.get(), config.constData(), &count, &names, &dims, &shape,
                              &scores)
        != 0)
        return lastError(Tr::tr("XGBoost could not score the features"));
    QList<FeatureScore> list;
    for (bst_ulong i = 0; i < count; ++i)
        list.append({ QString::fromUtf8(names[i]), double(scores[i]) });
    std::stable_sort(list.begin(), list.end(), [](const FeatureScore &a, const FeatureScore &b) {
        return a.score > b.score;
    });
    return list;
}

Result<QByteArray> TreeBooster::serialize(const QString &format) const
{
    quietThread();
    const QByteArray config = QJsonDocument(QJsonObject { { QStringLiteral("format"), format } })
                                  .toJson(QJsonDocument::Compact);
    bst_ulong length = 0;
    const char *data = nullptr;
    if (XGBoosterSaveModelToBuffer(m_handle.get(), config.constData(), &length, &data) != 0)
        return lastError(Tr::tr("XGBoost could not save the model"));
    return QByteArray(data, qsizetype(length));
}

QString TreeBooster::version()
{
    int major = 0, minor = 0, patch = 0;
    XGBoostVersion(&major, &minor, &patch);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

} // namespace modeldeck
