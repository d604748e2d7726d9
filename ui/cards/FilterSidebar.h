#pragma once
// The model cards' filters: symbol, timeframe, bot and status with how many records have
// each value, free-text search, and the sort order.

#include "cards/RecordFilterModel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTimer;

namespace modeldeck {

class FilterSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterSidebar(QWidget *parent = nullptr);

    // Refills the value lists (keeping the current choices) from the records' counts.
    void setCounts(const RecordListModel::FacetCounts &counts);
    RecordFilter filter() const;
    RecordFilterModel::SortKey sortKey() const;
    void setSymbol(const QString &symbol);
    void setTimeframe(const QString &timeframe);
    void setBot(const QString &bot);
    void setStatus(std::optional<RecordListModel::CardStatus> status);
    void setSearchText(const QString &text);
    void setSortKey(RecordFilterModel::SortKey key);
    void reset();

    QComboBox *symbolBox() const { return m_symbol; }
    QComboBox *timeframeBox() const { return m_timeframe; }
    QComboBox *botBox() const { return m_bot; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *sortBox() const { return m_sort; }
    QLineEdit *searchEdit() const { return m_search; }

Q_SIGNALS:
    void filterChanged(const modeldeck::RecordFilter &filter);
    void sortKeyChanged(modeldeck::RecordFilterModel::SortKey key);

private:
    void fillValues(QComboBox *box, const QHash<QString, int> &counts, int total);
    void emitFilter();

    QComboBox *m_symbol;
    QComboBox *m_timeframe;
    QComboBox *m_bot;
    QComboBox *m_status;
    QComboBox *m_sort;
    QLineEdit *m_search;
    QPushButton *m_reset;
    QTimer *m_searchDelay;
    bool m_filling = false;
};

} // namespace modeldeck
