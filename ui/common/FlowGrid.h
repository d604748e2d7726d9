#pragma once
// Equal-width cells (summary cards) in as many columns as the width allows, rows balanced
// (nine cards: one row of nine, or 5 + 4, or 3 × 3…). Unlike a QGridLayout it never makes its
// window wider than one cell: narrow windows get more rows (height for width).

#include <QWidget>
#include <vector>

namespace modeldeck {

class FlowGrid : public QWidget
{
    Q_OBJECT
public:
    explicit FlowGrid(QWidget *parent = nullptr);

    void addWidget(QWidget *cell); // takes ownership
    int columnsFor(int width) const;
    int columns() const { return columnsFor(width()); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    QSize cellHint() const;
    void arrange();

    std::vector<QWidget *> m_cells;
    int m_spacing = 6;
};

} // namespace modeldeck
