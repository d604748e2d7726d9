#pragma once
// Filters the saved-models cards: a case-insensitive search over name, description and tags
// (every word must match), and exact symbol, timeframe and type filters plus "active only".

#include <QSortFilterProxyModel>

namespace modeldeck {

class SavedModelFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    struct Filter
    {
        QString search;
        QString symbol; // empty: any
        QString timeframe; // empty: any
        QString type; // empty: any
        bool activeOnly = false;
        bool operator==(const Filter &) const = default;
    };

    explicit SavedModelFilterModel(QObject *parent = nullptr);

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter;
    QStringList m_words; // the search, case-folded and split
};

} // namespace modeldeck
