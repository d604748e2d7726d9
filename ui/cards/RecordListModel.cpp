#include "cards/RecordListModel.h"

#include "common/SkillWarning.h"
#include "common/StatusPalette.h"
#include "util/WorkPool.h"

#include <QDateTime>
#include <QLocale>
#include <QSettings>
#include <QThreadPool>
#include <algorithm>
#include <cmath>

namespace modeldeck {

namespace {

const QString kDash = QStringLiteral("—");

QString number(const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value))
        return kDash;
    return QLocale().toString(*value, 'g', 4);
}

QString skillText(const std::optional<double> &skill)
{
    if (!skill || !std::isfinite(*skill))
        return kDash;
    // Skill is 1 - RMSE / RMSE_naive: +12 % means 12 % lower error than "tomorrow = today".
    return SkillWarning::percent(*skill);
}

QString trainedAtText(qint64 ms)
{
    if (ms <= 0)
        return kDash;
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

RecordListModel::RecordListModel(QObject *parent)
    : QAbstractListModel(parent), m_nowMs(QDateTime::currentMSecsSinceEpoch())
{
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(RecordIdRole, "recordId");
    names.insert(SymbolRole, "symbol");
    names.insert(TimeframeRole, "timeframe");
    names.insert(BotRole, "bot");
    names.insert(CardStatusRole, "cardStatus");
    names.insert(StatusTextRole, "statusText");
    names.insert(AgeTextRole, "ageText");
    return names;
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const TrainingRecordSummary &r = m_records[size_t(row)];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2 · %3").arg(r.bot, r.symbol, r.timeframe);
    case Qt::AccessibleTextRole:
        return accessibleText(row);
    case Qt::AccessibleDescriptionRole:
        return tr("Enter shows details, R retrains, Delete clears.");
    case Qt::ToolTipRole:
        return r.errorMessage.isEmpty() ? accessibleText(row) : r.errorMessage;
    case RecordIdRole:
        return r.id;
    case SymbolRole:
        return r.symbol;
    case TimeframeRole:
        return r.timeframe;
    case BotRole:
        return r.bot;
    case CardStatusRole:
        return int(cardStatus(row));
    case StatusTextRole:
        return statusText(cardStatus(row));
    case StatusColorRole:
        return statusColor(cardStatus(row));
    case TrainedAtTextRole:
        return trainedAtText(r.trainedAtMs);
    case AgeTextRole:
        return ageText(r.trainedAtMs, m_nowMs);
    case DataPointsTextRole:
        return locale.toString(r.dataPoints);
    case PeriodTextRole:
        return r.trainingPeriod.isEmpty() ? kDash : r.trainingPeriod;
    case RmseTextRole:
        return number(r.testRmse);
    case MaeTextRole:
        return number(r.testMae);
    case SizeTextRole:
        return r.modelSizeMb > 0 ? tr("%1 MB").arg(locale.toString(r.modelSizeMb, 'f', 2)) : kDash;
    case SkillTextRole:
        return skillText(r.skill);
    case ErrorTextRole:
        return cardStatus(row) == CardStatus::Failed ? r.errorMessage : QString();
    case ProgressRole:
        if (auto it = m_progress.constFind(r.id); it != m_progress.cend())
            return it->fraction;
        return {};
    case ProgressTextRole:
        if (auto it = m_progress.constFind(r.id); it != m_progress.cend())
            return it->text;
        return {};
    case SkillWarningRole:
        return SkillWarning::text(r.skill);
    default:
        return {};
    }
}

QString RecordListModel::accessibleText(int row) const
{
    const TrainingRecordSummary &r = m_records[size_t(row)];
    QString text = tr("%1, %2 %3, %4, trained %5, RMSE %6, MAE %7, skill vs naive %8")
                       .arg(r.bot, r.symbol, r.timeframe, statusText(cardStatus(row)),
                            ageText(r.trainedAtMs, m_nowMs), number(r.testRmse), number(r.testMae),
                            skillText(r.skill));
    if (cardStatus(row) == CardStatus::Failed && !r.errorMessage.isEmpty())
        text += tr(", error: %1").arg(r.errorMessage);
    if (m_progress.contains(r.id))
        text += tr(", retraining %1 %").arg(qRound(m_progress.value(r.id).fraction * 100));
    // A sentence of its own after the fields: it explains the skill figure just read out.
    if (const QString warning = SkillWarning::text(r.skill); !warning.isEmpty())
        text += tr(". %1").arg(warning);
    return text;
}

