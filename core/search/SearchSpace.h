#pragma once
// The hyperparameters a search may vary and the values each may take. Pure (QtCore only): the
// samplers draw points from it, the CLI and the UI read and write it as JSON.
//
// JSON: one entry per hyperparameter key, each an object with a "type":
//
//     {"learning_rate": {"type": "real", "low": 1e-4, "high": 1e-2, "log": true},
//      "hidden_size":   {"type": "int", "low": 16, "high": 128, "log": true},
//      "dropout":       {"type": "real", "low": 0, "high": 0.5},
//      "loss":          {"type": "choice", "values": ["mse", "huber"]}}
//
// - "real": low < high, both finite; "log": true samples log-uniformly and needs low > 0.
// - "int": whole numbers low <= high within ±2147483647; "log" as for real (low >= 1 then).
// - "choice": "values" is a non-empty array of distinct JSON scalars (strings, numbers, bools).
// "log" is optional (false). Any other field, a wrong type, a missing bound, more than
// kMaxDimensions entries or more than kMaxChoices values is an error naming the key: the file
// may come from anywhere.
//
// A point is a QJsonObject key → value (ints as whole numbers, reals as doubles, choices as their
// JSON value), ready to be merged into a job's hyperparameters. Dimensions are ordered by key,
// as QJsonObject orders them, so every walk over a space is deterministic.

#include "modeldeck_core_export.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <vector>

namespace modeldeck {

struct MODELDECK_CORE_EXPORT SearchDimension
{
    enum class Kind { Real, Int, Choice };

    QString key;
    Kind kind = Kind::Real;
    double low = 0; // Real and Int (a whole number then)
    double high = 0;
    bool log = false;
    std::vector<QJsonValue> choices; // Choice only

    static SearchDimension real(const QString &key, double low, double high, bool log = false);
    static SearchDimension integer(const QString &key, int low, int high, bool log = false);
    static SearchDimension choice(const QString &key, std::vector<QJsonValue> values);

    // Whether `value` is one this dimension can produce: a real inside [low, high], a whole
    // number inside [low, high], or one of the choices.
    bool contains(const QJsonValue &value) const;
    QJsonObject toJson() const;

    bool operator==(const SearchDimension &other) const = default;
};

class MODELDECK_CORE_EXPORT SearchSpace
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::SearchSpace)

public:
    static constexpr int kMaxDimensions = 32;
    static constexpr int kMaxChoices = 256;
    // Grids above this many points are refused rather than allocated.
    static constexpr qint64 kMaxGridPoints = 100000;

    SearchSpace() = default;

    // Parses the JSON above. When `allowedKeys` is not empty, any other key is refused (callers
    // pass ModelConfig::keys() + FeatureConfig::hyperparameterKeys() so that a typo or a key
    // that is not a hyperparameter fails before a single trial runs).
    static Result<SearchSpace> fromJson(const QJsonObject &json,
                                        const QStringList &allowedKeys = {});
    QJsonObject toJson() const; // fromJson(toJson()) gives the same space

    // A small space per bot (lstm_bot, gru_bot, transformer_bot, mlp_bot, linear_bot) whose every
    // point is valid for TrainingSettings::fromParams; empty for naive and unknown bots, which
    // have nothing to search.
    static SearchSpace defaultFor(const QString &bot);

    int size() const { return int(m_dimensions.size()); }
    bool isEmpty() const { return m_dimensions.empty(); }
    const std::vector<SearchDimension> &dimensions() const { return m_dimensions; }
    const SearchDimension *dimension(const QString &key) const; // nullptr when absent
    // Whether `point` has a value for every dimension that the dimension contains. Other keys
    // are ignored: a trial's parameters may carry the job's fixed settings too.
    bool contains(const QJsonObject &point) const;

    // The values each dimension takes on a grid, in dimension order: reals and ints evenly
    // spaced from low to high (log-evenly when log; one point is the middle), ints rounded and
    // de-duplicated, choices all of their values. An error when `pointsPerAxis` is below 1 or
    // the grid would exceed kMaxGridPoints.
    Result<std::vector<std::vector<QJsonValue>>> gridAxes(int pointsPerAxis) const;
    // Every grid point; the last dimension varies fastest. An empty space has one, empty, point.
    Result<std::vector<QJsonObject>> grid(int pointsPerAxis) const;

    // `key` as messages quote it: keys come from files anyone may write, so at most 64
    // characters of one.
    static QString shownKey(const QString &key);

    bool operator==(const SearchSpace &other) const = default;

private:
    explicit SearchSpace(std::vector<SearchDimension> dimensions);

    std::vector<SearchDimension> m_dimensions; // sorted by key, keys unique
};

} // namespace modeldeck
