#include "AuditRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace modeldeck {

namespace {

// LIKE treats % and _ as wildcards; a filter is plain text, so they are escaped.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return QStringLiteral("%") + escaped + QStringLiteral("%");
}

} // namespace

AuditRepository::AuditRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Result<qint64> AuditRepository::insert(const AuditEntry &entry)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, action, subject, details, source) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(isoUtc(entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(entry.action);
    q.addBindValue(nonNullText(entry.subject));
    q.addBindValue(jsonText(entry.details));
    q.addBindValue(entry.source);
    if (!q.exec())
        return sqlError(tr("Recording “%1” in the audit log").arg(entry.action), q);
    return q.lastInsertId().toLongLong();
}

Result<std::vector<AuditEntry>> AuditRepository::list(const AuditFilter &filter)
{
    QString sql = QStringLiteral("SELECT id, at, action, subject, details, source FROM audit_log "
                                 "WHERE 1 = 1");
    QVariantList binds;
    if (!filter.actions.isEmpty()) {
        QStringList marks;
        for (const QString &action : filter.actions) {
            marks << QStringLiteral("?");
            binds << action;
        }
        sql += QStringLiteral(" AND action IN (") + marks.join(u',') + u')';
    }
    if (!filter.subjectContains.isEmpty()) {
        sql += QStringLiteral(" AND subject LIKE ? ESCAPE '\\'");
        binds << likePattern(filter.subjectContains);
    }
    // Times are stored in one ISO format, so text comparison orders them (SqlValues.h).
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        binds << isoUtc(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        binds << isoUtc(filter.to);
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?");
    binds << (filter.limit < 1 ? -1 : filter.limit);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(tr("Reading the audit log"), q);
    std::vector<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = utcTimeFrom(q.value(1));
        e.action = q.value(2).toString();
        e.subject = q.value(3).toString();
        e.details = jsonObjectFrom(q.value(4));
        e.source = q.value(5).toString();
        entries.push_back(std::move(e));
    }
    return entries;
}

} // namespace modeldeck
