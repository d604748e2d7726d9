#include "cards/CardGrid.h"

#include <QListView>

namespace modeldeck::CardGrid {

void setUp(QListView *view, QAbstractItemDelegate *delegate, QAbstractItemModel *model)
{
    // ListMode with LeftToRight flow and wrapping lays out uniform items arithmetically;
    // IconMode would place each of 100,000 items.
    view->setViewMode(QListView::ListMode);
    view->setFlow(QListView::LeftToRight);
    view->setWrapping(true);
    view->setResizeMode(QListView::Adjust);
    view->setUniformItemSizes(true);
    view->setMovement(QListView::Static);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setSpacing(2);
    view->setMouseTracking(true);
    view->viewport()->setAttribute(Qt::WA_Hover);
    view->setItemDelegate(delegate);
    if (model)
        view->setModel(model);
}

} // namespace modeldeck::CardGrid
