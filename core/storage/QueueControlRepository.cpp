#include "QueueControlRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace modeldeck {

QueueControlRepository::QueueControlRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Status QueueControlRepository::request(const QString &command)
{
    const QString trimmed = command.trimmed();
    if (trimmed.isEmpty())
        return Error { tr("The queue command is empty.") };
    const auto added = writeStatement(
        m_db, QStringLiteral("INSERT INTO queue_control (command, requested_at) VALUES (?, ?)"),
        { trimmed, nowIsoUtc() }, tr("Sending the queue command “%1”").arg(trimmed));
    return added ? Status() : Status(added.error());
}

Result<QString> QueueControlRepository::take()
{
    // Read and delete under one write lock, so a command is taken exactly once.
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    qint64 id = 0;
    QString command;
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT id, command FROM queue_control ORDER BY id LIMIT 1")))
            return sqlError(tr("Reading queue commands"), q);
        if (!q.next())
            return QString();
        id = q.value(0).toLongLong();
        command = q.value(1).toString();
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM queue_control WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Taking the queue command “%1”").arg(command), q);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return command;
}

} // namespace modeldeck
