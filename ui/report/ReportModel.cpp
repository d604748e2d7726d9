#include "report/ReportModel.h"

#include "common/StatusPalette.h"

#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSet>
#include <cmath>

namespace modeldeck {

namespace {

constexpr qint64 kSecondsPerHour = 3600;

// Seconds since training, or -1 when the stored time is unusable (hostile or old rows).
qint64 ageSeconds(const TrainingRecord &record, const QDateTime &nowUtc)
{
    if (!record.trainedAt.isValid() || !nowUtc.isValid())
        return -1;
    return std::max<qint64>(0, record.trainedAt.secsTo(nowUtc));
}

QString formatAge(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("—");
    if (seconds < kSecondsPerHour)
        return ReportModel::tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 48 * kSecondsPerHour)
        return ReportModel::tr("%n h", nullptr, int(seconds / kSecondsPerHour));
    return ReportModel::tr("%n d", nullptr, int(seconds / (24 * kSecondsPerHour)));
}

QString formatMetric(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? QLocale().toString(*value, 'g', 5)
                                          : QStringLiteral("—");
}

QString plainNumber(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? QString::number(*value, 'g', 10) : QString();
}

// The status colours of the cards, always shown beside the status text.
QColor stateColor(ReportModel::State state)
{
    switch (state) {
    case ReportModel::State::Fresh:
        return StatusPalette::active();
    case ReportModel::State::Stale:
        return StatusPalette::stale();
    case ReportModel::State::Failed:
        return StatusPalette::failed();
    case ReportModel::State::Archived:
        break;
    }
    return StatusPalette::archived();
}

QIcon stateIcon(ReportModel::State state)
{
    // Drawn large so that the icon engine scales down crisply on high-DPI screens.
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(stateColor(state));
    painter.drawEllipse(QRectF(6, 6, 20, 20));
    return QIcon(pixmap);
}

} // namespace

ReportModel::ReportModel(QObject *parent)
    : QAbstractTableModel(parent),
      m_now(QDateTime::currentDateTimeUtc()), m_icons { stateIcon(State::Fresh),
                                                        stateIcon(State::Stale),
                                                        stateIcon(State::Failed),
                                                        stateIcon(State::Archived) }
{
}

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records->size());
}

int ReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ReportModel::State ReportModel::stateOf(const TrainingRecord &record, const QDateTime &nowUtc,
                                        int staleHours)
{
    switch (record.status) {
    case TrainingRecord::Status::Failed:
        return State::Failed;
    case TrainingRecord::Status::Archived:
        return State::Archived;
    case TrainingRecord::Status::Active:
        break;
    }
    const qint64 age = ageSeconds(record, nowUtc);
    return age >= 0 && age <= qint64(staleHours) * kSecondsPerHour ? State::Fresh : State::Stale;
}

QString ReportModel::stateText(State state)
{
    switch (state) {
    case State::Fresh:
        return tr("Active");
    case State::Stale:
        return tr("Stale");
    case State::Failed:
        return tr("Failed");
    case State::Archived:
        break;
    }
    return tr("Archived");
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TrainingRecord &r = (*m_records)[size_t(index.row())];
    const State state = stateOf(r, m_now, m_staleHours);
    const qint64 age = ageSeconds(r, m_now);
    if (role == StateRole)
        return QVariant::fromValue(state);
    if (role == Qt::TextAlignmentRole) {
        return index.column() >= AgeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn) {
        return m_icons[size_t(state)];
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == StatusColumn && state == State::Failed && !r.errorMessage.isEmpty())
            return r.errorMessage;
        if (index.column() == StatusColumn && state == State::Stale)
            return tr("Trained more than %n hour(s) ago; retraining is due.", nullptr,
                      m_staleHours);
        if (index.column() == TrainedAtColumn && r.trainedAt.isValid())
            return r.trainedAt.toUTC().toString(Qt::ISODate);
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case StatusColumn:
            return int(state);
        case TrainedAtColumn:
            return r.trainedAt.isValid() ? r.trainedAt.toMSecsSinceEpoch()
                                         : std::numeric_limits<qint64>::min();
        case AgeColumn:
            return age;
        case DataPointsColumn:
            return r.dataPoints;
        case RmseColumn:
            return r.testRmse ? QVariant(*r.testRmse) : QVariant();
        case MaeColumn:
            return r.testMae ? QVariant(*r.testMae) : QVariant();
        case SizeColumn:
            return r.modelSizeMb;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SymbolColumn:
        return r.symbol;
    case TimeframeColumn:
        return r.timeframe;
    case BotColumn:
        return r.bot;
    case StatusColumn:
        return stateText(state);
    case TrainedAtColumn:
        return r.trainedAt.isValid()
            ? QLocale().toString(r.trainedAt.toLocalTime(), QLocale::ShortFormat)
            : QStringLiteral("—");
    case AgeColumn:
        return formatAge(age);
    case DataPointsColumn:
        return QLocale().toString(r.dataPoints);
    case RmseColumn:
        return formatMetric(r.testRmse);
    case MaeColumn:
        return formatMetric(r.testMae);
    case SizeColumn:
        return r.modelSizeMb > 0 ? QLocale().formattedDataSize(qint64(r.modelSizeMb * 1024 * 1024))
                                 : QStringLiteral("—");
    default:
        return {};
    }
}

