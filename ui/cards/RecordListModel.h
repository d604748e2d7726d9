#pragma once
// The workspace's training records as a flat list for the model cards: one row per record,
// the card's texts as roles (formatting lives here, not in the delegate), the card status
// derived from the record and its age, and the progress of a running retrain.

#include "domain/TrainingRecord.h"

#include <QAbstractListModel>
#include <QColor>
#include <QHash>
#include <QStringMatcher>
#include <array>
#include <optional>
#include <vector>

namespace modeldeck {

class RecordListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // What a card says about a record: Active and Stale are both active records, split by age.
    enum class CardStatus { Active, Stale, Failed, Archived };
    Q_ENUM(CardStatus)
    static constexpr int kStatusCount = 4;

    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        SymbolRole,
        TimeframeRole,
        BotRole,
        CardStatusRole, // CardStatus as int
        StatusTextRole, // "Active", "Stale", …
        StatusColorRole, // QColor
        TrainedAtTextRole,
        AgeTextRole, // "2h ago"
        DataPointsTextRole,
        PeriodTextRole,
        RmseTextRole, // "—" when absent
        MaeTextRole,
        SizeTextRole,
        SkillTextRole,
        ErrorTextRole, // empty unless failed
        ProgressRole, // 0..1 while a retrain of this record runs, else invalid
        ProgressTextRole,
        SkillWarningRole, // the "worse than naive" sentence (SkillWarning), empty when none
        RoleCount
    };

    // How many records have each value, for the filter sidebar.
    struct FacetCounts
    {
        QHash<QString, int> symbols;
        QHash<QString, int> timeframes;
        QHash<QString, int> bots;
        std::array<int, kStatusCount> statuses {};
        int total = 0;
    };

    explicit RecordListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the records (newest first). Records only added before or after the old list,
    // or changed in place, keep the view's scroll position and selection. `counts` must be
    // countFacets(records, nowMs(), staleMs()) when given; 100,000 records count in ~20 ms,
    // which callers can spend off the GUI thread.
    // `searchText`, when given, must be searchTexts(records) (also best built off the GUI thread).
    void setRecords(std::vector<TrainingRecordSummary> records,
                    std::optional<FacetCounts> counts = {}, std::vector<QString> searchText = {});
    static std::vector<QString> searchTexts(const std::vector<TrainingRecordSummary> &records);
    const TrainingRecordSummary &record(int row) const { return m_records[size_t(row)]; }
    int rowOf(qint64 recordId) const; // -1 when absent
    CardStatus cardStatus(int row) const
    {
        return statusOf(m_records[size_t(row)], m_nowMs, m_staleMs);
    }
    // Whether the free-text search finds `foldedNeedle` (a case-sensitive matcher of the
    // case-folded search text) in the symbol, timeframe, bot, period or error of the row.
    bool matches(int row, const QStringMatcher &foldedNeedle) const;
    const FacetCounts &counts() const { return m_counts; }
    static FacetCounts countFacets(const std::vector<TrainingRecordSummary> &records, qint64 nowMs,
                                   qint64 staleMs);

    // The clock ages and Active/Stale are computed against; refreshed every minute.
    void setNow(qint64 nowMs);
    qint64 nowMs() const { return m_nowMs; }
    void setStaleHours(double hours);
    double staleHours() const { return m_staleMs / 3'600'000.0; }
    qint64 staleMs() const { return m_staleMs; }

    void setProgress(qint64 recordId, double fraction, const QString &text);
    void clearProgress(qint64 recordId);
    void clearAllProgress();

    static CardStatus statusOf(const TrainingRecordSummary &record, qint64 nowMs, qint64 staleMs);
    // Hours after which an active model counts as stale: Settings' training/staleHours (24).
    static double staleHoursSetting();
    static QString statusText(CardStatus status);
    static QColor statusColor(CardStatus status);
    // "just now", "5 min ago", "2h ago", "3d ago"; "—" for an unknown time.
    static QString ageText(qint64 trainedAtMs, qint64 nowMs);

Q_SIGNALS:
    void countsChanged();

private:
    struct Progress
    {
        double fraction = 0;
        QString text;
    };
    QString accessibleText(int row) const;
    void recountStatuses();
    void emitChanged(const std::vector<TrainingRecordSummary> &old, int offset);
    void emitRowChanged(qint64 recordId, const QList<int> &roles);

    std::vector<TrainingRecordSummary> m_records;
    QHash<qint64, Progress> m_progress;
    FacetCounts m_counts;
    mutable std::vector<QString> m_searchText; // case-folded, per record; see matches()
    qint64 m_nowMs = 0;
    qint64 m_staleMs = 24 * 3'600'000LL;
};

} // namespace modeldeck
