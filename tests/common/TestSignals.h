#pragma once
// Waiting for a signal that an action may already have sent: co_await on a QFuture that has
// finished by then resumes at once, so a quick pool task can emit before QSignalSpy::wait()
// starts, and wait() would then sit out its whole timeout for a second emission.

#include <QSignalSpy>

namespace modeldeck::test {

inline bool arrived(QSignalSpy &spy, int timeoutMs)
{
    return !spy.isEmpty() || spy.wait(timeoutMs);
}

} // namespace modeldeck::test
