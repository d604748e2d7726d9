#pragma once
// The tree-ensemble bots' model: an XGBoost booster behind a small C++ wrapper over XGBoost's C
// API (Debian's libxgboost-dev 1.7; vcpkg's xgboost on Windows and macOS). Handles are owned
// (freed with the object), every call's failure comes back as an Error with XGBoost's own
// message, and nothing here throws. Torch-free.
//
// Thread safety: one booster per thread while training; predict() on a trained booster may
// run from several threads (XGBoost's in-place prediction keeps no shared cache).

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace modeldeck {

// A dense float matrix in XGBoost's form (a DMatrix), optionally with labels and column names.
class MODELDECK_CORE_EXPORT TreeMatrix
{
public:
    // rows: row-major [rowCount × columnCount]; NaN is missing. labels: one per row, or empty.
    static Result<TreeMatrix> create(std::span<const float> rows, int rowCount, int columnCount,
                                     std::span<const float> labels, const QStringList &names);
    void *handle() const { return m_handle.get(); }

private:
    std::shared_ptr<void> m_handle;
};

struct FeatureScore
{
    QString feature;
    double score = 0;
};

class MODELDECK_CORE_EXPORT TreeBooster
{
public:
    // A new booster that will train on `train` and report the metric on each of `evaluated`.
    static Result<TreeBooster> create(const std::vector<const TreeMatrix *> &matrices);
    // From the bytes of a saved model (XGBoost's JSON or UBJSON; the format is detected).
    // Refuses anything that is not a one-output regression model.
    static Result<TreeBooster> fromBytes(const QByteArray &bytes);

    Status setParam(const QString &name, const QString &value);
    // Stored with the model: importance and Python's feature checks use them.
    Status setFeatureNames(const QStringList &names);
    // One boosting round on `train` (for a random forest, the only round).
    Status updateOneIter(int iteration, const TreeMatrix &train);
    // The evaluation metric after `iteration` on each matrix, in the order given.
    Result<std::vector<double>> evaluate(int iteration, const std::vector<const TreeMatrix *> &m,
                                         const QStringList &names);
    // A booster of rounds [0, rounds): what early stopping keeps.
    Result<TreeBooster> firstRounds(int rounds) const;
    Result<int> rounds() const;
    Result<int> featureCount() const;
    // The feature names stored in the model (empty when it was trained without names).
    Result<QStringList> featureNames() const;
    // One prediction per row of the row-major [rowCount × featureCount()] matrix.
    Result<std::vector<double>> predict(std::span<const float> rows, int rowCount) const;
    // Scores by feature ("gain", "total_gain", "weight", …), highest first; features never
    // used in a split are left out, as XGBoost does.
    Result<QList<FeatureScore>> importance(const QString &type) const;
    // UBJSON ("ubj") or JSON ("json").
    Result<QByteArray> serialize(const QString &format = QStringLiteral("ubj")) const;

    // XGBoost's version ("1.7.4").
    static QString version();

private:
    std::shared_ptr<void> m_handle;
};

} // namespace modeldeck
