// The audit log: each user action records exactly one entry through its service call (train
// enqueue, save, clear, delete, activate/rollback, CSV and model import, export, settings), a
// failed action records none, the filters select what they say, and the CSV export round-trips
// awkward subjects and leaves no file when it fails.

#include "TestBars.h"
#include "TestFiles.h"
#include "TestSql.h"
#include "TestVerify.h"
#include "models/ModelConfig.h"
#include "queue/TrainingQueue.h"
#include "services/AuditLog.h"
#include "services/CsvImporter.h"
#include "services/ModelImporter.h"
#include "services/ModelRegistry.h"
#include "services/ModelStore.h"
#include "services/TrainingService.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "training/TorchRuntime.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;
using modeldeck::test::scalar;

namespace {

const QString kSymbol = QStringLiteral("WAVE");
const QString kTimeframe = QStringLiteral("5m");

std::vector<AuditEntry> entries(const Database &db, AuditFilter filter = {})
{
    filter.limit = 0;
    auto all = AuditLog::list(db, filter);
    if (!all)
        qFatal("cannot read the audit log: %s", qPrintable(all.error().toString()));
    return *all;
}

int countOf(const Database &db, const QString &action)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), { action })
        .toInt();
}

int total(const Database &db)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
}

JobSpec linearSpec(const QString &symbol = kSymbol)
{
    JobSpec spec;
    spec.symbol = symbol;
    spec.timeframe = kTimeframe;
    spec.bot = QStringLiteral("linear_bot");
    spec.params
        = QJsonObject { { QStringLiteral("epochs"), 2 }, { QStringLiteral("lookback"), 4 } };
    return spec;
}

