#include "SearchSpace.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace modeldeck {

namespace {

const QLatin1StringView kType("type");
const QLatin1StringView kLow("low");
const QLatin1StringView kHigh("high");
const QLatin1StringView kLog("log");
const QLatin1StringView kValues("values");
const QLatin1StringView kReal("real");
const QLatin1StringView kInt("int");
const QLatin1StringView kChoice("choice");

constexpr double kMaxInt = 2147483647.0;

// The shortest text that reads back as the same double: 0.1, not 0.10000000000000001.
QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

bool isScalar(const QJsonValue &value)
{
    return value.isString() || value.isBool()
        || (value.isDouble() && std::isfinite(value.toDouble()));
}

// QJsonValue keeps whole numbers read from text as integers and others as doubles; a choice
// of 16 must match a point's 16.0 all the same.
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

Error fieldError(const QString &key, const QString &field, bool choice)
{
    return Error { choice
                       ? SearchSpace::tr("Search space: “%1” has an unknown field “%2”; a choice "
                                         "has \"type\" and \"values\".")
                             .arg(SearchSpace::shownKey(key), SearchSpace::shownKey(field))
                       : SearchSpace::tr("Search space: “%1” has an unknown field “%2”; a range "
                                         "has \"type\", \"low\", \"high\" and \"log\".")
                             .arg(SearchSpace::shownKey(key), SearchSpace::shownKey(field)) };
}

Result<SearchDimension> parseRange(const QString &key, const QJsonObject &entry, bool isInt)
{
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (it.key() != kType && it.key() != kLow && it.key() != kHigh && it.key() != kLog)
            return fieldError(key, it.key(), false);
    }
    const QString name = SearchSpace::shownKey(key);
    const QJsonValue lowValue = entry.value(kLow);
    const QJsonValue highValue = entry.value(kHigh);
    const double low = lowValue.toDouble(std::nan(""));
    const double high = highValue.toDouble(std::nan(""));
    if (!lowValue.isDouble() || !highValue.isDouble() || !std::isfinite(low)
        || !std::isfinite(high)) {
        return Error { SearchSpace::tr(
                           "Search space: “%1” needs finite numbers \"low\" and \"high\".")
                           .arg(name) };
    }
    const QJsonValue logValue = entry.value(kLog);
    if (!logValue.isUndefined() && !logValue.isBool())
        return Error {
            SearchSpace::tr("Search space: “%1”: \"log\" must be true or false.").arg(name)
        };
    const bool log = logValue.toBool(false);
    if (isInt) {
        if (low != std::floor(low) || high != std::floor(high) || std::abs(low) > kMaxInt
            || std::abs(high) > kMaxInt) {
            return Error { SearchSpace::tr("Search space: “%1”: an int range needs whole numbers "
                                           "\"low\" and \"high\" from %2 to %3.")
                               .arg(name, number(-kMaxInt), number(kMaxInt)) };
        }
        if (low > high) {
            return Error { SearchSpace::tr(
                               "Search space: “%1”: \"low\" (%2) is above \"high\" (%3).")
                               .arg(name, number(low), number(high)) };
        }
    } else {
        // A real range of one value has no density for the Bayesian sampler to model; a fixed
        // setting belongs in the job's hyperparameters instead.
        if (!(low < high)) {
            return Error { SearchSpace::tr(
                               "Search space: “%1”: \"low\" (%2) must be below \"high\" "
                               "(%3); leave a fixed value out of the space.")
                               .arg(name, number(low), number(high)) };
        }
        if (!std::isfinite(high - low)) {
            return Error {
                SearchSpace::tr("Search space: “%1”: the range is too wide to sample.").arg(name)
            };
        }
    }
    if (log && !(low > 0)) {
        return Error { SearchSpace::tr(
                           "Search space: “%1”: a log-scale range needs \"low\" above 0; "
                           "got %2.")
                           .arg(name, number(low)) };
    }
    return isInt ? SearchDimension::integer(key, int(low), int(high), log)
                 : SearchDimension::real(key, low, high, log);
}

Result<SearchDimension> parseChoice(const QString &key, const QJsonObject &entry)
{
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (it.key() != kType && it.key() != kValues)
            return fieldError(key, it.key(), true);
    }
    const QString name = SearchSpace::shownKey(key);
    const QJsonValue values = entry.value(kValues);
    if (!values.isArray()) {
        return Error { SearchSpace::tr("Search space: “%1” needs \"values\": an array of strings, "
                                       "numbers or booleans.")
                           .arg(name) };
    }
    const QJsonArray array = values.toArray();
    if (array.isEmpty())
        return Error { SearchSpace::tr("Search space: “%1”: \"values\" is empty.").arg(name) };
    if (array.size() > SearchSpace::kMaxChoices) {
        return Error { SearchSpace::tr("Search space: “%1” has %2 values; at most %3 are allowed.")
                           .arg(name, QString::number(array.size()),
                                QString::number(SearchSpace::kMaxChoices)) };
    }
    std::vector<QJsonValue> choices;
    choices.reserve(size_t(array.size()));
    for (const QJsonValue &value : array) {
        const qsizetype position = qsizetype(choices.size()) + 1;
        if (!isScalar(value)) {
            return Error { SearchSpace::tr(
                               "Search space: “%1”: value %2 is not a string, number or "
                               "boolean.")
                               .arg(name, QString::number(position)) };
        }
        if (std::any_of(choices.begin(), choices.end(),
                        [&](const QJsonValue &c) { return sameValue(c, value); })) {
            return Error { SearchSpace::tr("Search space: “%1”: value %2 repeats an earlier value.")
                               .arg(name, QString::number(position)) };
        }
        choices.push_back(value);
    }
    return SearchDimension::choice(key, std::move(choices));
}

