#include "InvalidRowCheck.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace modeldeck {

using csvfield::excerpt;
using enum csvfield::Role;

bool InvalidRowCheck::admit(Bar &bar, const CsvColumnMap::Fields &fields, qint64 line,
                            std::vector<CsvRowIssue> &flagged)
{
    const QString why = problem(bar, fields);
    if (why.isEmpty())
        return true;
    if (m_policy == InvalidRowPolicy::Reject) {
        if (++m_rejected <= kListedInvalidRows)
            m_samples.push_back({ line, why });
        return false;
    }
    bar.flags |= BarFlagInvalid;
    flagged.push_back({ line, why });
    return true;
}

QString InvalidRowCheck::problem(const Bar &bar, const CsvColumnMap::Fields &fields)
{
    const double tolerance = 1e-9 * std::max(std::abs(bar.high), std::abs(bar.low));
    const bool negativePrice = bar.open < 0 || bar.high < 0 || bar.low < 0 || bar.close < 0;
    const bool highBelowLow = bar.high < bar.low - tolerance;
    const auto outside
        = [&](double v) { return v < bar.low - tolerance || v > bar.high + tolerance; };
    const bool openOutside = !highBelowLow && outside(bar.open);
    const bool closeOutside = !highBelowLow && outside(bar.close);
    if (!negativePrice && !highBelowLow && !openOutside && !closeOutside && !(bar.volume < 0))
        return {};

    QStringList reasons;
    if (negativePrice)
        reasons << tr("a price is negative");
    if (highBelowLow) {
        reasons << tr("high %1 is below low %2")
                       .arg(excerpt(fields[RoleHigh]), excerpt(fields[RoleLow]));
    }
    if (openOutside) {
        reasons << tr("open %1 is outside the low–high range %2–%3")
                       .arg(excerpt(fields[RoleOpen]), excerpt(fields[RoleLow]),
                            excerpt(fields[RoleHigh]));
    }
    if (closeOutside) {
        reasons << tr("close %1 is outside the low–high range %2–%3")
                       .arg(excerpt(fields[RoleClose]), excerpt(fields[RoleLow]),
                            excerpt(fields[RoleHigh]));
    }
    if (bar.volume < 0)
        reasons << tr("volume %1 is negative").arg(excerpt(fields[RoleVolume]));
    return reasons.join(QStringLiteral("; "));
}

Status InvalidRowCheck::finish() const
{
    if (m_rejected == 0)
        return {};
    QStringList lines;
    for (const CsvRowIssue &issue : m_samples)
        lines << tr("line %1: %2").arg(QString::number(issue.line), issue.message);
    QString message = tr("%n row(s) have impossible prices or volumes:", nullptr, int(m_rejected))
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    if (m_rejected > kListedInvalidRows)
        message += QLatin1Char('\n')
            + tr("…and %n more.", nullptr, int(m_rejected - kListedInvalidRows));
    message += QLatin1Char('\n')
        + tr("Correct the file, or choose “keep invalid rows” to import them flagged as "
             "invalid.");
    return Error { message, QString(), m_samples.front().line, 0 };
}

} // namespace modeldeck
