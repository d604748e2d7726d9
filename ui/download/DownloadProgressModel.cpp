#include "download/DownloadProgressModel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>
#include <algorithm>

namespace modeldeck {

namespace {

QIcon stateIcon(DownloadProgressModel::State state)
{
    using State = DownloadProgressModel::State;
    QStyle *style = QApplication::style();
    switch (state) {
    case State::Waiting:
        return {};
    case State::Fetching:
    case State::Writing:
        return style->standardIcon(QStyle::SP_ArrowDown);
    case State::Done:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case State::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case State::Cancelled:
        return style->standardIcon(QStyle::SP_DialogCancelButton);
    case State::Skipped:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

DownloadProgressModel::DownloadProgressModel(QObject *parent) : QAbstractTableModel(parent) { }

void DownloadProgressModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

bool DownloadProgressModel::isFinished(State state)
{
    return state != State::Waiting && state != State::Fetching && state != State::Writing;
}

int DownloadProgressModel::unfinishedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &r) { return !isFinished(r.state); }));
}

int DownloadProgressModel::count(State state) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [state](const Row &r) { return r.state == state; }));
}

MergeStats DownloadProgressModel::mergedTotals() const
{
    MergeStats total;
    for (const Row &r : m_rows) {
        total.added += r.merge.added;
        total.updated += r.merge.updated;
        total.unchanged += r.merge.unchanged;
    }
    return total;
}

void DownloadProgressModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DownloadProgressModel::applyProgress(int row, const DownloadProgress &progress)
{
    if (row < 0 || row >= rowCount())
        return;
    Row &r = m_rows[size_t(row)];
    if (isFinished(r.state))
        return; // a late page report must not reopen a finished row
    if (progress.stage == DownloadProgress::Stage::Done
        || progress.stage == DownloadProgress::Stage::Failed) {
        applyReport(row, progress.outcome);
        return;
    }
    r.symbol = progress.symbol;
    r.pages = progress.pages;
    r.bars = progress.bars;
    switch (progress.stage) {
    case DownloadProgress::Stage::Fetching:
        r.state = State::Fetching;
        break;
    case DownloadProgress::Stage::Writing:
        r.state = State::Writing;
        break;
    case DownloadProgress::Stage::Done:
    case DownloadProgress::Stage::Failed:
        break; // handled above
    }
    rowChanged(row);
}

void DownloadProgressModel::applyReport(int row, const SymbolDownloadReport &report)
{
    if (row < 0 || row >= rowCount())
        return;
    Row &r = m_rows[size_t(row)];
    r.symbol = report.symbol.isEmpty() ? report.requested : report.symbol;
    r.state = report.ok ? State::Done : report.cancelled ? State::Cancelled : State::Failed;
    r.pages = report.pages;
    r.bars = report.bars;
    r.merge = report.ok ? report.merge : MergeStats();
    r.message = report.ok ? QString() : report.error.toString();
    r.notes = report.notes;
    rowChanged(row);
}

void DownloadProgressModel::finish(int row, State state, const QString &message)
{
    if (row < 0 || row >= rowCount())
        return;
    Row &r = m_rows[size_t(row)];
    r.state = state;
    r.message = message;
    rowChanged(row);
}

QString DownloadProgressModel::stateText(State state)
{
    switch (state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Fetching:
        return tr("Fetching…");
    case State::Writing:
        return tr("Writing…");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    case State::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString DownloadProgressModel::resultText(const Row &row) const
{
    if (row.state != State::Done)
        return row.message;
    const QLocale locale;
    QString text = tr("%1 new, %2 updated, %3 unchanged")
                       .arg(locale.toString(row.merge.added), locale.toString(row.merge.updated),
                            locale.toString(row.merge.unchanged));
    // The first note (a clamped range, an empty one) matters enough to be seen without hovering.
    if (!row.notes.isEmpty())
        text += tr(" — %1").arg(row.notes.constFirst());
    return text;
}

QString DownloadProgressModel::toolTip(const Row &row) const
{
    QStringList lines {
        tr("%1 %2 from %3: %4").arg(row.symbol, row.timeframe, row.provider, stateText(row.state))
    };
    if (row.pages > 0 || row.bars > 0)
        lines << tr("%n page(s), %1 bars received", nullptr, row.pages)
                     .arg(QLocale().toString(row.bars));
    if (row.state == State::Done) {
        lines << tr("%1 new, %2 updated, %3 unchanged bars")
                     .arg(QLocale().toString(row.merge.added),
                          QLocale().toString(row.merge.updated),
                          QLocale().toString(row.merge.unchanged));
    } else if (!row.message.isEmpty()) {
        lines << row.message;
    }
    lines << row.notes;
    return lines.join(u'\n');
}

int DownloadProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DownloadProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DownloadProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SymbolColumn:
            return r.symbol;
        case TimeframeColumn:
            return r.timeframe;
        case ProviderColumn:
            return r.provider;
        case StateColumn:
            return stateText(r.state);
        case PagesColumn:
            return r.state == State::Waiting || r.state == State::Skipped
                ? QString()
                : QLocale().toString(r.pages);
        case BarsColumn:
            return r.state == State::Waiting || r.state == State::Skipped
                ? QString()
                : QLocale().toString(r.bars);
        case ResultColumn:
            return resultText(r);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        return column == StateColumn ? QVariant(stateIcon(r.state)) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(r);
    case Qt::TextAlignmentRole:
        if (column == PagesColumn || column == BarsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DownloadProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SymbolColumn:
        return tr("Symbol");
    case TimeframeColumn:
        return tr("Timeframe");
    case ProviderColumn:
        return tr("Provider");
    case StateColumn:
        return tr("State");
    case PagesColumn:
        return tr("Pages");
    case BarsColumn:
        return tr("Bars");
    case ResultColumn:
        return tr("Result");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace modeldeck
