#include "queue/StepBreadcrumb.h"

#include "common/StatusPalette.h"
#include "domain/TrainingProgress.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace modeldeck {

namespace {

constexpr int kPadX = 8;
constexpr int kPadY = 3;

QString arrowText()
{
    return QStringLiteral("→");
}

} // namespace

StepBreadcrumb::StepBreadcrumb(QWidget *parent) : QWidget(parent)
{
    for (int i = 0; i < TrainingProgress::stepCount; ++i)
        m_steps << TrainingProgress::stepName(TrainingProgress::Step(i));
    setAccessibleName(tr("Training steps"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    refreshDescription();
}

void StepBreadcrumb::setCurrentStep(int index, Outcome outcome)
{
    index = std::clamp(index, -1, int(m_steps.size()) - 1);
    if (index == m_current && outcome == m_outcome)
        return;
    m_current = index;
    m_outcome = outcome;
    refreshDescription();
    update();
}

void StepBreadcrumb::setSteps(const QStringList &steps)
{
    m_steps = steps;
    m_current = -1;
    m_outcome = Outcome::Running;
    refreshDescription();
    updateGeometry();
    update();
}

StepBreadcrumb::Look StepBreadcrumb::lookOf(int index) const
{
    if (m_current < 0)
        return Look::Future;
    if (m_outcome == Outcome::Completed || index < m_current)
        return Look::Done;
    if (index == m_current)
        return m_outcome == Outcome::Failed ? Look::Failed : Look::Current;
    return Look::Future;
}

QString StepBreadcrumb::labelOf(int index) const
{
    switch (lookOf(index)) {
    case Look::Done:
        return QStringLiteral("✓ ") + m_steps[index];
    case Look::Current:
        return QStringLiteral("▶ ") + m_steps[index];
    case Look::Failed:
        return QStringLiteral("✗ ") + m_steps[index];
    case Look::Future:
        break;
    }
    return m_steps[index];
}

QString StepBreadcrumb::description() const
{
    if (m_current < 0)
        return tr("No job is running.");
    QStringList done;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (lookOf(i) == Look::Done)
            done << m_steps[i];
    }
    QString text;
    switch (m_outcome) {
    case Outcome::Completed:
        return tr("All steps done: %1.").arg(done.join(QStringLiteral(", ")));
    case Outcome::Failed:
        text = tr("Step %1 of %2: %3, failed.")
                   .arg(m_current + 1)
                   .arg(m_steps.size())
                   .arg(m_steps[m_current]);
        break;
    case Outcome::Running:
        text = tr("Step %1 of %2: %3, in progress.")
                   .arg(m_current + 1)
                   .arg(m_steps.size())
                   .arg(m_steps[m_current]);
        break;
    }
    if (!done.isEmpty())
        text += u' ' + tr("Done: %1.").arg(done.join(QStringLiteral(", ")));
    return text;
}

void StepBreadcrumb::refreshDescription()
{
    const QString text = description();
    setAccessibleDescription(text);
    setToolTip(text);
}

int StepBreadcrumb::pillWidth(int index) const
{
    // Measured in bold with the widest marker, so the layout does not jump as steps change.
    QFont bold = font();
    bold.setBold(true);
    return QFontMetrics(bold).horizontalAdvance(QStringLiteral("▶ ") + m_steps[index]) + 2 * kPadX;
}

int StepBreadcrumb::arrowWidth() const
{
    return fontMetrics().horizontalAdvance(arrowText()) + 2 * kPadX;
}

QSize StepBreadcrumb::sizeHint() const
{
    int width = 0;
    for (int i = 0; i < m_steps.size(); ++i)
        width += pillWidth(i) + (i > 0 ? arrowWidth() : 0);
    return { width, fontMetrics().height() + 2 * kPadY + 2 };
}

QSize StepBreadcrumb::minimumSizeHint() const
{
    return sizeHint();
}

void StepBreadcrumb::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int height = fontMetrics().height() + 2 * kPadY;
    const int top = (this->height() - height) / 2;
    QFont normal = font();
    QFont bold = font();
    bold.setBold(true);
    int x = 0;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (i > 0) {
            painter.setFont(normal);
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(QRect(x, top, arrowWidth(), height), Qt::AlignCenter, arrowText());
            x += arrowWidth();
        }
        const QRectF pill(x + 0.5, top + 0.5, pillWidth(i) - 1.0, height - 1.0);
        const Look look = lookOf(i);
        QColor text = pal.color(QPalette::WindowText);
        if (look == Look::Current || look == Look::Failed) {
            const QColor fill
                = look == Look::Failed ? StatusPalette::failed() : pal.color(QPalette::Highlight);
            QPainterPath path;
            path.addRoundedRect(pill, height / 2.0, height / 2.0);
            painter.fillPath(path, fill);
            text = look == Look::Failed ? QColor(Qt::white) : pal.color(QPalette::HighlightedText);
            painter.setFont(bold);
        } else {
            if (look == Look::Future)
                text = pal.color(QPalette::PlaceholderText);
            painter.setFont(normal);
        }
        painter.setPen(text);
        painter.drawText(pill, Qt::AlignCenter, labelOf(i));
        x += pillWidth(i);
    }
}

void StepBreadcrumb::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        if (event->type() == QEvent::LanguageChange) {
            for (int i = 0; i < m_steps.size(); ++i)
                m_steps[i] = TrainingProgress::stepName(TrainingProgress::Step(i));
            refreshDescription();
        }
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace modeldeck
