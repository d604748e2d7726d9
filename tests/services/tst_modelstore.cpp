// Clearing models: what a clear would take (count, MB), archiving with the model files
// deleted, hostile model paths left alone; the start-up reconcile removing only old orphan
// files the app wrote; and the card summaries read without the config.

#include "services/ModelStore.h"
#include "storage/Database.h"
#include "storage/TrainingRecordRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace modeldeck;

class TestModelStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Database> newWorkspace()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_counter)));
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        return std::move(*db);
    }

    // A record whose model file (of `bytes` bytes) exists under models/ when path is given.
    qint64 addRecord(const Database &database, const QString &symbol, const QString &timeframe,
                     TrainingRecord::Status status, const QString &modelPath = {}, int bytes = 0)
    {
        TrainingRecord r;
        r.symbol = symbol;
        r.timeframe = timeframe;
        r.bot = QStringLiteral("lstm_bot");
        r.trainedAt = QDateTime::currentDateTimeUtc();
        r.status = status;
        r.modelPath = modelPath;
        r.modelSizeMb = bytes / (1024.0 * 1024.0);
        if (status == TrainingRecord::Status::Failed)
            r.errorMessage = QStringLiteral("Out of data");
        r.config = QJsonObject { { QStringLiteral("metrics"),
                                   QJsonObject { { QStringLiteral("skill"), 0.125 } } } };
        if (!modelPath.isEmpty() && bytes > 0) {
            const QString file = database.workspaceDir() + u'/' + modelPath;
            QDir().mkpath(QFileInfo(file).absolutePath());
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(bytes, 'x')) != bytes)
                qFatal("cannot write %s", qPrintable(file));
        }
        auto c = database.connection();
        auto id = TrainingRecordRepository(*c).insert(r);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        return *id;
    }

    TrainingRecord::Status statusOf(const Database &database, qint64 id)
    {
        auto c = database.connection();
        auto r = TrainingRecordRepository(*c).find(id);
        return r && r->has_value() ? (*r)->status : TrainingRecord::Status::Active;
    }