void RecordListModel::setRecords(std::vector<TrainingRecordSummary> records,
                                 std::optional<FacetCounts> counts, std::vector<QString> searchText)
{
    // New runs appear in front (newest first) and a partial first load grows at the end; when
    // that is the only structural change, rows are inserted there and the rest refreshed in
    // place, so the view keeps its place.
    const size_t oldSize = m_records.size();
    const auto sameIdsAt = [&](size_t offset) {
        for (size_t i = 0; i < oldSize; ++i) {
            if (records[offset + i].id != m_records[i].id)
                return false;
        }
        return true;
    };
    const bool grows = oldSize > 0 && records.size() >= oldSize;
    const size_t added = grows ? records.size() - oldSize : 0;
    std::vector<TrainingRecordSummary> old;
    if (grows && sameIdsAt(added)) {
        if (added > 0)
            beginInsertRows({}, 0, int(added) - 1);
        old = std::exchange(m_records, std::move(records));
        if (added > 0)
            endInsertRows();
        emitChanged(old, int(added));
    } else if (grows && sameIdsAt(0)) {
        beginInsertRows({}, int(oldSize), int(records.size()) - 1);
        old = std::exchange(m_records, std::move(records));
        endInsertRows();
        emitChanged(old, 0);
    } else {
        beginResetModel();
        old = std::exchange(m_records, std::move(records));
        endResetModel();
    }
    // Empty: built by the next search.
    std::vector<QString> oldText = std::exchange(m_searchText, std::move(searchText));
    // Freeing 100,000 records' strings takes the GUI thread tens of milliseconds.
    if (old.size() > 1000) {
        workPool()->start([discard = std::move(old), text = std::move(oldText)]() mutable {
            discard.clear();
            text.clear();
        });
    }
    m_counts = counts ? std::move(*counts) : countFacets(m_records, m_nowMs, m_staleMs);
    Q_EMIT countsChanged();
}

void RecordListModel::emitChanged(const std::vector<TrainingRecordSummary> &old, int offset)
{
    // Only rows whose card would look different, in runs: one dataChanged over 100,000 rows
    // costs the proxy and the view a pass each. A run's names and texts are written once with
    // its record; what changes later is its status (archived, failed by reconciliation) and
    // the error that comes with it, so only those and the numbers are compared.
    const auto differs = [](const TrainingRecordSummary &a, const TrainingRecordSummary &b) {
        return a.status != b.status || a.trainedAtMs != b.trainedAtMs || a.testRmse != b.testRmse
            || a.testMae != b.testMae || a.skill != b.skill || a.modelSizeMb != b.modelSizeMb
            || a.dataPoints != b.dataPoints || a.epochs != b.epochs
            || (a.status != TrainingRecord::Status::Active && a.errorMessage != b.errorMessage);
    };
    int runStart = -1;
    for (int i = 0; i <= int(old.size()); ++i) {
        const bool changed
            = i < int(old.size()) && differs(old[size_t(i)], m_records[size_t(offset + i)]);
        if (changed && runStart < 0)
            runStart = i;
        if (!changed && runStart >= 0) {
            Q_EMIT dataChanged(index(offset + runStart), index(offset + i - 1));
            runStart = -1;
        }
    }
}

int RecordListModel::rowOf(qint64 recordId) const
{
    // A scan of contiguous ids is quicker than keeping a 100,000-entry hash up to date.
    for (size_t i = 0; i < m_records.size(); ++i) {
        if (m_records[i].id == recordId)
            return int(i);
    }
    return -1;
}

std::vector<QString> RecordListModel::searchTexts(const std::vector<TrainingRecordSummary> &records)
{
    // One case-folded string per record: a case-sensitive scan of it is several times quicker
    // than case-insensitive scans of five fields, which took a search over 100,000 records past
    // 100 ms. The unit separator keeps matches inside a field.
    std::vector<QString> texts;
    texts.reserve(records.size());
    const QChar separator(0x1f);
    for (const TrainingRecordSummary &r : records) {
        const QString text = r.symbol + separator + r.bot + separator + r.timeframe + separator
            + r.trainingPeriod + separator + r.errorMessage;
        texts.push_back(text.toCaseFolded());
    }
    return texts;
}