QVariant ReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SymbolColumn:
        return tr("Symbol");
    case TimeframeColumn:
        return tr("Timeframe");
    case BotColumn:
        return tr("Bot");
    case StatusColumn:
        return tr("Status");
    case TrainedAtColumn:
        return tr("Trained at");
    case AgeColumn:
        return tr("Age");
    case DataPointsColumn:
        return tr("Data points");
    case RmseColumn:
        return tr("RMSE");
    case MaeColumn:
        return tr("MAE");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

void ReportModel::setRecords(Records records, const QDateTime &nowUtc)
{
    beginResetModel();
    m_records
        = records ? std::move(records) : std::make_shared<const std::vector<TrainingRecord>>();
    m_now = nowUtc;
    recompute();
    endResetModel();
}

void ReportModel::setNow(const QDateTime &nowUtc)
{
    m_now = nowUtc;
    recompute();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, AgeColumn));
}

void ReportModel::setStaleHours(int hours)
{
    if (hours == m_staleHours)
        return;
    m_staleHours = hours;
    setNow(m_now);
}

void ReportModel::recompute()
{
    m_totals = computeTotals(*m_records, m_now, m_staleHours);
}

ReportTotals ReportModel::computeTotals(const std::vector<TrainingRecord> &records,
                                        const QDateTime &nowUtc, int staleHours)
{
    ReportTotals totals;
    QSet<QString> symbols, timeframes, bots;
    for (const TrainingRecord &r : records) {
        ++totals.records;
        switch (stateOf(r, nowUtc, staleHours)) {
        case State::Fresh:
            ++totals.fresh;
            break;
        case State::Stale:
            ++totals.stale;
            break;
        case State::Failed:
            ++totals.failed;
            break;
        case State::Archived:
            ++totals.archived;
            break;
        }
        if (std::isfinite(r.modelSizeMb) && r.modelSizeMb > 0)
            totals.storageMb += r.modelSizeMb;
        symbols.insert(r.symbol);
        timeframes.insert(r.timeframe);
        bots.insert(r.bot);
    }
    totals.symbols = int(symbols.size());
    totals.timeframes = int(timeframes.size());
    totals.bots = int(bots.size());
    return totals;
}

QStringList ReportModel::csvHeader()
{
    // Fixed English keys: the file is data for other programs, not translated text.
    return { QStringLiteral("symbol"),
             QStringLiteral("timeframe"),
             QStringLiteral("bot"),
             QStringLiteral("status"),
             QStringLiteral("trained_at_utc"),
             QStringLiteral("age_hours"),
             QStringLiteral("data_points"),
             QStringLiteral("test_rmse"),
             QStringLiteral("test_mae"),
             QStringLiteral("model_size_mb"),
             QStringLiteral("error") };
}

QStringList ReportModel::csvFields(const TrainingRecord &r, const QDateTime &nowUtc, int staleHours)
{
    static const char *const states[] = { "active", "stale", "failed", "archived" };
    const qint64 age = ageSeconds(r, nowUtc);
    return { r.symbol,
             r.timeframe,
             r.bot,
             QLatin1String(states[int(stateOf(r, nowUtc, staleHours))]),
             r.trainedAt.isValid() ? r.trainedAt.toUTC().toString(Qt::ISODate) : QString(),
             age >= 0 ? QString::number(double(age) / kSecondsPerHour, 'f', 2) : QString(),
             QString::number(r.dataPoints),
             plainNumber(r.testRmse),
             plainNumber(r.testMae),
             QString::number(
                 std::isfinite(r.modelSizeMb) && r.modelSizeMb > 0 ? r.modelSizeMb : 0.0, 'f', 3),
             r.errorMessage };
}

} // namespace modeldeck
