#include "InvalidRowCheck.h"

#include "domain/BarRules.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>
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
    const BarValueProblems p = barValueProblems(bar);
    if (!p.any())
        return {};

    QStringList reasons;
    if (p.negativePrice)
        reasons << tr("a price is negative");
    if (p.highBelowLow) {
        reasons << tr("high %1 is below low %2")
                       .arg(excerpt(fields[RoleHigh]), excerpt(fields[RoleLow]));
    }
    if (p.openOutside) {
        reasons << tr("open %1 is outside the low–high range %2–%3")
                       .arg(excerpt(fields[RoleOpen]), excerpt(fields[RoleLow]),
                            excerpt(fields[RoleHigh]));
    }
    if (p.closeOutside) {
        reasons << tr("close %1 is outside the low–high range %2–%3")
                       .arg(excerpt(fields[RoleClose]), excerpt(fields[RoleLow]),
                            excerpt(fields[RoleHigh]));
    }
    if (p.negativeVolume)
        reasons << tr("volume %1 is negative").arg(excerpt(fields[RoleVolume]));
    return reasons.join(QStringLiteral("; "));
}

Error InvalidRowCheck::listedRefusal(const QString &head, qint64 count,
                                     const std::vector<CsvRowIssue> &samples, const QString &advice)
{
    QStringList lines;
    for (const CsvRowIssue &issue : samples)
        lines << tr("line %1: %2").arg(QString::number(issue.line), issue.message);
    QString message = head + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    if (count > kListedInvalidRows)
        message
            += QLatin1Char('\n') + tr("…and %n more.", nullptr, int(count - kListedInvalidRows));
    message += QLatin1Char('\n') + advice;
    return Error { message, QString(), samples.front().line, 0 };
}

Status InvalidRowCheck::finish() const
{
    if (m_rejected == 0)
        return {};
    return listedRefusal(
        tr("%n row(s) have impossible prices or volumes:", nullptr, int(m_rejected)), m_rejected,
        m_samples,
        tr("Correct the file, or choose “keep invalid rows” to import them flagged as "
           "invalid."));
}

bool InvalidRowCheck::admitTime(qint64 timeMs, qint64 line)
{
    if (plausibleBarTime(timeMs, m_nowMs))
        return true;
    // Rows whose D/M/Y dates waited for the file's day/month order arrive late: keep the
    // lowest line numbers, not the first arrivals.
    ++m_badTimes;
    if (m_badTimeSamples.size() < size_t(kListedInvalidRows)
        || line < m_badTimeSamples.back().line) {
        const QString when = QDateTime::fromMSecsSinceEpoch(timeMs, QTimeZone::utc())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        m_badTimeSamples.push_back(
            { line,
              timeMs < kEarliestBarMs
                  ? tr("%1 UTC is before 1900").arg(when)
                  : tr("%1 UTC is in the future (more than a day from now)").arg(when) });
        std::sort(m_badTimeSamples.begin(), m_badTimeSamples.end(),
                  [](const CsvRowIssue &a, const CsvRowIssue &b) { return a.line < b.line; });
        if (m_badTimeSamples.size() > size_t(kListedInvalidRows))
            m_badTimeSamples.pop_back();
    }
    return false;
}

Status InvalidRowCheck::timesFinish() const
{
    if (m_badTimes == 0)
        return {};
    // Refused even under "keep invalid rows": see the header.
    return listedRefusal(
        tr("%n row(s) are dated outside 1900-01-01 to tomorrow:", nullptr, int(m_badTimes)),
        m_badTimes, m_badTimeSamples,
        tr("Correct the dates; a row dated in the future would become the series’ newest bar."));
}

} // namespace modeldeck
