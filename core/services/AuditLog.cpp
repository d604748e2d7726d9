#include "services/AuditLog.h"

#include "data/CsvWriter.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QSaveFile>
#include <atomic>

namespace modeldeck::AuditLog {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::AuditLog)
};

std::atomic<Source> g_source { Source::Gui };

} // namespace

void setSource(Source source)
{
    g_source.store(source);
}

QString sourceName()
{
    return g_source.load() == Source::Cli ? QStringLiteral("cli") : QStringLiteral("gui");
}

AuditEntry entry(const QString &action, const QString &subject, const QJsonObject &details)
{
    AuditEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.action = action;
    e.subject = subject;
    e.details = details;
    e.source = sourceName();
    return e;
}

AuditEntry trainingQueued(const JobSpec &spec, const QString &origin)
{
    QJsonObject details { { QStringLiteral("bot"), spec.bot },
                          { QStringLiteral("horizon"), spec.horizon } };
    if (spec.retrainOf > 0)
        details.insert(QStringLiteral("retrain_of"), spec.retrainOf);
    if (!spec.search.isEmpty())
        details.insert(QStringLiteral("search"), true);
    if (spec.isStrategy())
        details.insert(QStringLiteral("strategy"), true);
    if (!origin.isEmpty())
        details.insert(QStringLiteral("origin"), origin);
    return entry(AuditAction::Train, seriesSubject(spec.symbol, spec.timeframe), details);
}

QString seriesSubject(const QString &symbol, const QString &timeframe)
{
    return timeframe.isEmpty() ? symbol : symbol + u' ' + timeframe;
}

Status record(const Database &database, const AuditEntry &entry)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    WriteTransaction tx(*db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto id = AuditRepository(*db).insert(entry); !id)
        return id.error();
    return tx.commit();
}

Status recordSettings(const Database &database, const QStringList &changedKeys)
{
    if (changedKeys.isEmpty())
        return {};
    return record(database,
                  entry(AuditAction::Settings, changedKeys.join(QStringLiteral(", ")),
                        { { QStringLiteral("keys"), QJsonArray::fromStringList(changedKeys) } }));
}

Result<std::vector<AuditEntry>> list(const Database &database, const AuditFilter &filter)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    return AuditRepository(*db).list(filter);
}

QByteArray csv(const std::vector<AuditEntry> &entries)
{
    QByteArray bytes = CsvWriter::row({ QStringLiteral("time_utc"), QStringLiteral("action"),
                                        QStringLiteral("subject"), QStringLiteral("details"),
                                        QStringLiteral("source") });
    for (const AuditEntry &e : entries)
        bytes
            += CsvWriter::row({ isoUtc(e.at), e.action, e.subject, jsonText(e.details), e.source });
    return bytes;
}

Result<int> exportCsv(const Database &database, const AuditFilter &filter, const QString &path)
{
    // Read everything first: a failed read must not leave a file behind either.
    auto entries = list(database, filter);
    if (!entries)
        return entries.error();
    const QByteArray bytes = csv(*entries);
    // QSaveFile writes a temporary file beside `path` and renames it over `path` on commit();
    // on any failure the temporary file is removed and `path` is left as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { Tr::tr("Cannot write the audit log to %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()) };
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error {
            Tr::tr("Cannot write the audit log to %1: %2").arg(QDir::toNativeSeparators(path), why)
        };
    }
    if (!file.commit())
        return Error { Tr::tr("Cannot save the audit log as %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()) };
    return int(entries->size());
}

} // namespace modeldeck::AuditLog
