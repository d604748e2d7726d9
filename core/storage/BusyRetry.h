#pragma once
// Waiting out a locked workspace database. SQLite's busy_timeout makes one statement wait a
// few seconds for another connection's write lock; when another process holds it longer (a
// long import, `sqlite3` left in BEGIN IMMEDIATE) the statement fails with SQLITE_BUSY or
// SQLITE_LOCKED. withBusyRetry runs a whole write (its transaction, from BEGIN to COMMIT)
// again after growing pauses with jitter, up to a total budget, and tells the user who holds
// the lock while it waits. Other failures are returned at once.
//
// How a failure is known to be "busy": sqlError() (Database.h), the one door from QSqlError to
// Error, notes the QSqlError's native code on the calling thread (lastErrorWasBusy()). The
// Error type lives in util/, below storage, and carries no SQL details.

#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>

class QSqlError;

namespace modeldeck {

// How long to wait for a locked database. Process-wide; the environment variables
// MODELDECK_BUSY_TIMEOUT_MS, MODELDECK_BUSY_RETRY_MS and MODELDECK_BUSY_NOTICE_MS override the
// defaults (tests and scripts that would rather fail fast).
struct MODELDECK_CORE_EXPORT BusyRetryPolicy
{
    int busyTimeoutMs = 5000; // SQLite's own wait inside one statement (PRAGMA busy_timeout)
    int budgetMs = 120000; // total wait of one withBusyRetry before it gives up
    int noticeAfterMs = 5000; // waits longer than this are reported, then every as long again
    int firstPauseMs = 50; // the pause after the first busy failure, doubling to maxPauseMs
    int maxPauseMs = 2000;

    static BusyRetryPolicy current();
    // Replaces the process-wide policy (tests); new connections take the new busy timeout.
    static void setCurrent(const BusyRetryPolicy &policy);
};

// A wait for the database as the user hears of it.
struct MODELDECK_CORE_EXPORT BusyWait
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::BusyWait)
public:
    QString what; // the write that waits ("Recording the training run")
    qint64 waitedMs = 0;
    QString holder; // "sqlite3 (process 4242)"; empty when unknown
    bool ended = false; // the wait is over: the write went through or was given up

    // "The workspace database is locked by sqlite3 (process 4242); ModelDeck keeps retrying
    // (Recording the training run, 12 s so far)."
    QString message() const;
};

struct BusyRetryOptions
{
    QString what; // names the write in notices and in the final error
    // Checked between tries: true ends the wait with the busy error.
    std::function<bool()> cancelled;
    // Told (on the waiting thread) when a wait passes noticeAfterMs, again every noticeAfterMs,
    // and once more with ended = true if it was told before. The process-wide observer (see
    // setBusyObserver) is told too.
    std::function<void(const BusyWait &)> onWait;
    // Total wait; -1 takes the policy's budget, 0 waits until success or cancelled().
    int budgetMs = -1;
};

MODELDECK_CORE_EXPORT bool isBusyError(const QSqlError &error);
// Called by sqlError(): remembers on this thread whether the last SQL failure was busy.
MODELDECK_CORE_EXPORT void noteSqlError(const QSqlError &error);
MODELDECK_CORE_EXPORT bool lastErrorWasBusy();
MODELDECK_CORE_EXPORT void clearBusyNote();

// One process-wide listener for every wait (the CLI prints them on stderr). Called from the
// waiting thread; pass an empty function to remove it.
MODELDECK_CORE_EXPORT void setBusyObserver(std::function<void(const BusyWait &)> observer);
// Tells the process-wide observer, for waits that do not go through withBusyRetry.
MODELDECK_CORE_EXPORT void notifyBusyObserver(const BusyWait &wait);

// The pauses and notices of one withBusyRetry.
class MODELDECK_CORE_EXPORT BusyBackoff
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::BusyBackoff)
public:
    BusyBackoff(const QSqlDatabase &db, const BusyRetryOptions &options);
    ~BusyBackoff();
    BusyBackoff(const BusyBackoff &) = delete;
    BusyBackoff &operator=(const BusyBackoff &) = delete;

    // After a busy failure: pauses and returns true to try again, or false when the budget is
    // spent or the caller cancelled.
    bool pauseBeforeRetry();
    // The error to return when giving up: what was locked, for how long, by whom.
    Error gaveUp(const Error &last) const;

private:
    void notify(bool ended);

    BusyRetryOptions m_options;
    QString m_databasePath;
    BusyRetryPolicy m_policy;
    qint64 m_startMs;
    qint64 m_nextNoticeMs;
    int m_pauseMs;
    int m_tries = 0;
    bool m_noticed = false;
    QString m_holder;
};

// Runs `attempt` (a whole write transaction returning Result<T> or Status) until it succeeds,
// fails for another reason than a locked database, or the wait is given up.
template<typename Attempt>
auto withBusyRetry(const QSqlDatabase &db, Attempt &&attempt, const BusyRetryOptions &options = {})
    -> decltype(attempt())
{
    BusyBackoff backoff(db, options);
    for (;;) {
        clearBusyNote();
        auto result = attempt();
        if (result.ok() || !lastErrorWasBusy())
            return result;
        if (!backoff.pauseBeforeRetry())
            return decltype(attempt())(backoff.gaveUp(result.error()));
    }
}

} // namespace modeldeck
