#pragma once
// Paints a model card per RecordListModel row (no widget per card, so 100,000 cards scroll
// smoothly) with Retrain and Clear buttons that react to hover, press and click.

#include "cards/CardLayout.h"

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace modeldeck {

class ModelCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Button { None, Retrain, Clear };
    Q_ENUM(Button)

    explicit ModelCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The layout of the card in `itemRect` (tests click on its buttons).
    CardLayout layout(const QRect &itemRect, const QFontMetrics &fm) const;
    Button buttonAt(const QStyleOptionViewItem &option, const QPoint &pos) const;
    static bool isEnabled(const QModelIndex &index, Button button);
    // Forgets the hovered button when the mouse leaves the view.
    void clearHover();

Q_SIGNALS:
    void buttonClicked(const QModelIndex &index, modeldeck::ModelCardDelegate::Button button);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    void repaint(const QModelIndex &index) const;

    QPersistentModelIndex m_hoverIndex;
    Button m_hoverButton = Button::None;
    QPersistentModelIndex m_pressedIndex;
    Button m_pressedButton = Button::None;
    QAbstractItemView *m_view = nullptr; // the view last seen in an event; owned by its parent
};

} // namespace modeldeck
