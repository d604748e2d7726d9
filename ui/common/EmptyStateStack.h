#pragma once
// A page's main view or, in its place, a centred sentence saying why there is nothing to show
// and what to do about it ("No models have been trained in this workspace yet…"). Pages set the
// sentence as their state changes and say which of the two shows.

#include <QStackedWidget>

class QLabel;

namespace modeldeck {

class EmptyStateStack : public QStackedWidget
{
    Q_OBJECT
public:
    // `content` moves into the stack; the (still empty) sentence shows until setContentShown().
    explicit EmptyStateStack(QWidget *content, QWidget *parent = nullptr);

    void setEmptyText(const QString &text);
    QString emptyText() const;
    void setContentShown(bool shown);
    bool isContentShown() const;

    QWidget *content() const { return m_content; }
    // For a page's own touch (a margin, the placeholder colour).
    QLabel *emptyLabel() const { return m_empty; }

private:
    QWidget *m_content;
    QLabel *m_empty;
};

} // namespace modeldeck
