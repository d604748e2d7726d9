#pragma once
// "Refresh data first" for training and retraining: brings the given series up to date from
// the provider each was last downloaded from (incrementally), then calls the enqueue function,
// also when a refresh failed or none was possible: training on the data at hand beats not
// training. Failures are reported through refreshFailed(), never by a dialog that waits.

#include "net/RefreshPlan.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

class CancellationToken;
class WorkspaceSession;

struct RefreshOutcome
{
    int refreshed = 0; // series downloaded without error
    QStringList failures; // "AAPL 1d: Cannot reach …"
    QStringList skipped; // "TCS.NS 1d: Imported from TCS.csv; there is no provider …"
    bool cancelled = false;
};

class RefreshThenTrain : public QObject
{
    Q_OBJECT
public:
    // The session is not owned and must outlive this object.
    explicit RefreshThenTrain(WorkspaceSession *session, QObject *parent = nullptr);
    ~RefreshThenTrain() override; // cancels running refreshes; their enqueue functions never run

    // Refreshes `series` (those without a provider are skipped), reloads the session's symbols,
    // then calls `enqueue` (may be empty) and emits finished().
    QCoro::Task<RefreshOutcome> run(std::vector<SeriesKey> series, std::function<void()> enqueue);
    // The same without awaiting it, for a slot.
    void start(std::vector<SeriesKey> series, std::function<void()> enqueue);

    bool isRunning() const { return !m_tokens.empty(); }

public Q_SLOTS:
    // Stops waiting for the refreshes (series already written stay, the others write nothing);
    // the enqueue functions still run, on the data as it is.
    void cancel();

Q_SIGNALS:
    void progress(int done, int total); // series refreshed or failed so far
    void refreshFailed(const QStringList &failures);
    void finished(const modeldeck::RefreshOutcome &outcome);

private:
    WorkspaceSession *m_session;
    std::vector<std::shared_ptr<CancellationToken>> m_tokens; // one per running refresh
};

} // namespace modeldeck
