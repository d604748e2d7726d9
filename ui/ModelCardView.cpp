#include "ModelCardView.h"

#include "ModelCardDelegate.h"

#include <QEvent>

namespace modeldeck {

ModelCardView::ModelCardView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new ModelCardDelegate(this))
{
    // ListMode with LeftToRight flow and wrapping lays out uniform items arithmetically;
    // IconMode would place each of 100,000 items.
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setMovement(QListView::Static);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSpacing(2);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    setItemDelegate(m_delegate);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setAccessibleName(tr("Trained models"));
    setAccessibleDescription(tr("Enter shows details, R retrains, Delete clears the current model."));
}

bool ModelCardView::viewportEvent(QEvent *event)
{
    // Leaving the view would otherwise leave a button painted as hovered.
    if (event->type() == QEvent::Leave)
        m_delegate->clearHover();
    return QListView::viewportEvent(event);
}

} // namespace modeldeck
