#pragma once
// One row of the audit log (audit_log): a user action, when and from where it was done, and what
// it touched. The services write them (services/AuditLog.h); the GUI's Audit Log window and
// `modeldeck-cli audit` read them.

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace modeldeck {

// The actions the log knows, as stored (migrations 0010 and 0015 check them).
namespace AuditAction {
inline const QString Train = QStringLiteral("train"); // a training job queued
inline const QString Save = QStringLiteral("save"); // a training record saved to the registry
inline const QString Clear = QStringLiteral("clear"); // training records cleared (archived)
inline const QString Delete = QStringLiteral("delete"); // registry versions deleted
inline const QString Activate = QStringLiteral("activate");
inline const QString Rollback = QStringLiteral("rollback"); // an older version activated
inline const QString Import = QStringLiteral("import"); // CSV files or a model file
inline const QString Export = QStringLiteral("export"); // a registry model exported
inline const QString Settings = QStringLiteral("settings");
inline const QString Rename = QStringLiteral("rename"); // a registry model renamed
inline const QString Edit = QStringLiteral("edit"); // a registry model's description or tags
inline const QString Retry = QStringLiteral("retry"); // a failed or cancelled queue job retried
inline const QString Remove = QStringLiteral("remove"); // a job removed from the queue

inline QStringList all()
{
    return { Train,  Save,     Clear,  Delete, Activate, Rollback, Import,
             Export, Settings, Rename, Edit,   Retry,    Remove };
}
} // namespace AuditAction

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString action; // AuditAction
    QString subject; // model name, "SYMBOL TIMEFRAME", "records 4, 7" …
    QJsonObject details;
    QString source; // "gui" or "cli"
};

struct AuditFilter
{
    QStringList actions; // empty: every action
    QString subjectContains; // case-insensitive for ASCII letters; empty: any subject
    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime to; // exclusive; invalid: no upper bound
    int limit = 1000; // < 1: every row
};

} // namespace modeldeck
