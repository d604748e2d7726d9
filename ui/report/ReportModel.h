#pragma once
// The training records of a workspace as a table for the report: one row per training run with
// its status (fresh or stale by the stale threshold), age, data points, errors and model size,
// plus the totals shown above the table and the rows as written to a CSV export.

#include "domain/TrainingRecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QIcon>
#include <QStringList>
#include <array>
#include <memory>
#include <vector>

namespace modeldeck {

struct ReportTotals
{
    qint64 records = 0;
    qint64 fresh = 0; // active and trained within the stale threshold
    qint64 stale = 0; // active but older (or of unknown age)
    qint64 failed = 0;
    qint64 archived = 0;
    double storageMb = 0; // model files of every record (MiB)
    int symbols = 0;
    int timeframes = 0;
    int bots = 0;
};

class ReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SymbolColumn,
        TimeframeColumn,
        BotColumn,
        StatusColumn,
        TrainedAtColumn,
        AgeColumn,
        DataPointsColumn,
        RmseColumn,
        MaeColumn,
        SizeColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, StateRole };
    enum class State { Fresh, Stale, Failed, Archived };
    Q_ENUM(State)

    using Records = std::shared_ptr<const std::vector<TrainingRecord>>;

    explicit ReportModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRecords(Records records, const QDateTime &nowUtc);
    const Records &records() const { return m_records; }
    // Ages and the fresh/stale split are relative to this moment.
    void setNow(const QDateTime &nowUtc);
    void setStaleHours(int hours);
    int staleHours() const { return m_staleHours; }
    const ReportTotals &totals() const { return m_totals; }

    static State stateOf(const TrainingRecord &record, const QDateTime &nowUtc, int staleHours);
    static ReportTotals computeTotals(const std::vector<TrainingRecord> &records,
                                      const QDateTime &nowUtc, int staleHours);
    static QString stateText(State state);
    // The export's columns: machine-readable values (ISO times in UTC, plain numbers).
    static QStringList csvHeader();
    static QStringList csvFields(const TrainingRecord &record, const QDateTime &nowUtc,
                                 int staleHours);

private:
    void recompute();

    Records m_records = std::make_shared<const std::vector<TrainingRecord>>();
    QDateTime m_now;
    int m_staleHours = 24;
    ReportTotals m_totals;
    std::array<QIcon, 4> m_icons; // per State
};

} // namespace modeldeck
