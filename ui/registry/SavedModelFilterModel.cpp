#include "registry/SavedModelFilterModel.h"

#include "registry/SavedModelListModel.h"

#include <algorithm>

namespace modeldeck {

SavedModelFilterModel::SavedModelFilterModel(QObject *parent) : QSortFilterProxyModel(parent) { }

void SavedModelFilterModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_words = filter.search.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool SavedModelFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    using R = SavedModelListModel::Role;
    const auto differs = [&i](const QString &wanted, int role) {
        return !wanted.isEmpty() && i.data(role).toString() != wanted;
    };
    if (differs(m_filter.symbol, R::SymbolRole) || differs(m_filter.timeframe, R::TimeframeRole)
        || differs(m_filter.type, R::TypeRole))
        return false;
    if (m_filter.activeOnly && !i.data(R::ActiveRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = i.data(R::SearchTextRole).toString();
    return std::all_of(m_words.begin(), m_words.end(),
                       [&haystack](const QString &w) { return haystack.contains(w); });
}

} // namespace modeldeck
