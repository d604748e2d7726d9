#include "common/FlowGrid.h"

#include <QEvent>
#include <algorithm>

namespace modeldeck {

FlowGrid::FlowGrid(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void FlowGrid::addWidget(QWidget *cell)
{
    cell->setParent(this);
    m_cells.push_back(cell);
    cell->show();
    updateGeometry();
    arrange();
}

QSize FlowGrid::cellHint() const
{
    QSize hint(0, 0);
    for (const QWidget *cell : m_cells)
        hint = hint.expandedTo(cell->sizeHint()).expandedTo(cell->minimumSizeHint());
    return hint;
}

int FlowGrid::columnsFor(int width) const
{
    const int n = int(m_cells.size());
    if (n == 0)
        return 1;
    const int cell = std::max(1, cellHint().width());
    const int fit = std::clamp((width + m_spacing) / (cell + m_spacing), 1, n);
    const int rows = (n + fit - 1) / fit;
    return (n + rows - 1) / rows; // the same rows, filled evenly
}

QSize FlowGrid::sizeHint() const
{
    const QSize cell = cellHint();
    const int n = std::max(1, int(m_cells.size()));
    return { n * cell.width() + (n - 1) * m_spacing, cell.height() };
}

QSize FlowGrid::minimumSizeHint() const
{
    return { cellHint().width(), cellHint().height() };
}

int FlowGrid::heightForWidth(int width) const
{
    const int n = int(m_cells.size());
    if (n == 0)
        return 0;
    const int rows = (n + columnsFor(width) - 1) / columnsFor(width);
    return rows * cellHint().height() + (rows - 1) * m_spacing;
}

void FlowGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

bool FlowGrid::event(QEvent *event)
{
    // A cell's text (and so its hint) changed: the columns may change too.
    if (event->type() == QEvent::LayoutRequest) {
        updateGeometry();
        arrange();
    }
    return QWidget::event(event);
}

void FlowGrid::arrange()
{
    if (m_cells.empty())
        return;
    const int columns = columnsFor(width());
    const int cellHeight = cellHint().height();
    const int cellWidth = std::max(1, (width() - (columns - 1) * m_spacing) / columns);
    for (size_t i = 0; i < m_cells.size(); ++i) {
        const int row = int(i) / columns;
        const int column = int(i) % columns;
        m_cells[i]->setGeometry(column * (cellWidth + m_spacing), row * (cellHeight + m_spacing),
                                cellWidth, cellHeight);
    }
}

} // namespace modeldeck
