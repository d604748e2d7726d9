#pragma once
// The grid of model cards: a QListView set up for 100,000 uniform cards that reflow with the
// width, painted by a ModelCardDelegate whose hover state it keeps up to date.

#include <QListView>

namespace modeldeck {

class ModelCardDelegate;

class ModelCardView : public QListView
{
    Q_OBJECT
public:
    explicit ModelCardView(QWidget *parent = nullptr);

    ModelCardDelegate *cardDelegate() const { return m_delegate; }

protected:
    bool viewportEvent(QEvent *event) override;

private:
    ModelCardDelegate *m_delegate;
};

} // namespace modeldeck
