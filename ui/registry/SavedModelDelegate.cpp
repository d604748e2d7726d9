#include "registry/SavedModelDelegate.h"

#include "common/CardPainter.h"
#include "common/SkillWarning.h"
#include "common/StatusPalette.h"
#include "registry/SavedModelListModel.h"

#include <QPainter>
#include <algorithm>

namespace modeldeck {

namespace {

using R = SavedModelListModel::Role;

int gap(const QFontMetrics &fm)
{
    return std::max(3, fm.height() / 4);
}
int badgeHeight(const QFontMetrics &fm)
{
    return fm.height() + 4;
}
int padding(const QFontMetrics &fm)
{
    return std::max(6, fm.height() * 2 / 3);
}
constexpr int kMargin = 4;
constexpr int kMetricRows = 3;

// Chips for the tags, as many as fit, then "+N".
void paintTags(const CardPainter &draw, QPainter *painter, const QPalette &palette,
               const QRect &line, const QStringList &tags)
{
    const QFontMetrics fm = painter->fontMetrics();
    if (tags.isEmpty()) {
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          SavedModelDelegate::tr("No tags"));
        return;
    }
    int x = line.left();
    for (int i = 0; i < tags.size(); ++i) {
        const QString more = SavedModelDelegate::tr("+%1").arg(tags.size() - i);
        const int chip = fm.horizontalAdvance(tags[i]) + fm.height();
        const int reserve = i + 1 < tags.size() ? fm.horizontalAdvance(more) + fm.height() + 4 : 0;
        if (x + chip + reserve > line.right() && i > 0) {
            draw.outlineBadge(line, x, more);
            return;
        }
        x = draw.outlineBadge(line, x, tags[i]).right() + 4;
    }
}

} // namespace

SavedModelDelegate::SavedModelDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QSize SavedModelDelegate::itemSize(const QFontMetrics &fm)
{
    const int width = std::max(320, fm.horizontalAdvance(QLatin1Char('M')) * 26);
    const int height = 2 * padding(fm) + 3 * badgeHeight(fm) + (kMetricRows + 3) * fm.lineSpacing()
        + 7 * gap(fm);
    return { width + 2 * kMargin, height + 2 * kMargin };
}

QSize SavedModelDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return itemSize(option.fontMetrics);
}

void SavedModelDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    if (!index.isValid())
        return;
    const CardPainter draw(painter, option);
    const QPalette &palette = option.palette;
    const QFontMetrics fm = painter->fontMetrics();
    const bool active = index.data(R::ActiveRole).toBool();
    const bool ready = index.data(R::ReadyRole).toBool();

    const QRect card = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    // Failed's colour for a file that is missing or changed.
    draw.cardFrame(card,
                   !ready       ? StatusPalette::failed()
                       : active ? StatusPalette::active()
                                : QColor());
    const QRect inner = card.adjusted(padding(fm), padding(fm), -padding(fm), -padding(fm));
    int y = inner.top();
    const auto take = [&](int height) {
        const QRect r(inner.left(), y, inner.width(), height);
        y += height + gap(fm);
        return r;
    };

    // Title: name, then the badges that say in words what the stripe says in colour.
    const QRect title = take(badgeHeight(fm));
    int right = title.right();
    if (active)
        right = draw.badge(title, right, tr("ACTIVE"), StatusPalette::active(), true).left() - 4;
    if (!ready)
        right = draw.badge(title, right, tr("NOT READY"), StatusPalette::failed(), true).left() - 4;
    // Loses to the naive forecast on its test split: never an ACTIVE badge alone.
    const bool worseThanNaive = !index.data(R::SkillWarningRole).toString().isEmpty();
    if (worseThanNaive)
        right = draw.badge(title, right, SkillWarning::badgeText(), SkillWarning::color(), true)
                    .left()
            - 4;
    draw.title(QRect(title.left(), title.top(), right - title.left() - 2, title.height()),
               index.data(R::NameRole).toString());

    // Symbol, timeframe and type; the version on the right.
    const QRect badges = take(badgeHeight(fm));
    const QString version = index.data(R::VersionTextRole).toString();
    const int versionWidth = fm.horizontalAdvance(version) + 4;
    const QRect badgeRoom = badges.adjusted(0, 0, -versionWidth - 4, 0);
    int x = draw.outlineBadge(badgeRoom, badgeRoom.left(), index.data(R::SymbolRole).toString())
                .right()
        + 4;
    if (x < badgeRoom.right())
        x = draw.outlineBadge(badgeRoom, x, index.data(R::TimeframeRole).toString()).right() + 4;
    if (x < badgeRoom.right())
        draw.outlineBadge(badgeRoom, x, index.data(R::TypeRole).toString());
    draw.rightText(badges, version);

    paintTags(draw, painter, palette, take(badgeHeight(fm)),
              index.data(R::TagsRole).toStringList());

    // Metrics in two columns; absent ones are left out rather than shown as zero.
    const QStringList metrics = index.data(R::MetricsRole).toStringList();
    const int warnedMetric = worseThanNaive ? index.data(R::SkillMetricRole).toInt() : -1;
    const int half = inner.width() / 2;
    for (int row = 0; row < kMetricRows; ++row) {
        for (int col = 0; col < 2; ++col) {
            const int i = row * 2 + col;
            const QRect cell
                = CardPainter::half(QRect(inner.left(), y, inner.width(), fm.lineSpacing()), col);
            if (i < metrics.size()) {
                const QString label = metrics[i].section(u'|', 0, 0);
                draw.labelValue(cell, label, metrics[i].section(u'|', 1),
                                i == warnedMetric ? SkillWarning::textColor(palette) : QColor());
            } else if (i == 0) {
                draw.labelValue(cell, tr("Metrics"), tr("none recorded"));
            }
        }
        y += fm.lineSpacing();
    }
    y += gap(fm);
    draw.labelValue(take(fm.lineSpacing()), tr("Horizons"),
                    index.data(R::HorizonsTextRole).toString());
    // Since saving: how its predictions did once their actuals came; red when it loses to naive.
    const QVariant liveSkill = index.data(R::LiveSkillRole);
    draw.labelValue(take(fm.lineSpacing()), tr("Live"), index.data(R::LiveTextRole).toString(),
                    liveSkill.isValid() && SkillWarning::applies(liveSkill.toDouble())
                        ? SkillWarning::textColor(palette)
                        : QColor());
    const QRect last = take(fm.lineSpacing());
    draw.labelValue(QRect(last.left(), last.top(), half + half / 3, last.height()), tr("Created"),
                    index.data(R::CreatedTextRole).toString());
    draw.rightText(last, index.data(R::SizeTextRole).toString());
}

} // namespace modeldeck
