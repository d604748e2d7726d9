#pragma once
// The report tab: totals of the workspace's training runs (fresh, stale, failed, archived,
// storage, symbols, timeframes, bots) over a sortable, filterable table of every record,
// exportable as CSV (Ctrl+E). Records load on a pool thread through WorkspaceSession.

#include "report/ReportModel.h"

#include <QPointer>
#include <QWidget>
#include <qcoro/qcorotask.h>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace modeldeck {

class EmptyStateStack;
class MessageBanner;
class TrainingQueue;
class WorkspaceSession;

class ReportPage : public QWidget
{
    Q_OBJECT
public:
    // The session is not owned; it must outlive the view (the main window owns both).
    explicit ReportPage(WorkspaceSession *session, QWidget *parent = nullptr);

    ReportModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QAction *exportAction() const { return m_exportAction; }

    // Reloads the records; false (and the message shown) when the workspace cannot be read.
    QCoro::Task<bool> refresh();
    // Writes the rows in the table's current order (and filter) to `path`, atomically, on a
    // pool thread. Emits exported() too.
    QCoro::Task<bool> exportCsv(const QString &path);

public Q_SLOTS:
    void setStaleHours(int hours);

Q_SIGNALS:
    void refreshed();
    void exported(bool ok, const QString &message);

private:
    void chooseExportFile();
    void watchQueue(TrainingQueue *queue);
    void updateTotals();
    void setMessage(const QString &text);

    WorkspaceSession *m_session;
    ReportModel *m_model;
    QSortFilterProxyModel *m_proxy;
    EmptyStateStack *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_totalsLabels[9] = {};
    QLabel *m_freshCaption = nullptr; // these two name the stale threshold
    QLabel *m_staleCaption = nullptr;
    MessageBanner *m_messageLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_exportButton = nullptr;
    QAction *m_exportAction = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QTimer *m_clockTimer = nullptr;
    QPointer<TrainingQueue> m_watchedQueue;
    bool m_loading = false;
    bool m_exporting = false;
};

} // namespace modeldeck