Result<SearchDimension> parseDimension(const QString &key, const QJsonValue &entry)
{
    const QString name = SearchSpace::shownKey(key);
    if (!entry.isObject()) {
        return Error { SearchSpace::tr(
                           "Search space: “%1” must be an object with a \"type\": real, "
                           "int or choice.")
                           .arg(name) };
    }
    const QJsonObject object = entry.toObject();
    const QJsonValue type = object.value(kType);
    if (!type.isString()) {
        return Error {
            SearchSpace::tr("Search space: “%1” needs a \"type\": real, int or choice.").arg(name)
        };
    }
    if (type.toString() == kChoice)
        return parseChoice(key, object);
    if (type.toString() != kReal && type.toString() != kInt) {
        return Error { SearchSpace::tr("Search space: “%1” has an unknown type “%2”; use real, int "
                                       "or choice.")
                           .arg(name, SearchSpace::shownKey(type.toString())) };
    }
    return parseRange(key, object, type.toString() == kInt);
}

} // namespace

SearchDimension SearchDimension::real(const QString &key, double low, double high, bool log)
{
    SearchDimension d;
    d.key = key;
    d.kind = Kind::Real;
    d.low = low;
    d.high = high;
    d.log = log;
    return d;
}

SearchDimension SearchDimension::integer(const QString &key, int low, int high, bool log)
{
    SearchDimension d = real(key, low, high, log);
    d.kind = Kind::Int;
    return d;
}

SearchDimension SearchDimension::choice(const QString &key, std::vector<QJsonValue> values)
{
    SearchDimension d;
    d.key = key;
    d.kind = Kind::Choice;
    d.choices = std::move(values);
    return d;
}

bool SearchDimension::contains(const QJsonValue &value) const
{
    if (kind == Kind::Choice) {
        return std::any_of(choices.begin(), choices.end(),
                           [&](const QJsonValue &c) { return sameValue(c, value); });
    }
    if (!value.isDouble())
        return false;
    const double v = value.toDouble();
    if (kind == Kind::Int && v != std::floor(v))
        return false;
    return v >= low && v <= high; // false for NaN
}

QJsonObject SearchDimension::toJson() const
{
    QJsonObject json;
    switch (kind) {
    case Kind::Choice: {
        QJsonArray values;
        for (const QJsonValue &c : choices)
            values.append(c);
        json.insert(kType, kChoice);
        json.insert(kValues, values);
        return json;
    }
    case Kind::Real:
        json.insert(kType, kReal);
        json.insert(kLow, low);
        json.insert(kHigh, high);
        break;
    case Kind::Int:
        json.insert(kType, kInt);
        json.insert(kLow, qint64(low));
        json.insert(kHigh, qint64(high));
        break;
    }
    if (log)
        json.insert(kLog, true);
    return json;
}

QString SearchSpace::shownKey(const QString &key)
{
    constexpr qsizetype kShown = 64;
    return key.size() <= kShown ? key : key.left(kShown - 1) + QChar(0x2026);
}

SearchSpace::SearchSpace(std::vector<SearchDimension> dimensions)
    : m_dimensions(std::move(dimensions))
{
    std::sort(m_dimensions.begin(), m_dimensions.end(),
              [](const SearchDimension &a, const SearchDimension &b) { return a.key < b.key; });
}

Result<SearchSpace> SearchSpace::fromJson(const QJsonObject &json, const QStringList &allowedKeys)
{
    if (json.size() > kMaxDimensions) {
        return Error { tr("Search space: %1 hyperparameters given; at most %2 can be searched at "
                          "once.")
                           .arg(json.size())
                           .arg(kMaxDimensions) };
    }
    std::vector<SearchDimension> dimensions;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (key.isEmpty())
            return Error { tr("Search space: a hyperparameter's key is empty.") };
        if (!allowedKeys.isEmpty() && !allowedKeys.contains(key)) {
            return Error { tr("Search space: “%1” is not a hyperparameter that can be searched; "
                              "valid keys are: %2.")
                               .arg(shownKey(key), allowedKeys.join(QStringLiteral(", "))) };
        }
        Result<SearchDimension> dimension = parseDimension(key, it.value());
        if (!dimension)
            return dimension.error();
        dimensions.push_back(std::move(dimension).value());
    }
    return SearchSpace(std::move(dimensions));
}

QJsonObject SearchSpace::toJson() const
{
    QJsonObject json;
    for (const SearchDimension &d : m_dimensions)
        json.insert(d.key, d.toJson());
    return json;
}

const SearchDimension *SearchSpace::dimension(const QString &key) const
{
    const auto it = std::find_if(m_dimensions.begin(), m_dimensions.end(),
                                 [&](const SearchDimension &d) { return d.key == key; });
    return it == m_dimensions.end() ? nullptr : &*it;
}

bool SearchSpace::contains(const QJsonObject &point) const
{
    return std::all_of(m_dimensions.begin(), m_dimensions.end(),
                       [&](const SearchDimension &d) { return d.contains(point.value(d.key)); });
}

} // namespace modeldeck
