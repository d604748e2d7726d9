#pragma once
// Impossible rows for CsvParser: why a row's values cannot be right (a negative price or
// volume, high below low, open or close outside the low–high range), and what the
// InvalidRowPolicy does about it: keep the bar flagged, or drop the row and refuse the file at
// the end, naming the first few lines. Private to core/.

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
    explicit InvalidRowCheck(InvalidRowPolicy policy) : m_policy(policy) { }

    // Whether the row on `line` with `bar`'s values (written as `fields`) is kept. Keep flags
    // an impossible bar and adds it to `flagged`; Reject drops it.
    bool admit(Bar &bar, const CsvColumnMap::Fields &fields, qint64 line,
               std::vector<CsvRowIssue> &flagged);
    // At the end of the input: the refusal when Reject dropped rows.
    Status finish() const;

private:
    // What is impossible about the values, naming them as written; empty when nothing is.
    static QString problem(const Bar &bar, const CsvColumnMap::Fields &fields);

    InvalidRowPolicy m_policy;
    qint64 m_rejected = 0;
    std::vector<CsvRowIssue> m_samples; // the first kListedInvalidRows rejected
};

} // namespace modeldeck
