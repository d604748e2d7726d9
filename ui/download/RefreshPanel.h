#pragma once
// The "Refreshing N series…" page of a dialog that refreshes price data before it acts (for
// now Auto-train): runs a RefreshThenTrain it owns, shows its overall progress, and offers Skip
// Refresh (act now, on the data at hand). Abandoning it (the dialog closed) cancels the
// downloads and never runs the action.

#include "net/RefreshPlan.h"

#include <QStringList>
#include <QWidget>
#include <functional>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;

namespace modeldeck {

class RefreshThenTrain;
class WorkspaceSession;
struct RefreshOutcome;

class RefreshPanel : public QWidget
{
    Q_OBJECT
public:
    // The session is not owned and must outlive this panel.
    explicit RefreshPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    // Refreshes `series`, then calls `then` (also after Skip Refresh or failed downloads) and
    // emits finished(). `then` may run before start() returns, when there is nothing to fetch.
    void start(std::vector<SeriesKey> series, std::function<void()> then);
    // Stops without calling `then` or emitting finished(); series already written stay.
    void abandon();
    bool isRunning() const { return m_refresher != nullptr; }

    // The outcome as lines for a result page: what was refreshed, failed and not refreshed.
    static QStringList describe(const RefreshOutcome &outcome);

    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *skipButton() const { return m_skip; }

Q_SIGNALS:
    void finished(const modeldeck::RefreshOutcome &outcome);

private:
    void setProgress(int done, int total);

    WorkspaceSession *m_session;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_skip;
    RefreshThenTrain *m_refresher = nullptr; // a child while a refresh runs, else null
    bool m_skipping = false;
};

} // namespace modeldeck
