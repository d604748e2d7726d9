#include "cards/RecordFilterModel.h"

#include <cmath>

namespace modeldeck {

RecordFilterModel::RecordFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Rows are re-filtered explicitly (refresh()): re-sorting on every dataChanged of a
    // 100,000-row refresh would cost far more than one pass.
    setDynamicSortFilter(false);
}

void RecordFilterModel::setRecordModel(RecordListModel *model)
{
    m_records = model;
    setSourceModel(model);
}

void RecordFilterModel::setFilter(const RecordFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_needle = QStringMatcher(filter.text.trimmed().toCaseFolded(), Qt::CaseSensitive);
    // A full re-map, announced as one layout change: invalidateFilter() would announce every
    // run of hidden rows separately, and the view handles thousands of those slowly.
    invalidate();
}

void RecordFilterModel::setSortKey(SortKey key)
{
    m_sortKey = key;
    // The records arrive newest first, so that order needs no sorting at all.
    sort(key == SortKey::Newest ? -1 : 0);
}

void RecordFilterModel::refresh()
{
    invalidate(); // the mapping is rebuilt, sorted by the current key
}

bool RecordFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_records || sourceParent.isValid())
        return true;
    const TrainingRecordSummary &r = m_records->record(sourceRow);
    if (!m_filter.symbol.isEmpty() && r.symbol != m_filter.symbol)
        return false;
    if (!m_filter.timeframe.isEmpty() && r.timeframe != m_filter.timeframe)
        return false;
    if (!m_filter.bot.isEmpty() && r.bot != m_filter.bot)
        return false;
    if (m_filter.status && m_records->cardStatus(sourceRow) != *m_filter.status)
        return false;
    return m_needle.pattern().isEmpty() || m_records->matches(sourceRow, m_needle);
}

bool RecordFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_records)
        return QSortFilterProxyModel::lessThan(left, right);
    const TrainingRecordSummary &a = m_records->record(left.row());
    const TrainingRecordSummary &b = m_records->record(right.row());
    const auto newerFirst = [&] {
        return a.trainedAtMs != b.trainedAtMs ? a.trainedAtMs > b.trainedAtMs : a.id > b.id;
    };
    switch (m_sortKey) {
    case SortKey::Newest:
        return newerFirst();
    case SortKey::Oldest:
        return a.trainedAtMs != b.trainedAtMs ? a.trainedAtMs < b.trainedAtMs : a.id < b.id;
    case SortKey::Rmse: {
        // Records without an RMSE (failed runs) go last.
        const bool hasA = a.testRmse && std::isfinite(*a.testRmse);
        const bool hasB = b.testRmse && std::isfinite(*b.testRmse);
        if (hasA != hasB)
            return hasA;
        if (hasA && *a.testRmse != *b.testRmse)
            return *a.testRmse < *b.testRmse;
        return newerFirst();
    }
    case SortKey::Symbol:
        if (const int c = a.symbol.compare(b.symbol, Qt::CaseInsensitive); c != 0)
            return c < 0;
        if (const int c = a.timeframe.compare(b.timeframe); c != 0)
            return c < 0;
        return newerFirst();
    }
    return false;
}

} // namespace modeldeck
