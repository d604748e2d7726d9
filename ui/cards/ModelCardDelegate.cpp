#include "cards/ModelCardDelegate.h"

#include "cards/RecordListModel.h"
#include "common/CardPainter.h"
#include "common/SkillWarning.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace modeldeck {

namespace {

using Roles = RecordListModel::Role;

QString text(const QModelIndex &index, int role)
{
    return index.data(role).toString();
}

QString retrainLabel()
{
    return ModelCardDelegate::tr("Retrain");
}
QString clearLabel()
{
    return ModelCardDelegate::tr("Clear");
}

} // namespace

ModelCardDelegate::ModelCardDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

CardLayout ModelCardDelegate::layout(const QRect &itemRect, const QFontMetrics &fm) const
{
    return CardLayout::compute(itemRect, fm, retrainLabel(), clearLabel());
}

QSize ModelCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return CardLayout::itemSize(option.fontMetrics);
}

bool ModelCardDelegate::isEnabled(const QModelIndex &index, Button button)
{
    const auto status = RecordListModel::CardStatus(index.data(Roles::CardStatusRole).toInt());
    const bool running = index.data(Roles::ProgressRole).isValid();
    switch (button) {
    case Button::Retrain:
        return !running;
    case Button::Clear:
        return status != RecordListModel::CardStatus::Archived && !running;
    case Button::None:
        break;
    }
    return false;
}

void ModelCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    if (!index.isValid())
        return;
    const CardPainter draw(painter, option);
    const QPalette &palette = option.palette;
    const QFontMetrics fm = painter->fontMetrics();
    const CardLayout l = layout(option.rect, fm);
    const QColor statusColor = index.data(Roles::StatusColorRole).value<QColor>();

    // Card: base colour, a status stripe on the left, a highlight frame when selected.
    draw.cardFrame(l.card, statusColor);

    // Title line: bot name, status badge (text, not colour alone), and left of it a warning
    // badge when the model loses to the naive forecast: a green "Active" must not stand alone.
    const QRect status = draw.badge(l.titleLine, l.titleLine.right(),
                                    text(index, Roles::StatusTextRole), statusColor, true);
    const bool worseThanNaive = !text(index, Roles::SkillWarningRole).isEmpty();
    int titleRight = status.left();
    if (worseThanNaive)
        titleRight = draw.badge(l.titleLine, status.left() - 4, SkillWarning::badgeText(),
                                SkillWarning::color(), true)
                         .left();
    draw.title(l.titleLine.adjusted(0, 0, -(l.titleLine.right() - titleRight + 6), 0),
               text(index, Roles::BotRole));

    // Symbol and timeframe badges, the age on the right.
    const QRect symbol
        = draw.outlineBadge(l.badges, l.badges.left(), text(index, Roles::SymbolRole));
    draw.outlineBadge(l.badges, symbol.right() + 6, text(index, Roles::TimeframeRole));
    draw.rightText(l.badges, text(index, Roles::AgeTextRole));

    draw.labelValue(l.trained, tr("Trained"), text(index, Roles::TrainedAtTextRole));
    const auto pair = [&](const QRect &line, const QString &label1, int role1,
                          const QString &label2, int role2) {
        draw.labelValue(CardPainter::half(line, 0), label1, text(index, role1));
        draw.labelValue(CardPainter::half(line, 1), label2, text(index, role2));
    };
    pair(l.grid[0], tr("Data"), Roles::DataPointsTextRole, tr("Size"), Roles::SizeTextRole);
    draw.labelValue(l.grid[1], tr("Period"), text(index, Roles::PeriodTextRole));
    pair(l.grid[2], tr("RMSE"), Roles::RmseTextRole, tr("MAE"), Roles::MaeTextRole);
    draw.labelValue(l.grid[3], tr("Skill vs naive"), text(index, Roles::SkillTextRole),
                    worseThanNaive ? SkillWarning::textColor(palette) : QColor());

    const QVariant progress = index.data(Roles::ProgressRole);
    const QString error = text(index, Roles::ErrorTextRole);
    if (progress.isValid()) {
        const QRect bar(l.extra.left(), l.extra.center().y() - fm.height() / 2 - 3, l.extra.width(),
                        fm.height() + 6);
        draw.progressBar(bar, progress.toDouble(), text(index, Roles::ProgressTextRole));
    } else if (!error.isEmpty()) {
        draw.errorBox(l.extra, error, statusColor);
    }

    const auto button = [&](const QRect &rect, const QString &label, Button which) {
        const bool over = m_hoverIndex == index && m_hoverButton == which;
        const bool down = over && m_pressedIndex == index && m_pressedButton == which;
        draw.button(rect, label, isEnabled(index, which), over, down, false);
    };
    button(l.retrain, retrainLabel(), Button::Retrain);
    button(l.clear, clearLabel(), Button::Clear);
}

