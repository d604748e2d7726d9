#include "predictions/PredictionText.h"

#include "domain/Timeframe.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace modeldeck {

QString PredictionText::price(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("–");
    // Enough decimals for about six significant digits, but never fewer than two: prices
    // from 0.0001 (small coins) to 100,000 (indices) must all stay readable.
    const double magnitude = std::abs(*value);
    const int digits = magnitude >= 1 ? int(std::floor(std::log10(magnitude))) + 1 : 0;
    int decimals = std::clamp(6 - digits, 2, 8);
    if (magnitude > 0 && magnitude < 1)
        decimals = std::clamp(3 - int(std::floor(std::log10(magnitude))), 2, 10);
    return QLocale().toString(*value, 'f', decimals);
}

bool PredictionText::isDaily(const QString &timeframe)
{
    const auto tf = Timeframe::parse(timeframe);
    return tf && !tf->isIntraday();
}

QString PredictionText::barTime(qint64 utcMs, const QString &timeframe)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    if (!time.isValid())
        return QStringLiteral("–");
    // ISO-like and in UTC: bar times are UTC everywhere else (imports, the CLI), and a locale
    // format would hide whether a time is local.
    if (isDaily(timeframe))
        return time.toString(QStringLiteral("yyyy-MM-dd"));
    return tr("%1 UTC").arg(time.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString PredictionText::interval(std::optional<double> lower, std::optional<double> upper)
{
    if (!lower || !upper || !std::isfinite(*lower) || !std::isfinite(*upper))
        return tr("not available");
    return tr("%1 – %2").arg(price(lower), price(upper));
}

} // namespace modeldeck
