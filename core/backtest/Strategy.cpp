#include "backtest/Strategy.h"

#include <QStringList>
#include <cmath>

namespace modeldeck {

Strategy::~Strategy() = default;

Result<QJsonObject> Strategy::resolve(const QJsonObject &params) const
{
    const SearchSpace s = space();
    const QStringList fixed = fixedKeys();
    QJsonObject resolved = defaults();
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (fixed.contains(it.key())) {
            // A name, or an id (a whole number; --param model=7 arrives as a number).
            const QJsonValue value = it.value();
            const bool isName = value.isString() && !value.toString().trimmed().isEmpty()
                && value.toString().size() <= 200;
            const bool isId = value.isDouble() && value.toDouble() >= 1
                && value.toDouble() == std::floor(value.toDouble()) && value.toDouble() < 1e15;
            if (!isName && !isId)
                return Error { tr("Strategy %1: “%2” must be a name or a whole-number id.")
                                   .arg(name(), it.key()) };
            resolved.insert(it.key(), isId ? QJsonValue(qint64(value.toDouble())) : value);
            continue;
        }
        const SearchDimension *dimension = s.dimension(it.key());
        if (!dimension) {
            QStringList keys;
            for (const SearchDimension &d : s.dimensions())
                keys << d.key;
            keys << fixed;
            return Error { tr("Strategy %1 has no parameter “%2”; its parameters are %3.")
                               .arg(name(), SearchSpace::shownKey(it.key()),
                                    keys.join(QStringLiteral(", "))) };
        }
        QJsonValue value = it.value();
        // An int given as 20.0 (JSON from elsewhere) is still 20; 20.5 is not.
        if (dimension->kind == SearchDimension::Kind::Int && value.isDouble()
            && value.toDouble() == std::floor(value.toDouble()))
            value = QJsonValue(qint64(value.toDouble()));
        if (!dimension->contains(value)) {
            return Error { tr("Strategy %1: “%2” must be %3 from %4 to %5; got %6.")
                               .arg(name(), it.key(),
                                    dimension->kind == SearchDimension::Kind::Int
                                        ? tr("a whole number")
                                        : tr("a number"))
                               .arg(dimension->low)
                               .arg(dimension->high)
                               .arg(value.isDouble() ? QString::number(value.toDouble())
                                                     : value.toVariant().toString().left(40)) };
        }
        resolved.insert(it.key(), value);
    }
    return resolved;
}

Result<const Strategy *> strategyNamed(const QString &name)
{
    if (const Strategy *s = findStrategy(name))
        return s;
    QStringList names;
    for (const Strategy *s : builtInStrategies())
        names << s->name();
    return Error { Strategy::tr("Unknown strategy “%1”; use one of: %2.")
                       .arg(name.left(40), names.join(QStringLiteral(", "))) };
}

} // namespace modeldeck