ModelCardDelegate::Button ModelCardDelegate::buttonAt(const QStyleOptionViewItem &option,
                                                      const QPoint &pos) const
{
    const CardLayout l = layout(option.rect, option.fontMetrics);
    if (l.retrain.contains(pos))
        return Button::Retrain;
    if (l.clear.contains(pos))
        return Button::Clear;
    return Button::None;
}

void ModelCardDelegate::repaint(const QModelIndex &index) const
{
    if (m_view && index.isValid())
        m_view->viewport()->update(m_view->visualRect(index));
}

void ModelCardDelegate::clearHover()
{
    const QModelIndex old = m_hoverIndex;
    m_hoverIndex = QPersistentModelIndex();
    m_hoverButton = Button::None;
    repaint(old);
}

bool ModelCardDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (auto *view = qobject_cast<QAbstractItemView *>(const_cast<QWidget *>(option.widget)))
        m_view = view;
    switch (event->type()) {
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const Button over = buttonAt(option, mouse->position().toPoint());
        if (index != m_hoverIndex || over != m_hoverButton) {
            const QModelIndex old = m_hoverIndex;
            m_hoverIndex = index;
            m_hoverButton = over;
            repaint(old);
            repaint(index);
        }
        return false;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const Button over = buttonAt(option, mouse->position().toPoint());
        if (mouse->button() != Qt::LeftButton || over == Button::None)
            return false;
        if (isEnabled(index, over)) {
            m_pressedIndex = index;
            m_pressedButton = over;
            m_hoverIndex = index;
            m_hoverButton = over;
            repaint(index);
        }
        return true; // a press on a button (even a disabled one) does not select the card
    }
    case QEvent::MouseButtonRelease: {
        if (m_pressedButton == Button::None)
            return false;
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const Button over = buttonAt(option, mouse->position().toPoint());
        const bool clicked = index == m_pressedIndex && over == m_pressedButton;
        const QModelIndex pressed = m_pressedIndex;
        m_pressedIndex = QPersistentModelIndex();
        m_pressedButton = Button::None;
        repaint(pressed);
        if (clicked)
            Q_EMIT buttonClicked(index, over);
        return true;
    }
    default:
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
}

bool ModelCardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const CardLayout l = layout(option.rect, option.fontMetrics);
    QString tip;
    switch (buttonAt(option, event->pos())) {
    case Button::Retrain:
        tip = tr("Queue a new training run with the same settings (R)");
        break;
    case Button::Clear:
        tip = tr("Delete the model file and archive this record (Delete)");
        break;
    case Button::None: {
        // The warning badge and the skill figure explain themselves on hover.
        const QString warning = text(index, Roles::SkillWarningRole);
        if (!warning.isEmpty()
            && (l.titleLine.contains(event->pos()) || l.grid[3].contains(event->pos())))
            tip = warning;
        else if (l.extra.contains(event->pos()) && !text(index, Roles::ErrorTextRole).isEmpty())
            tip = text(index, Roles::ErrorTextRole);
        else
            tip = index.data(Qt::ToolTipRole).toString();
        break;
    }
    }
    QToolTip::showText(event->globalPos(), tip, view, view->visualRect(index));
    return true;
}

} // namespace modeldeck
