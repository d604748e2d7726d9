#pragma once
// A WorkspaceSession opened on a folder, for widget tests that need a real workspace.

#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"

#include <QSignalSpy>
#include <QString>
#include <memory>

namespace modeldeck::test {

// Opens (creating) the workspace in `dir`; aborts the test binary if it cannot, since every
// later check would be meaningless.
inline std::unique_ptr<WorkspaceSession> openSession(const QString &dir)
{
    auto session = std::make_unique<WorkspaceSession>();
    QSignalSpy opened(session.get(), &WorkspaceSession::opened);
    session->open(dir);
    if (opened.isEmpty() && !opened.wait(30000))
        qFatal("workspace %s did not open", qPrintable(dir));
    return session;
}

// Every queue the session opens ends its jobs at once, successfully: for tests that need a
// workspace's data but not the real training its demo queues on the first open.
inline void finishJobsAtOnce(WorkspaceSession *session)
{
    QObject::connect(session, &WorkspaceSession::queueChanged, session, [](TrainingQueue *queue) {
        if (queue)
            queue->setExecutor([](const TrainingJob &, const CancellationToken &,
                                  const ProgressCallback &) { return JobResult {}; });
    });
}

} // namespace modeldeck::test
