#pragma once
// The jobs waiting in the training queue, in run order (JobRepository::active(), loaded on a
// pool thread and reloaded when the queue changes). Rows can be reordered by drag and drop
// (TrainingQueue::move) and the priority edited in place (TrainingQueue::setPriority). The
// running jobs of the same load are kept aside for lookups by id.

#include "common/ReloadGate.h"
#include "domain/TrainingJob.h"

#include <QAbstractTableModel>
#include <optional>
#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

class QueueBinding;
class TrainingQueue;
class WorkspaceSession;

class PendingJobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        OrderColumn,
        SymbolColumn,
        TimeframeColumn,
        BotColumn,
        PriorityColumn,
        QueuedColumn,
        ColumnCount
    };
    enum Role { JobIdRole = Qt::UserRole + 1 };

    // `session` is not owned; the model copes with it being deleted first.
    explicit PendingJobsModel(WorkspaceSession *session, QObject *parent = nullptr);

    const TrainingJob *jobAt(int row) const;
    int rowOfJob(qint64 jobId) const; // -1 if not pending
    // A pending or running job of the last load.
    std::optional<TrainingJob> activeJob(qint64 jobId) const;
    bool isLoading() const { return m_gate.isRunning(); }
    bool hasLoaded() const { return m_loaded; }
    QString loadError() const { return m_error; }

    // Loads the queue again; while a load runs, one more follows it (never a pile-up).
    QCoro::Task<> reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Moves the dragged job through the queue and returns false, so the view removes nothing:
    // the rows come back in their new order from the reload that the move triggers.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded();
    void errorOccurred(const QString &message);

private:
    void bind(TrainingQueue *queue);

    QueueBinding *m_binding;
    std::vector<TrainingJob> m_pending;
    std::vector<TrainingJob> m_running;
    QString m_error;
    ReloadGate m_gate;
    bool m_loaded = false;
};

} // namespace modeldeck