private Q_SLOTS:
    void plansCountAndMegabytesPerScope()
    {
        auto db = newWorkspace();
        const int mb = 1024 * 1024;
        const qint64 a1
            = addRecord(*db, QStringLiteral("AAPL"), QStringLiteral("1h"),
                        TrainingRecord::Status::Active, QStringLiteral("models/AAPL/1h/a.pt"), mb);
        addRecord(*db, QStringLiteral("AAPL"), QStringLiteral("1h"),
                  TrainingRecord::Status::Failed);
        addRecord(*db, QStringLiteral("AAPL"), QStringLiteral("1h"),
                  TrainingRecord::Status::Archived, QStringLiteral("models/AAPL/1h/old.pt"), mb);
        addRecord(*db, QStringLiteral("AAPL"), QStringLiteral("1d"), TrainingRecord::Status::Active,
                  QStringLiteral("models/AAPL/1d/b.pt"), 2 * mb);
        addRecord(*db, QStringLiteral("MSFT"), QStringLiteral("1h"), TrainingRecord::Status::Active,
                  QStringLiteral("models/MSFT/1h/c.pt"), mb / 2);
        ModelStore store(*db);

        auto one = store.planArchive(ArchiveScope::records({ a1 }));
        QVERIFY(one);
        QCOMPARE(one->ids, std::vector<qint64> { a1 });
        QCOMPARE(one->files, 1);
        QCOMPARE(one->megabytes, 1.0);

        auto series
            = store.planArchive(ArchiveScope::series(QStringLiteral("AAPL"), QStringLiteral("1h")));
        QVERIFY(series);
        QCOMPARE(series->ids.size(), size_t(2)); // the archived one is not taken again
        QCOMPARE(series->files, 1);

        auto symbol = store.planArchive(ArchiveScope::series(QStringLiteral("AAPL"), QString()));
        QVERIFY(symbol);
        QCOMPARE(symbol->ids.size(), size_t(3));
        QCOMPARE(symbol->megabytes, 3.0);

        auto all = store.planArchive(ArchiveScope::everything());
        QVERIFY(all);
        QCOMPARE(all->ids.size(), size_t(4));
        QCOMPARE(all->files, 3);
        QCOMPARE(all->megabytes, 3.5);

        QVERIFY(!store.planArchive(ArchiveScope::series(QString(), QString())));
        auto missing = store.planArchive(ArchiveScope::records({ 99999 }));
        QVERIFY(missing);
        QVERIFY(missing->ids.empty());
    }

    void archiveDeletesFilesAndKeepsErrors()
    {
        auto db = newWorkspace();
        const QString path = QStringLiteral("models/AAPL/1h/a.pt");
        const qint64 active = addRecord(*db, QStringLiteral("AAPL"), QStringLiteral("1h"),
                                        TrainingRecord::Status::Active, path, 2048);
        const qint64 failed = addRecord(*db, QStringLiteral("AAPL"), QStringLiteral("1h"),
                                        TrainingRecord::Status::Failed);
        const qint64 other
            = addRecord(*db, QStringLiteral("MSFT"), QStringLiteral("1h"),
                        TrainingRecord::Status::Active, QStringLiteral("models/MSFT/1h/c.pt"), 100);
        QVERIFY(QFile::exists(db->workspaceDir() + u'/' + path));

        auto report = ModelStore(*db).archive({ active, failed });
        QVERIFY(report);
        QCOMPARE(report->archived, 2);
        QCOMPARE(report->filesRemoved, 1);
        QCOMPARE(report->megabytesFreed, 2048 / (1024.0 * 1024.0));
        QVERIFY(report->problems.isEmpty());
        QVERIFY(!QFile::exists(db->workspaceDir() + u'/' + path));
        QVERIFY(statusOf(*db, active) == TrainingRecord::Status::Archived);
        QVERIFY(statusOf(*db, failed) == TrainingRecord::Status::Archived);
        QVERIFY(statusOf(*db, other) == TrainingRecord::Status::Active);
        QVERIFY(QFile::exists(db->workspaceDir() + QStringLiteral("/models/MSFT/1h/c.pt")));
        {
            auto c = db->connection();
            auto kept = TrainingRecordRepository(*c).find(failed);
            QCOMPARE((*kept)->errorMessage,
                     QStringLiteral("Out of data")); // history keeps why it failed
        }
        // Archiving again changes nothing.
        auto again = ModelStore(*db).archive({ active });
        QVERIFY(again);
        QCOMPARE(again->archived, 0);
        QCOMPARE(again->filesRemoved, 0);
    }

    void hostilePathsAreNeverDeleted()
    {
        auto db = newWorkspace();
        const QString ws = db->workspaceDir();
        // Files a hostile record points at, outside models/ or not a model file.
        QFile outside(m_dir.filePath(QStringLiteral("outside-%1.pt").arg(m_counter)));
        QVERIFY(outside.open(QIODevice::WriteOnly));
        outside.write("keep");
        outside.close();
        QFile notes(ws + QStringLiteral("/models/notes.txt"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("keep");
        notes.close();
        const QStringList hostile { QStringLiteral("models/../modeldeck.sqlite"),
                                    QStringLiteral("models/../../") + QFileInfo(outside).fileName(),
                                    outside.fileName(), QStringLiteral("models/notes.txt"),
                                    QStringLiteral("modeldeck.sqlite") };
        std::vector<qint64> ids;
        for (const QString &p : hostile)
            ids.push_back(addRecord(*db, QStringLiteral("EVIL"), QStringLiteral("1h"),
                                    TrainingRecord::Status::Active, p));
        auto report = ModelStore(*db).archive(ids);
        QVERIFY(report);
        QCOMPARE(report->archived, int(hostile.size()));
        QCOMPARE(report->filesRemoved, 0);
        QCOMPARE(report->problems.size(), hostile.size());
        QVERIFY(QFile::exists(outside.fileName()));
        QVERIFY(QFile::exists(notes.fileName()));
        QVERIFY(QFile::exists(db->databasePath()));
    }

    // Regression: reconcile deleted every *.pt under models/ that no row named, including a
    // model the user exported there and a file another process had just written.
    void reconcileRemovesOnlyOldUnreferencedAppFiles()
    {
        auto db = newWorkspace();
        const QString ws = db->workspaceDir();
        const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
        const auto put = [&](const QString &relative, const QDateTime &modified) {
            const QString file = ws + u'/' + relative;
            QDir().mkpath(QFileInfo(file).absolutePath());
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly) || f.write("model") != 5 || !f.flush())
                qFatal("cannot write %s", qPrintable(file));
            if (modified.isValid())
                f.setFileTime(modified, QFileDevice::FileModificationTime);
            return relative;
        };
        const QString trained
            = put(QStringLiteral("models/AAPL/1h/lstm_bot-20240101-120000-0123abcd.pt"), old);
        const QString registry
            = put(QStringLiteral("models/registry/my_model/v2-89abcdef.pt"), old);
        const QString imported = put(QStringLiteral("models/imported/py/v1-00ff00ff.pt"), old);
        // Tree bots' files (XGBoost UBJSON) follow the same names with .ubj.
        const QString trees
            = put(QStringLiteral("models/AAPL/1d/gbm_bot-20240101-120000-0badcafe.ubj"), old);
        const QString fresh
            = put(QStringLiteral("models/MSFT/1d/gru_bot-20240101-120000-deadbeef.pt"), {});
        const QString referenced
            = put(QStringLiteral("models/AAPL/1h/lstm_bot-20230101-120000-aaaaaaaa.pt"), old);
        const QStringList userFiles {
            put(QStringLiteral("models/my_model-v1.pt"), old), // models export --out WS/models
            put(QStringLiteral("models/AAPL/1h/my_model-v1.pt"), old),
            put(QStringLiteral("models/registry/my_model/v2-89abcdef.pt.bak.pt"), old),
            put(QStringLiteral("models/notes/mine.pt"), old),
            put(QStringLiteral("models/my_model-v1.ubj"), old), // an exported tree model
            put(QStringLiteral("models/AAPL/1d/gbm_bot-20240101-120000-0badcafe.json"), old),
        };
        addRecord(*db, QStringLiteral("AAPL"), QStringLiteral("1h"), TrainingRecord::Status::Active,
                  referenced);
        const qint64 missing = addRecord(
            *db, QStringLiteral("AAPL"), QStringLiteral("1h"), TrainingRecord::Status::Active,
            QStringLiteral("models/AAPL/1h/lstm_bot-20230101-120000-bbbbbbbb.pt"));

        auto report = ModelStore(*db).reconcile();
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QStringList removed = report->removedFiles;
        removed.sort();
        QCOMPARE(removed, (QStringList { trees, trained, imported, registry }));
        QCOMPARE(report->keptRecentFiles, QStringList { fresh });
        QVERIFY(report->problems.isEmpty());
        QCOMPARE(report->recordsMissingFile, 1);
        QVERIFY(statusOf(*db, missing) == TrainingRecord::Status::Failed);
        for (const QString &gone : { trained, registry, imported, trees })
            QVERIFY2(!QFile::exists(ws + u'/' + gone), qPrintable(gone));
        for (const QString &kept : userFiles + QStringList { fresh, referenced })
            QVERIFY2(QFile::exists(ws + u'/' + kept), qPrintable(kept));

        // With no grace period the fresh file goes too (what a later start would do).
        auto later = ModelStore(*db).reconcile(std::chrono::seconds(0));
        QVERIFY(later);
        QCOMPARE(later->removedFiles, QStringList { fresh });
        QVERIFY(QFile::exists(ws + u'/' + referenced));
    }

    // Symlinks under models/ are neither followed nor removed: a folder linked out of the
    // workspace keeps its files.
    void reconcileIgnoresSymlinks()
    {
        auto db = newWorkspace();
        const QString ws = db->workspaceDir();
        const QString outside = m_dir.filePath(QStringLiteral("outside-%1").arg(m_counter));
        QVERIFY(QDir().mkpath(outside + QStringLiteral("/1h")));
        const QString victim = outside + QStringLiteral("/1h/lstm_bot-20240101-120000-0123abcd.pt");
        QFile f(victim);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("theirs");
        QVERIFY(f.flush()); // before the time is set, or closing would set it again
        f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-7200),
                      QFileDevice::FileModificationTime);
        f.close();
        QVERIFY(QFile::link(outside, ws + QStringLiteral("/models/EVIL")));
        QVERIFY(QDir().mkpath(ws + QStringLiteral("/models/AAPL/1h")));
        const QString link
            = ws + QStringLiteral("/models/AAPL/1h/lstm_bot-20240101-120000-00000000.pt");
        QVERIFY(QFile::link(victim, link));

        auto report = ModelStore(*db).reconcile(std::chrono::seconds(0));
        QVERIFY(report);
        QVERIFY2(report->removedFiles.isEmpty(), qPrintable(report->removedFiles.join(u',')));
        QVERIFY(QFile::exists(victim));
        QVERIFY(QFileInfo(link).isSymLink());
    }

    void summariesReadSkillWithoutTheConfig()
    {
        auto db = newWorkspace();
        const qint64 good = addRecord(*db, QStringLiteral("AAPL"), QStringLiteral("1h"),
                                      TrainingRecord::Status::Active);
        const qint64 broken = addRecord(*db, QStringLiteral("AAPL"), QStringLiteral("1h"),
                                        TrainingRecord::Status::Active);
        const qint64 odd = addRecord(*db, QStringLiteral("AAPL"), QStringLiteral("1h"),
                                     TrainingRecord::Status::Active);
        {
            auto c = db->connection();
            QSqlQuery q(*c);
            // Hostile contents: malformed JSON, a string where a number belongs, an unknown
            // status text (the CHECK constraint is bypassed as an older/foreign writer might),
            // and a time that is not ISO-8601.
            QVERIFY(
                q.exec(QStringLiteral(
                           "UPDATE model_training_records SET config = '{not json' WHERE id = %1")
                           .arg(broken)));
            QVERIFY(q.exec(QStringLiteral("UPDATE model_training_records SET config = "
                                          "'{\"metrics\":{\"skill\":\"high\"}}', "
                                          "trained_at = 'yesterday' WHERE id = %1")
                               .arg(odd)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
            QVERIFY(q.exec(
                QStringLiteral("UPDATE model_training_records SET status = 'weird' WHERE id = %1")
                    .arg(odd)));
        }
        auto c = db->connection();
        auto summaries = TrainingRecordRepository(*c).listSummaries();
        QVERIFY2(summaries, qPrintable(summaries ? QString() : summaries.error().toString()));
        QCOMPARE(summaries->size(), size_t(3));
        for (const TrainingRecordSummary &s : *summaries) {
            if (s.id == good) {
                QVERIFY(s.skill && std::abs(*s.skill - 0.125) < 1e-12);
                QVERIFY(std::abs(s.trainedAtMs - QDateTime::currentMSecsSinceEpoch()) < 60'000);
                QCOMPARE(s.symbol, QStringLiteral("AAPL"));
                QCOMPARE(s.bot, QStringLiteral("lstm_bot"));
            } else if (s.id == broken) {
                QVERIFY(!s.skill);
            } else {
                QCOMPARE(s.id, odd);
                QVERIFY(!s.skill);
                QCOMPARE(s.trainedAtMs, qint64(0));
                QVERIFY(s.status == TrainingRecord::Status::Failed);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestModelStore)
#include "tst_modelstore.moc"
