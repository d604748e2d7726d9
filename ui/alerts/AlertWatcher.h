#pragma once
// Keeps the GUI's view of alerts current without blocking it: polls the open count (one cheap
// query on the pool) every few seconds, because alerts are raised by other threads and other
// processes (a fill in the CLI, a failing job, the scheduler), and checks for stale active models
// when a workspace opens and every hour. Says when the count changed and which alerts are new.

#include "domain/Alert.h"

#include <QObject>
#include <QTimer>
#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

class WorkspaceSession;

class AlertWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollMs = 15'000;
    static constexpr int kStaleCheckMs = 3'600'000;

    // `session` is not owned and must outlive the watcher.
    explicit AlertWatcher(WorkspaceSession *session, QObject *parent = nullptr);

    void setStaleHours(int hours) { m_staleHours = hours; }
    const AlertSummary &summary() const { return m_summary; }

public Q_SLOTS:
    // Reads the count now (after something that may have raised or acknowledged alerts).
    QCoro::Task<> refresh();
    QCoro::Task<> checkStale();

Q_SIGNALS:
    void summaryChanged(const modeldeck::AlertSummary &summary);
    // Alerts raised since the last look (never the ones already there when a workspace opens).
    void raised(const std::vector<modeldeck::Alert> &alerts);

private:
    WorkspaceSession *m_session;
    QTimer m_poll;
    QTimer m_staleTimer;
    AlertSummary m_summary;
    bool m_known = false; // m_summary describes the open workspace
    bool m_refreshing = false;
    int m_staleHours = 24;
};

} // namespace modeldeck
