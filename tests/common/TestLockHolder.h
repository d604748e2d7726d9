#pragma once
// Another connection that takes a workspace database's write lock (BEGIN IMMEDIATE) on its own
// thread and keeps it, as `sqlite3` with an open transaction or a long import would.

#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <atomic>
#include <thread>

namespace modeldeck::test {

class DatabaseLockHolder
{
public:
    // Takes the lock at once and keeps it until release() or holdMs have passed.
    DatabaseLockHolder(const QString &databasePath, int holdMs)
        : m_thread([this, databasePath, holdMs] { hold(databasePath, holdMs); })
    {
    }
    ~DatabaseLockHolder()
    {
        release();
        m_thread.join();
    }
    DatabaseLockHolder(const DatabaseLockHolder &) = delete;
    DatabaseLockHolder &operator=(const DatabaseLockHolder &) = delete;

    // True once the lock is held (false if it could not be taken).
    bool waitHeld()
    {
        m_ready.acquire();
        return m_held;
    }
    void release() { m_release.release(); }

private:
    void hold(const QString &databasePath, int holdMs)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(databasePath);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("PRAGMA busy_timeout=10000"));
                m_held = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                m_ready.release();
                if (m_held) {
                    m_release.tryAcquire(1, holdMs);
                    q.exec(QStringLiteral("COMMIT"));
                }
            } else {
                m_ready.release();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    std::atomic<bool> m_held { false };
    QSemaphore m_ready;
    QSemaphore m_release;
    std::thread m_thread; // last: starts once the rest exists
};

} // namespace modeldeck::test
