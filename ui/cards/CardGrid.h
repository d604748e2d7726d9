#pragma once
// Sets a QListView up as a reflowing grid of uniform painted cards (the model cards and the
// saved-model cards share it).

class QAbstractItemDelegate;
class QAbstractItemModel;
class QListView;

namespace modeldeck::CardGrid {

// Rows that reflow with the width, single selection, hover tracking for the delegate; the
// model may come later (null).
void setUp(QListView *view, QAbstractItemDelegate *delegate, QAbstractItemModel *model);

} // namespace modeldeck::CardGrid
