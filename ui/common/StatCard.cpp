#include "common/StatCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace modeldeck {

StatCard::StatCard(const QString &caption, const QString &toolTip, QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setToolTip(toolTip);
    m_value = new QLabel(QStringLiteral("–"), this);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_caption = new QLabel(caption, this);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    setAccessibleName(caption);
}

void StatCard::setValue(const QString &value)
{
    m_value->setText(value);
    setAccessibleDescription(value);
}

QString StatCard::value() const
{
    return m_value->text();
}

} // namespace modeldeck
