#include "BusyRetry.h"

#include "storage/LockHolder.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlError>
#include <QThread>
#include <algorithm>

namespace modeldeck {

namespace {

// SQLite's primary result codes; Qt's driver reports them as the native error code (an
// extended code keeps the primary one in its low byte).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
// Pauses are cut into slices this long, so a cancellation ends a wait promptly.
constexpr int kSliceMs = 50;

int envMs(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value >= 0 ? value : fallback;
}

BusyRetryPolicy policyFromEnvironment()
{
    BusyRetryPolicy p;
    p.busyTimeoutMs = envMs("MODELDECK_BUSY_TIMEOUT_MS", p.busyTimeoutMs);
    p.budgetMs = envMs("MODELDECK_BUSY_RETRY_MS", p.budgetMs);
    p.noticeAfterMs = envMs("MODELDECK_BUSY_NOTICE_MS", p.noticeAfterMs);
    return p;
}

QMutex g_mutex;
BusyRetryPolicy &policyLocked()
{
    static BusyRetryPolicy policy = policyFromEnvironment();
    return policy;
}
std::function<void(const BusyWait &)> &observerLocked()
{
    static std::function<void(const BusyWait &)> observer;
    return observer;
}

thread_local bool t_lastBusy = false;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

BusyRetryPolicy BusyRetryPolicy::current()
{
    QMutexLocker lock(&g_mutex);
    return policyLocked();
}

void BusyRetryPolicy::setCurrent(const BusyRetryPolicy &policy)
{
    QMutexLocker lock(&g_mutex);
    policyLocked() = policy;
}

QString BusyWait::message() const
{
    const QString who = holder.isEmpty()
        ? tr("The workspace database is locked by another program (for example sqlite3 or "
             "another ModelDeck)")
        : tr("The workspace database is locked by another process: %1").arg(holder);
    if (ended)
        return tr("%1 could write to the workspace database again after %2 s.")
            .arg(what)
            .arg(waitedMs / 1000);
    return tr("%1; ModelDeck keeps retrying (%2, %3 s so far).")
        .arg(who, what)
        .arg(waitedMs / 1000);
}

bool isBusyError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return false;
    const int primary = code & 0xff;
    return primary == kSqliteBusy || primary == kSqliteLocked;
}

void noteSqlError(const QSqlError &error)
{
    t_lastBusy = isBusyError(error);
}

bool lastErrorWasBusy()
{
    return t_lastBusy;
}

void clearBusyNote()
{
    t_lastBusy = false;
}

void setBusyObserver(std::function<void(const BusyWait &)> observer)
{
    QMutexLocker lock(&g_mutex);
    observerLocked() = std::move(observer);
}

void notifyBusyObserver(const BusyWait &wait)
{
    std::function<void(const BusyWait &)> observer;
    {
        QMutexLocker lock(&g_mutex);
        observer = observerLocked();
    }
    if (observer)
        observer(wait);
}

BusyBackoff::BusyBackoff(const QSqlDatabase &db, const BusyRetryOptions &options)
    : m_options(options), m_databasePath(db.databaseName()), m_policy(BusyRetryPolicy::current()),
      m_startMs(nowMs()), m_nextNoticeMs(m_policy.noticeAfterMs),
      m_pauseMs(std::max(1, m_policy.firstPauseMs))
{
    if (m_options.budgetMs < 0)
        m_options.budgetMs = m_policy.budgetMs;
    if (m_options.what.isEmpty())
        m_options.what = tr("Writing to the workspace database");
}

BusyBackoff::~BusyBackoff()
{
    if (m_noticed)
        notify(true);
}

bool BusyBackoff::pauseBeforeRetry()
{
    ++m_tries;
    const auto cancelled = [this] { return m_options.cancelled && m_options.cancelled(); };
    // Full jitter on the upper half: writers that collided do not come back in step.
    const int pause = m_pauseMs / 2 + int(QRandomGenerator::global()->bounded(m_pauseMs / 2 + 1));
    m_pauseMs = std::min(m_pauseMs * 2, std::max(1, m_policy.maxPauseMs));
    const qint64 waited = nowMs() - m_startMs;
    if (m_options.budgetMs > 0 && waited + pause > m_options.budgetMs)
        return false;
    for (int slept = 0; slept < pause; slept += kSliceMs) {
        if (cancelled())
            return false;
        QThread::msleep(ulong(std::min(kSliceMs, pause - slept)));
    }
    if (cancelled())
        return false;
    if (nowMs() - m_startMs >= m_nextNoticeMs) {
        m_nextNoticeMs += std::max(1, m_policy.noticeAfterMs);
        notify(false);
    }
    return true;
}

Error BusyBackoff::gaveUp(const Error &last) const
{
    const qint64 waited = nowMs() - m_startMs;
    const QString holder = m_holder.isEmpty() ? describeLockHolders(m_databasePath) : m_holder;
    Error e = last;
    e.message = holder.isEmpty()
        ? tr("%1 failed: the workspace database stayed locked by another program for %2 s "
             "(%3 tries). Close the program that holds it (for example sqlite3) and try again.")
              .arg(m_options.what)
              .arg(waited / 1000)
              .arg(m_tries + 1)
        : tr("%1 failed: the workspace database stayed locked by %2 for %3 s (%4 tries). Let "
             "it finish or close it, and try again.")
              .arg(m_options.what, holder)
              .arg(waited / 1000)
              .arg(m_tries + 1);
    return e;
}

void BusyBackoff::notify(bool ended)
{
    if (!ended) {
        // Looked up again each time: the holder may change while we wait.
        m_holder = describeLockHolders(m_databasePath);
        m_noticed = true;
    }
    const BusyWait wait { m_options.what, nowMs() - m_startMs, m_holder, ended };
    if (m_options.onWait)
        m_options.onWait(wait);
    notifyBusyObserver(wait);
}

} // namespace modeldeck
