#pragma once
// The workspace's recent strategy training jobs (queued, running and finished) with what each
// trains: "Re-run with Same Config" queues the same request again, "Open Result" shows a
// completed job's result (StrategyFacade::jobResult). Reloads as strategy jobs start and end.

#include "services/StrategyService.h"

#include <QPointer>
#include <QWidget>
#include <optional>
#include <qcoro/qcorotask.h>
#include <vector>

class QPushButton;
class QStandardItemModel;
class QTableView;

namespace modeldeck {

class InlineMessage;
class TrainingQueue;
class WorkspaceSession;

class StrategyJobsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kLimit = 100;

    explicit StrategyJobsView(WorkspaceSession *session, QWidget *parent = nullptr);

    QCoro::Task<> reload();
    const std::vector<StrategyJobEntry> &entries() const { return m_entries; }
    std::optional<StrategyJobEntry> selected() const;
    void selectJob(qint64 jobId);

    QTableView *view() const { return m_view; }
    QPushButton *rerunButton() const { return m_rerun; }
    QPushButton *openButton() const { return m_open; }

Q_SIGNALS:
    void rerunRequested(const modeldeck::StrategyTrainRequest &request);
    void openResultRequested(qint64 jobId, const modeldeck::StrategyTrainRequest &request);
    void reloaded(int count);

private:
    void followQueue(TrainingQueue *queue);
    void updateButtons();

    WorkspaceSession *m_session;
    QPointer<TrainingQueue> m_queue;
    QStandardItemModel *m_model;
    QTableView *m_view;
    InlineMessage *m_status;
    QPushButton *m_rerun;
    QPushButton *m_open;
    std::vector<StrategyJobEntry> m_entries;
    int m_loads = 0;
};

} // namespace modeldeck
