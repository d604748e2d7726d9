#include "common/EmptyStateStack.h"

#include <QLabel>

namespace modeldeck {

EmptyStateStack::EmptyStateStack(QWidget *content, QWidget *parent)
    : QStackedWidget(parent), m_content(content), m_empty(new QLabel(this))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText); // may quote names and errors from the database
    addWidget(m_empty);
    addWidget(m_content);
}

void EmptyStateStack::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

QString EmptyStateStack::emptyText() const
{
    return m_empty->text();
}

void EmptyStateStack::setContentShown(bool shown)
{
    setCurrentWidget(shown ? m_content : static_cast<QWidget *>(m_empty));
}

bool EmptyStateStack::isContentShown() const
{
    return currentWidget() == m_content;
}

} // namespace modeldeck