bool RecordListModel::matches(int row, const QStringMatcher &foldedNeedle) const
{
    if (m_searchText.size() != m_records.size()) // not built by the loader: build them now
        m_searchText = searchTexts(m_records);
    return foldedNeedle.indexIn(m_searchText[size_t(row)]) >= 0;
}

RecordListModel::FacetCounts
RecordListModel::countFacets(const std::vector<TrainingRecordSummary> &records, qint64 nowMs,
                             qint64 staleMs)
{
    FacetCounts counts;
    for (const TrainingRecordSummary &r : records) {
        ++counts.symbols[r.symbol];
        ++counts.timeframes[r.timeframe];
        ++counts.bots[r.bot];
        ++counts.statuses[size_t(statusOf(r, nowMs, staleMs))];
    }
    counts.total = int(records.size());
    return counts;
}

void RecordListModel::recountStatuses()
{
    m_counts.statuses = {};
    for (const TrainingRecordSummary &r : m_records)
        ++m_counts.statuses[size_t(statusOf(r, m_nowMs, m_staleMs))];
    Q_EMIT countsChanged();
}

void RecordListModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (m_records.empty())
        return;
    Q_EMIT dataChanged(
        index(0), index(rowCount() - 1),
        { AgeTextRole, CardStatusRole, StatusTextRole, StatusColorRole, Qt::AccessibleTextRole });
    recountStatuses();
}

void RecordListModel::setStaleHours(double hours)
{
    const qint64 ms = qint64(std::max(0.0, hours) * 3'600'000.0);
    if (ms == m_staleMs)
        return;
    m_staleMs = ms;
    setNow(m_nowMs);
}

void RecordListModel::emitRowChanged(qint64 recordId, const QList<int> &roles)
{
    if (const int row = rowOf(recordId); row >= 0)
        Q_EMIT dataChanged(index(row), index(row), roles);
}

void RecordListModel::setProgress(qint64 recordId, double fraction, const QString &text)
{
    m_progress.insert(recordId, { std::clamp(fraction, 0.0, 1.0), text });
    emitRowChanged(recordId, { ProgressRole, ProgressTextRole, Qt::AccessibleTextRole });
}

void RecordListModel::clearProgress(qint64 recordId)
{
    if (m_progress.remove(recordId))
        emitRowChanged(recordId, { ProgressRole, ProgressTextRole, Qt::AccessibleTextRole });
}

void RecordListModel::clearAllProgress()
{
    const auto ids = m_progress.keys();
    for (qint64 id : ids)
        clearProgress(id);
}

RecordListModel::CardStatus RecordListModel::statusOf(const TrainingRecordSummary &record,
                                                      qint64 nowMs, qint64 staleMs)
{
    switch (record.status) {
    case TrainingRecord::Status::Failed:
        return CardStatus::Failed;
    case TrainingRecord::Status::Archived:
        return CardStatus::Archived;
    case TrainingRecord::Status::Active:
        break;
    }
    // An unreadable training time cannot vouch for freshness.
    if (record.trainedAtMs <= 0)
        return CardStatus::Stale;
    return nowMs - record.trainedAtMs < staleMs ? CardStatus::Active : CardStatus::Stale;
}

double RecordListModel::staleHoursSetting()
{
    const double hours = QSettings().value(QStringLiteral("training/staleHours"), 24.0).toDouble();
    return hours > 0 ? hours : 24.0;
}

QString RecordListModel::statusText(CardStatus status)
{
    switch (status) {
    case CardStatus::Active:
        return tr("Active");
    case CardStatus::Stale:
        return tr("Stale");
    case CardStatus::Failed:
        return tr("Failed");
    case CardStatus::Archived:
        return tr("Archived");
    }
    return {};
}

QColor RecordListModel::statusColor(CardStatus status)
{
    switch (status) {
    case CardStatus::Active:
        return StatusPalette::active();
    case CardStatus::Stale:
        return StatusPalette::stale();
    case CardStatus::Failed:
        return StatusPalette::failed();
    case CardStatus::Archived:
        return StatusPalette::archived();
    }
    return {};
}

QString RecordListModel::ageText(qint64 trainedAtMs, qint64 nowMs)
{
    if (trainedAtMs <= 0)
        return kDash;
    const qint64 minutes = std::max<qint64>(0, nowMs - trainedAtMs) / 60'000;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%1 min ago").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1h ago").arg(hours);
    return tr("%1d ago").arg(hours / 24);
}

} // namespace modeldeck
