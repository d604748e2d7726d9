#pragma once
// Filters and sorts the model cards: symbol, timeframe, bot and status equal to a chosen
// value, free text anywhere in the card, sorted by age, RMSE or symbol. Reads the records
// straight from RecordListModel (no QVariant per row), so 100,000 rows filter in milliseconds.

#include "cards/RecordListModel.h"

#include <QSortFilterProxyModel>
#include <QStringMatcher>
#include <optional>

namespace modeldeck {

struct RecordFilter
{
    QString symbol; // empty: any
    QString timeframe;
    QString bot;
    std::optional<RecordListModel::CardStatus> status;
    QString text; // case-insensitive substring

    bool isEmpty() const
    {
        return symbol.isEmpty() && timeframe.isEmpty() && bot.isEmpty() && !status
            && text.isEmpty();
    }
    friend bool operator==(const RecordFilter &, const RecordFilter &) = default;
};

class RecordFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class SortKey { Newest, Oldest, Rmse, Symbol };
    Q_ENUM(SortKey)

    explicit RecordFilterModel(QObject *parent = nullptr);

    // The source must be a RecordListModel.
    void setRecordModel(RecordListModel *model);
    RecordListModel *recordModel() const { return m_records; }

    // Applies all criteria with one pass over the rows.
    void setFilter(const RecordFilter &filter);
    const RecordFilter &filter() const { return m_filter; }
    void setSortKey(SortKey key);
    SortKey sortKey() const { return m_sortKey; }
    // Re-evaluates every row; after the records or the clock changed.
    void refresh();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RecordListModel *m_records = nullptr;
    RecordFilter m_filter;
    QStringMatcher m_needle; // m_filter.text trimmed and case-folded; see RecordListModel::matches
    SortKey m_sortKey = SortKey::Newest;
};

} // namespace modeldeck
