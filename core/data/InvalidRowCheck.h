#pragma once
// Impossible rows for CsvParser: why a row's values cannot be right (a negative price or
// volume, high below low, open or close outside the low–high range), and what the
// InvalidRowPolicy does about it: keep the bar flagged, or drop the row and refuse the file at
// the end, naming the first few lines. Also rows dated outside plausibleBarTime
// (domain/BarRules.h, the rule downloads use): those always refuse the file, whatever the
// policy. A flagged bar is still a bar: the newest-bar query behind incremental refresh, the
// prediction base and the resampler all read flagged bars (a price can be repaired, the
// features do so; a date cannot), so a kept row dated 2099 would stay the newest bar for
// decades. Private to core/.

#include "data/CsvColumnMap.h"
#include "data/CsvFormat.h"
#include "domain/Bar.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <vector>

namespace modeldeck {

class InvalidRowCheck
{
    // The messages were CsvParser's before the check was split out of it; the context keeps
    // their translations.
    Q_DECLARE_TR_FUNCTIONS(modeldeck::CsvParser)
public:
    // `nowMs` (UTC epoch ms) is the clock the time range is judged against.
    InvalidRowCheck(InvalidRowPolicy policy, qint64 nowMs) : m_policy(policy), m_nowMs(nowMs) { }

    // Whether the row on `line` with `bar`'s values (written as `fields`) is kept. Keep flags
    // an impossible bar and adds it to `flagged`; Reject drops it.
    bool admit(Bar &bar, const CsvColumnMap::Fields &fields, qint64 line,
               std::vector<CsvRowIssue> &flagged);
    // At the end of the input: the refusal when Reject dropped rows.
    Status finish() const;

    // Whether the row on `line` may start at `timeMs`; a row outside the range is dropped and
    // counted, and timesFinish() refuses the file.
    bool admitTime(qint64 timeMs, qint64 line);
    bool timesRefused() const { return m_badTimes > 0; }
    // The refusal naming the first few rows dated outside the range; ok when there were none.
    Status timesFinish() const;

private:
    // What is impossible about the values, naming them as written; empty when nothing is.
    static QString problem(const Bar &bar, const CsvColumnMap::Fields &fields);

    static Error listedRefusal(const QString &head, qint64 count,
                               const std::vector<CsvRowIssue> &samples, const QString &advice);

    InvalidRowPolicy m_policy;
    qint64 m_nowMs;
    qint64 m_rejected = 0;
    std::vector<CsvRowIssue> m_samples; // the first kListedInvalidRows rejected
    qint64 m_badTimes = 0;
    std::vector<CsvRowIssue> m_badTimeSamples; // the first kListedInvalidRows
};

} // namespace modeldeck
