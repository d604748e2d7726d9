#include "CrashChecks.h"

#include "TestFiles.h"
#include "services/ModelStore.h"
#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <cstdio>

namespace modeldeck::bench {

namespace {

qint64 count(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QStringList column(QSqlDatabase db, const QString &sql)
{
    QStringList values;
    QSqlQuery q(db);
    if (q.exec(sql)) {
        while (q.next())
            values << q.value(0).toString();
    }
    return values;
}

const QString kRecordFiles
    = QStringLiteral("SELECT model_path FROM model_training_records WHERE model_path IS NOT NULL "
                     "AND model_path <> '' AND status <> 'failed'");
const QString kRegistryFiles = QStringLiteral("SELECT file_path FROM ml_models");

} // namespace

std::optional<QString> templateSymbol(const QString &workspace)
{
    auto db = Database::open(workspace);
    if (!db)
        return std::nullopt;
    const QStringList names
        = column(*(*db)->connection(), QStringLiteral("SELECT name FROM symbols"));
    if (names.isEmpty())
        return std::nullopt;
    return names.first();
}

bool writeSyntheticCsv(const QString &path, qint64 rows)
{
    QFile file(path);
    const QByteArray text = test::sineCsv(rows, 1);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.flush();
}

Baseline baselineOf(const QString &workspace, const QString &sampleSymbol)
{
    Baseline b;
    auto db = Database::open(workspace);
    if (!db)
        return b;
    const QSqlDatabase c = *(*db)->connection();
    b.sampleBars = count(c,
                         QStringLiteral("SELECT count(*) FROM bars JOIN symbols s ON s.id = "
                                        "symbol_id WHERE s.name = ?"),
                         { sampleSymbol });
    b.records = count(c,
                      QStringLiteral("SELECT count(*) FROM model_training_records "
                                     "WHERE status <> 'failed'"));
    b.registered = count(c, QStringLiteral("SELECT count(*) FROM ml_models"));
    return b;
}

QStringList danglingRows(const QString &workspace)
{
    QStringList problems;
    if (!QFile::exists(workspace + QStringLiteral("/modeldeck.sqlite")))
        return problems;
    auto db = Database::open(workspace);
    if (!db)
        return { QStringLiteral("the workspace does not open: ") + db.error().toString() };
    const QSqlDatabase c = *(*db)->connection();
    for (const QString &sql : { kRecordFiles, kRegistryFiles }) {
        for (const QString &path : column(c, sql)) {
            if (!QFile::exists(workspace + u'/' + path))
                problems << QStringLiteral("a row points at the missing file %1").arg(path);
        }
    }
    return problems;
}

CheckResult checkAfterRestart(const QString &workspace, bool queue, const Baseline &before,
                              qint64 bigRows)
{
    CheckResult r;
    auto db = Database::open(workspace);
    if (!db) {
        r.problems << QStringLiteral("the workspace does not open: ") + db.error().toString();
        r.dataLost = true;
        return r;
    }
    const QSqlDatabase c = *(*db)->connection();
    {
        QSqlQuery q(c);
        const QString integrity = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
            ? q.value(0).toString()
            : QStringLiteral("(no answer)");
        if (integrity != QStringLiteral("ok"))
            r.problems << QStringLiteral("integrity_check: ") + integrity;
    }
    // The restart's clean-up ran with its grace period; run it as it runs later, when every
    // file it spared is old enough (nothing else is writing here).
    (void)ModelStore(**db).reconcile(std::chrono::seconds(0));
    QSet<QString> referenced;
    for (const QString &sql : { kRecordFiles, kRegistryFiles }) {
        for (const QString &path : column(c, sql))
            referenced.insert(QDir::cleanPath(workspace + u'/' + path));
    }
    QDirIterator it((*db)->modelsDir(), { QStringLiteral("*.pt") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir::cleanPath(it.next());
        if (!referenced.contains(file))
            r.problems << QStringLiteral("unreferenced model file %1").arg(file);
    }

    const qint64 sampleBars
        = count(c,
                QStringLiteral("SELECT count(*) FROM bars JOIN symbols s ON s.id = symbol_id "
                               "WHERE s.name NOT IN ('BIG')"));
    if (before.sampleBars > 0 && sampleBars < before.sampleBars) {
        r.problems << QStringLiteral("sample bars %1 → %2").arg(before.sampleBars).arg(sampleBars);
        r.dataLost = true;
    }
    const qint64 big = count(c,
                             QStringLiteral("SELECT count(*) FROM bars JOIN symbols s ON "
                                            "s.id = symbol_id WHERE s.name = 'BIG'"));
    if (big != 0 && big != bigRows)
        r.problems << QStringLiteral("a partial import: %1 of %2 bars").arg(big).arg(bigRows);
    const qint64 records = count(c,
                                 QStringLiteral("SELECT count(*) FROM model_training_records "
                                                "WHERE status <> 'failed'"));
    const qint64 registered = count(c, QStringLiteral("SELECT count(*) FROM ml_models"));
    if (records < before.records || registered < before.registered) {
        r.problems << QStringLiteral("rows lost: records %1 → %2, registered %3 → %4")
                          .arg(before.records)
                          .arg(records)
                          .arg(before.registered)
                          .arg(registered);
        r.dataLost = true;
    }
    if (!queue) {
        if (records > before.records + 1 || registered > before.registered + 1)
            r.problems << QStringLiteral("one operation left more than one row");
        return r;
    }
    const qint64 jobs = count(c, QStringLiteral("SELECT count(*) FROM training_jobs"));
    const qint64 completed
        = count(c,
                QStringLiteral("SELECT count(DISTINCT record_id) FROM training_jobs WHERE status = "
                               "'completed' AND record_id IS NOT NULL"));
    if (jobs != 3 || completed != 3)
        r.problems << QStringLiteral("%1 jobs, %2 completed with their own record (3 expected)")
                          .arg(jobs)
                          .arg(completed);
    if (records != before.records + 3)
        r.problems << QStringLiteral("%1 new training records for 3 jobs (a job ran twice or "
                                     "left a record behind)")
                          .arg(records - before.records);
    return r;
}

} // namespace modeldeck::bench