// RFC 4180 records, independent of CsvWriter: quoted fields may hold commas, quotes (doubled)
// and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;

    std::unique_ptr<Database> workspace()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_workspaces)));
        if (!db)
            return nullptr;
        if (const QString error
            = test::storeBars(**db, kSymbol, kTimeframe, test::waveBars(600, 3));
            !error.isEmpty())
            return nullptr;
        return std::move(*db);
    }

    static qint64 trainedRecord(const Database &db)
    {
        ModelConfig config = ModelConfig::defaults(QStringLiteral("linear_bot"));
        config.lookback = 8;
        config.epochs = 2;
        FeatureConfig features;
        features.lookback = config.lookback;
        const TrainingOutcome outcome
            = TrainingService(db).train({ kSymbol, kTimeframe, config, features });
        return outcome.ok ? outcome.recordId : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TorchRuntime::initialize(1);
        AuditLog::setSource(AuditLog::Source::Cli);
    }

    void trainingEnqueuedOncePerNewJob()
    {
        auto db = workspace();
        QVERIFY(db);
        std::shared_ptr<Database> shared(std::move(db));
        TrainingQueue queue(shared);
        auto id = queue.enqueue(linearSpec());
        QVERIFY2(id, errorOf(id));
        QCOMPARE(countOf(*shared, AuditAction::Train), 1);
        const AuditEntry e = entries(*shared).front();
        QCOMPARE(e.subject, QStringLiteral("WAVE 5m"));
        QCOMPARE(e.source, QStringLiteral("cli"));
        QCOMPARE(e.details.value(QStringLiteral("job")).toInteger(), *id);
        QCOMPARE(e.details.value(QStringLiteral("bot")).toString(), QStringLiteral("linear_bot"));
        QVERIFY(qAbs(e.at.msecsTo(QDateTime::currentDateTimeUtc())) < 60'000);

        // The same job again is not queued again, so not logged again.
        bool existed = false;
        QVERIFY(queue.enqueue(linearSpec(), &existed));
        QVERIFY(existed);
        QCOMPARE(countOf(*shared, AuditAction::Train), 1);

        // A refused job logs nothing.
        JobSpec bad = linearSpec();
        bad.bot = QStringLiteral("no_such_bot");
        QVERIFY(!queue.enqueue(bad));
        QCOMPARE(total(*shared), 1);

        // Auto-train: one entry per job it queued, marked as such.
        auto autoJobs = queue.enqueueAuto({ kSymbol }, { kTimeframe },
                                          { QStringLiteral("mlp_bot"), QStringLiteral("gru_bot") });
        QVERIFY2(autoJobs, errorOf(autoJobs));
        QCOMPARE(int(autoJobs->jobIds.size()), 2);
        QCOMPARE(countOf(*shared, AuditAction::Train), 3);
        for (const AuditEntry &a : entries(*shared, { { AuditAction::Train }, {}, {}, {}, 0 })) {
            if (a.details.value(QStringLiteral("bot")).toString() != QStringLiteral("linear_bot"))
                QCOMPARE(a.details.value(QStringLiteral("origin")).toString(),
                         QStringLiteral("auto"));
        }
    }

    void queueRemoveRetryAndClearAreLogged()
    {
        auto db = workspace();
        QVERIFY(db);
        std::shared_ptr<Database> shared(std::move(db));
        TrainingQueue queue(shared); // not started: jobs stay pending
        auto first = queue.enqueue(linearSpec());
        JobSpec other = linearSpec();
        other.horizon = 2;
        auto second = queue.enqueue(other);
        QVERIFY2(first && second, "two jobs queued");

        QVERIFY(queue.remove(*first));
        QVERIFY(!queue.remove(*first)); // gone: refused, not logged
        QCOMPARE(countOf(*shared, AuditAction::Remove), 1);
        const AuditEntry removed
            = entries(*shared, { { AuditAction::Remove }, {}, {}, {}, 0 }).front();
        QCOMPARE(removed.subject, QStringLiteral("WAVE 5m"));
        QCOMPARE(removed.details.value(QStringLiteral("job")).toInteger(), *first);
        QCOMPARE(removed.details.value(QStringLiteral("bot")).toString(),
                 QStringLiteral("linear_bot"));

        // A pending job cannot be retried; a failed one can, once.
        QVERIFY(!queue.retry(*second));
        QCOMPARE(countOf(*shared, AuditAction::Retry), 0);
        {
            auto c = shared->connection();
            QVERIFY(c);
            QSqlQuery q(*c);
            q.prepare(QStringLiteral("UPDATE training_jobs SET status = 'failed' WHERE id = ?"));
            q.addBindValue(*second);
            QVERIFY(q.exec());
        }
        QVERIFY(queue.retry(*second));
        QCOMPARE(countOf(*shared, AuditAction::Retry), 1);
        QCOMPARE(entries(*shared, { { AuditAction::Retry }, {}, {}, {}, 0 })
                     .front()
                     .details.value(QStringLiteral("job"))
                     .toInteger(),
                 *second);

        // Clearing the queue: one entry with the count; clearing an empty queue logs nothing.
        auto cleared = queue.removeAllPending();
        QVERIFY2(cleared, errorOf(cleared));
        QCOMPARE(*cleared, 1);
        auto again = queue.removeAllPending();
        QVERIFY(again && *again == 0);
        QCOMPARE(countOf(*shared, AuditAction::Remove), 2);
        const AuditEntry clear
            = entries(*shared, { { AuditAction::Remove }, {}, {}, {}, 0 }).front(); // newest
        QCOMPARE(clear.subject, QStringLiteral("queue"));
        QCOMPARE(clear.details.value(QStringLiteral("jobs")).toInt(), 1);
        QCOMPARE(clear.details.value(QStringLiteral("why")).toString(), QStringLiteral("clear"));
    }

    void retrainIsLoggedWithItsRecord()
    {
        auto db = workspace();
        QVERIFY(db);
        const qint64 record = trainedRecord(*db);
        QVERIFY(record > 0);
        std::shared_ptr<Database> shared(std::move(db));
        TrainingQueue queue(shared);
        QVERIFY(!queue.enqueueRetrain(record + 1000)); // no such record: nothing logged
        QCOMPARE(total(*shared), 0);
        auto id = queue.enqueueRetrain(record);
        QVERIFY2(id, errorOf(id));
        QCOMPARE(total(*shared), 1);
        QCOMPARE(entries(*shared).front().details.value(QStringLiteral("retrain_of")).toInteger(),
                 record);
    }

    void saveActivateRollbackDeleteExportImport()
    {
        auto db = workspace();
        QVERIFY(db);
        const qint64 first = trainedRecord(*db);
        const qint64 second = trainedRecord(*db);
        QVERIFY(first > 0 && second > 0);
        ModelRegistry registry(*db);

        // Failed saves: a bad name, a missing record.
        QVERIFY(!registry.saveRecord({ first, QStringLiteral(" padded "), {}, {}, false }));
        QVERIFY(!registry.saveRecord({ 999'999, QStringLiteral("wave"), {}, {}, false }));
        QCOMPARE(total(*db), 0);

        auto v1 = registry.saveRecord({ first, QStringLiteral("wave"), {}, {}, true });
        QVERIFY2(v1, errorOf(v1));
        auto v2 = registry.saveRecord({ second, QStringLiteral("wave"), {}, {}, false });
        QVERIFY2(v2, errorOf(v2));
        QCOMPARE(countOf(*db, AuditAction::Save), 2);
        const AuditEntry saved = entries(*db, { { AuditAction::Save }, {}, {}, {}, 0 }).front();
        QCOMPARE(saved.subject, QStringLiteral("wave"));
        QCOMPARE(saved.details.value(QStringLiteral("record")).toInteger(), second);
        QCOMPARE(saved.details.value(QStringLiteral("version")).toInt(), 2);

        // v2 became active as the name's newest; v1 again is a rollback, v2 again an activation.
        QVERIFY(registry.activate(QStringLiteral("wave"), 1));
        QCOMPARE(countOf(*db, AuditAction::Rollback), 1);
        QCOMPARE(countOf(*db, AuditAction::Activate), 0);
        QVERIFY(registry.activate(QStringLiteral("wave"), 2));
        QCOMPARE(countOf(*db, AuditAction::Activate), 1);
        QVERIFY(!registry.activate(QStringLiteral("wave"), 7)); // no such version
        QCOMPARE(countOf(*db, AuditAction::Activate) + countOf(*db, AuditAction::Rollback), 2);

        // Export; a second export without overwriting fails and logs nothing.
        QTemporaryDir out;
        auto exported = registry.exportModel(QStringLiteral("wave"), 1, out.path());
        QVERIFY2(exported, errorOf(exported));
        QCOMPARE(countOf(*db, AuditAction::Export), 1);
        QVERIFY(!registry.exportModel(QStringLiteral("wave"), 1, out.path()));
        QCOMPARE(countOf(*db, AuditAction::Export), 1);
        QCOMPARE(entries(*db, { { AuditAction::Export }, {}, {}, {}, 0 })
                     .front()
                     .details.value(QStringLiteral("version"))
                     .toInt(),
                 1);

        // Model import: refused without trust (nothing logged), then imported once.
        ModelImportRequest request;
        request.modelFile = exported->modelFile;
        request.name = QStringLiteral("imported wave");
        QVERIFY(!ModelImporter(*db).run(request, ImportTrust::NotConfirmed));
        QCOMPARE(countOf(*db, AuditAction::Import), 0);
        auto imported = ModelImporter(*db).run(request, ImportTrust::Confirmed);
        QVERIFY2(imported, errorOf(imported));
        QCOMPARE(countOf(*db, AuditAction::Import), 1);
        const AuditEntry import = entries(*db, { { AuditAction::Import }, {}, {}, {}, 0 }).front();
        QCOMPARE(import.subject, QStringLiteral("imported wave"));
        QCOMPARE(import.details.value(QStringLiteral("kind")).toString(), QStringLiteral("model"));

        // Delete one version, then a failed delete of it again.
        QVERIFY(registry.remove(QStringLiteral("wave"), 1));
        QCOMPARE(countOf(*db, AuditAction::Delete), 1);
        QVERIFY(!registry.remove(QStringLiteral("wave"), 1));
        QCOMPARE(countOf(*db, AuditAction::Delete), 1);
        QCOMPARE(entries(*db, { { AuditAction::Delete }, {}, {}, {}, 0 })
                     .front()
                     .details.value(QStringLiteral("versions"))
                     .toArray(),
                 QJsonArray { 1 });
    }

    void clearLogsArchivedRecordsOnly()
    {
        auto db = workspace();
        QVERIFY(db);
        const qint64 record = trainedRecord(*db);
        QVERIFY(record > 0);
        auto none = ModelStore(*db).archive({ record + 1000 }); // nothing to archive
        QVERIFY2(none, errorOf(none));
        QCOMPARE(total(*db), 0);
        auto report = ModelStore(*db).archive({ record });
        QVERIFY2(report, errorOf(report));
        QCOMPARE(report->archived, 1);
        QCOMPARE(countOf(*db, AuditAction::Clear), 1);
        QCOMPARE(entries(*db).front().details.value(QStringLiteral("records")).toArray(),
                 QJsonArray { record });
        QCOMPARE(entries(*db).front().details.value(QStringLiteral("count")).toInt(), 1);
        QVERIFY(ModelStore(*db).archive({ record })); // archived already: not again
        QCOMPARE(countOf(*db, AuditAction::Clear), 1);
    }

    void csvImportLogsOneEntryPerRun()
    {
        QTemporaryDir files;
        const QString good
            = test::writeFile(files, QStringLiteral("TCS.NS.csv"), test::sineCsv(50, 60));
        const QString bad
            = test::writeFile(files, QStringLiteral("BAD.csv"), "not,a,price\nfile\n");
        auto db = Database::open(m_dir.filePath(QStringLiteral("csv")));
        QVERIFY(db);
        ImportRequest failing;
        failing.files = { good, bad }; // all or nothing: the bad file stops both
        QVERIFY(!CsvImporter(**db).run(failing));
        QCOMPARE(total(**db), 0);
        ImportRequest request;
        request.files = { good };
        auto report = CsvImporter(**db).run(request);
        QVERIFY2(report, errorOf(report));
        QCOMPARE(countOf(**db, AuditAction::Import), 1);
        const AuditEntry e = entries(**db).front();
        QCOMPARE(e.subject, QStringLiteral("TCS.NS 1h"));
        QCOMPARE(e.details.value(QStringLiteral("kind")).toString(), QStringLiteral("csv"));
        QCOMPARE(e.details.value(QStringLiteral("rows")).toInt(), 50);
        QCOMPARE(e.details.value(QStringLiteral("files")).toArray(),
                 QJsonArray { QStringLiteral("TCS.NS.csv") });
        // The app's own sample data is not a user's import.
        ImportRequest unaudited = request;
        unaudited.audited = false;
        QVERIFY(CsvImporter(**db).run(unaudited));
        QCOMPARE(total(**db), 1);
    }

    void settingsRecordTheChangedKeys()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("settings")));
        QVERIFY(db);
        QVERIFY(AuditLog::recordSettings(**db, {})); // nothing changed: nothing logged
        QCOMPARE(total(**db), 0);
        const QStringList keys { QStringLiteral("training/workers"),
                                 QStringLiteral("training/staleHours") };
        QVERIFY(AuditLog::recordSettings(**db, keys));
        QCOMPARE(countOf(**db, AuditAction::Settings), 1);
        QCOMPARE(entries(**db).front().details.value(QStringLiteral("keys")).toArray(),
                 QJsonArray::fromStringList(keys));
    }

    void actionsOutsideTheListAreRefused()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("check")));
        QVERIFY(db);
        auto c = (*db)->connection();
        QVERIFY(c);
        QVERIFY(!AuditRepository(*c).insert(AuditLog::entry(QStringLiteral("format-disk"), {})));
        AuditEntry noSource = AuditLog::entry(AuditAction::Train, {});
        noSource.source = QStringLiteral("web");
        QVERIFY(!AuditRepository(*c).insert(noSource));
        QCOMPARE(total(**db), 0);
        // Every action the code knows is one the table's CHECK accepts (migrations 0010, 0015).
        for (const QString &action : AuditAction::all()) {
            auto inserted = AuditRepository(*c).insert(AuditLog::entry(action, {}));
            QVERIFY2(inserted, QByteArray(action.toUtf8() + ": " + errorOf(inserted)).constData());
        }
        QCOMPARE(total(**db), int(AuditAction::all().size()));
    }

    void renameAndEditAreLogged()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("edits")));
        QVERIFY(db);
        ModelRegistry registry(**db);
        RegisteredModel draft;
        draft.name = QStringLiteral("alpha");
        draft.bot = QStringLiteral("lstm_bot");
        draft.horizons = { 1 };
        draft.symbol = kSymbol;
        draft.timeframe = kTimeframe;
        QVERIFY(registry.add(draft, "one", QStringLiteral("registry"), false));
        QVERIFY(registry.add(draft, "two", QStringLiteral("registry"), false));
        QCOMPARE(total(**db), 0); // add() without an entry: the save is the caller's to log

        QVERIFY(registry.rename(QStringLiteral("alpha"), QStringLiteral("beta")));
        QVERIFY(registry.rename(QStringLiteral("beta"), QStringLiteral("beta"))); // no change
        QVERIFY(!registry.rename(QStringLiteral("nobody"), QStringLiteral("gamma")));
        QCOMPARE(countOf(**db, AuditAction::Rename), 1);
        const AuditEntry renamed
            = entries(**db, { { AuditAction::Rename }, {}, {}, {}, 0 }).front();
        QCOMPARE(renamed.subject, QStringLiteral("beta"));
        QCOMPARE(renamed.details.value(QStringLiteral("from")).toString(), QStringLiteral("alpha"));
        QCOMPARE(renamed.details.value(QStringLiteral("versions")).toInt(), 2);
        QCOMPARE(renamed.source, QStringLiteral("cli"));

        QVERIFY(registry.setDetails(QStringLiteral("beta"), QStringLiteral("tuned"),
                                    { QStringLiteral("prod"), QStringLiteral(" prod ") }));
        QVERIFY(!registry.setDetails(QStringLiteral("nobody"), {}, {}));
        QVERIFY(!registry.setDetails(QStringLiteral("beta"), QString(3000, u'x'), {}));
        QCOMPARE(countOf(**db, AuditAction::Edit), 1);
        const AuditEntry edited = entries(**db, { { AuditAction::Edit }, {}, {}, {}, 0 }).front();
        QCOMPARE(edited.subject, QStringLiteral("beta"));
        QCOMPARE(edited.details.value(QStringLiteral("description")).toString(),
                 QStringLiteral("tuned"));
        QCOMPARE(edited.details.value(QStringLiteral("tags")).toArray(),
                 QJsonArray({ QStringLiteral("prod") })); // as stored: trimmed, de-duplicated
    }

    void filtersSelectWhatTheySay()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("filters")));
        QVERIFY(db);
        const QDateTime t0(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
        const struct
        {
            QString action;
            QString subject;
            int day;
        } rows[] = {
            { AuditAction::Train, QStringLiteral("AAPL 1h"), 0 },
            { AuditAction::Save, QStringLiteral("apple_model"), 1 },
            { AuditAction::Train, QStringLiteral("TCS.NS 1d"), 2 },
            { AuditAction::Delete, QStringLiteral("50%_off"), 3 },
            { AuditAction::Export, QStringLiteral("5000 off"), 4 },
        };
        for (const auto &r : rows) {
            AuditEntry e = AuditLog::entry(r.action, r.subject);
            e.at = t0.addDays(r.day);
            QVERIFY(AuditLog::record(**db, e));
        }
        // Newest first.
        auto all = entries(**db);
        QCOMPARE(int(all.size()), 5);
        QCOMPARE(all.front().subject, QStringLiteral("5000 off"));
        QCOMPARE(all.back().subject, QStringLiteral("AAPL 1h"));

        QCOMPARE(int(entries(**db, { { AuditAction::Train }, {}, {}, {}, 0 }).size()), 2);
        QCOMPARE(
            int(entries(**db, { { AuditAction::Train, AuditAction::Save }, {}, {}, {}, 0 }).size()),
            3);
        // Text is contained, case-insensitive; % and _ are plain characters.
        auto apple = entries(**db, { {}, QStringLiteral("APPL"), {}, {}, 0 });
        QCOMPARE(int(apple.size()), 1);
        QCOMPARE(apple.front().subject, QStringLiteral("apple_model"));
        auto percent = entries(**db, { {}, QStringLiteral("0%_"), {}, {}, 0 });
        QCOMPARE(int(percent.size()), 1);
        QCOMPARE(percent.front().subject, QStringLiteral("50%_off"));
        // From inclusive, to exclusive.
        auto middle = entries(**db, { {}, {}, t0.addDays(1), t0.addDays(3), 0 });
        QCOMPARE(int(middle.size()), 2);
        QCOMPARE(middle.front().subject, QStringLiteral("TCS.NS 1d"));
        QCOMPARE(middle.back().subject, QStringLiteral("apple_model"));
        // Limit keeps the newest.
        AuditFilter two;
        two.limit = 2;
        auto newest = AuditLog::list(**db, two);
        QVERIFY(newest);
        QCOMPARE(int(newest->size()), 2);
        QCOMPARE(newest->back().subject, QStringLiteral("50%_off"));
    }

    void csvExportRoundTrips()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("export")));
        QVERIFY(db);
        const QStringList subjects { QStringLiteral("plain"), QStringLiteral("comma, inside"),
                                     QStringLiteral("say \"hi\""),
                                     QStringLiteral("two\nlines, \"both\"") };
        const QDateTime t0(QDate(2026, 3, 1), QTime(12, 0, 0, 125), QTimeZone::utc());
        for (int i = 0; i < subjects.size(); ++i) {
            AuditEntry e
                = AuditLog::entry(AuditAction::Save, subjects[i],
                                  { { QStringLiteral("note"), QStringLiteral("a,\"b\"") } });
            e.at = t0.addSecs(i);
            QVERIFY(AuditLog::record(**db, e));
        }
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("audit.csv"));
        auto written = AuditLog::exportCsv(**db, {}, path);
        QVERIFY2(written, errorOf(written));
        QCOMPARE(*written, 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[0],
                 (QStringList { QStringLiteral("time_utc"), QStringLiteral("action"),
                                QStringLiteral("subject"), QStringLiteral("details"),
                                QStringLiteral("source") }));
        for (int i = 0; i < subjects.size(); ++i) {
            const QStringList &row = rows[subjects.size() - i]; // newest first
            QCOMPARE(row.size(), 5);
            QVERIFY(row[0].endsWith(u'Z')); // UTC, milliseconds kept
            QCOMPARE(QDateTime::fromString(row[0], Qt::ISODateWithMs), t0.addSecs(i));
            QCOMPARE(row[1], AuditAction::Save);
            QCOMPARE(row[2], subjects[i]);
            QCOMPARE(QJsonDocument::fromJson(row[3].toUtf8()).object(),
                     (QJsonObject { { QStringLiteral("note"), QStringLiteral("a,\"b\"") } }));
            QCOMPARE(row[4], QStringLiteral("cli"));
        }
        // The filter applies to the file too.
        AuditFilter one;
        one.subjectContains = QStringLiteral("plain");
        one.limit = 0;
        auto filtered = AuditLog::exportCsv(**db, one, path);
        QVERIFY(filtered);
        QCOMPARE(*filtered, 1);
    }

    void failedExportLeavesNoFile()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("export-fail")));
        QVERIFY(db);
        QVERIFY(
            AuditLog::record(**db, AuditLog::entry(AuditAction::Train, QStringLiteral("X 1h"))));
        QTemporaryDir out;
        // The destination is a folder: refused, and nothing (no temporary file either) is left.
        const QString folder = out.filePath(QStringLiteral("taken"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(!AuditLog::exportCsv(**db, {}, folder));
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList { QStringLiteral("taken") });
        QVERIFY(QDir(folder).isEmpty());
        // A folder that does not exist.
        const QString missing = out.filePath(QStringLiteral("missing/audit.csv"));
        auto failed = AuditLog::exportCsv(**db, {}, missing);
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(QStringLiteral("missing")));
        QVERIFY(!QFile::exists(missing));
        // A database that cannot be read: no file either.
        auto c = (**db).connection();
        QVERIFY(c);
        QSqlQuery drop(*c);
        QVERIFY(drop.exec(QStringLiteral("DROP TABLE audit_log")));
        const QString path = out.filePath(QStringLiteral("audit.csv"));
        QVERIFY(!AuditLog::exportCsv(**db, {}, path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
