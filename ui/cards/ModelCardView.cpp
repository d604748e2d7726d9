#include "cards/ModelCardView.h"

#include "cards/CardGrid.h"
#include "cards/ModelCardDelegate.h"

#include <QEvent>

namespace modeldeck {

ModelCardView::ModelCardView(QWidget *parent)
    : QListView(parent), m_delegate(new ModelCardDelegate(this))
{
    CardGrid::setUp(this, m_delegate, nullptr);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setAccessibleName(tr("Trained models"));
    setAccessibleDescription(
        tr("Enter shows details, R retrains, Delete clears the current model."));
}

bool ModelCardView::viewportEvent(QEvent *event)
{
    // Leaving the view would otherwise leave a button painted as hovered.
    if (event->type() == QEvent::Leave)
        m_delegate->clearHover();
    return QListView::viewportEvent(event);
}

} // namespace modeldeck
