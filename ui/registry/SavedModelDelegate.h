#pragma once
// Paints a saved-model card per SavedModelListModel row (no widget per card): name with
// ACTIVE / NOT READY badges, symbol, timeframe and type badges, version, tags as chips, key
// metrics, horizons, created time and size. Actions live on the page (buttons, menu, keys).

#include <QStyledItemDelegate>

namespace modeldeck {

class SavedModelDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SavedModelDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The uniform card size for `fm` (scales with the font, so high-DPI and large fonts fit).
    static QSize itemSize(const QFontMetrics &fm);
};

} // namespace modeldeck
