// Alerts (migration 0009, AlertRepository, AlertsFacade): repeated job failures raise one
// critical alert in the transaction that ends the job; stale active models are reported once per
// version; acknowledging closes alerts; the open count and the filters.

#include "TestVerify.h"
#include "services/AlertsFacade.h"
#include "storage/AlertRepository.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"
#include "storage/ModelRegistryRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace modeldeck;

namespace {

JobSpec spec(const QString &bot = QStringLiteral("lstm_bot"), int epochs = 1)
{
    JobSpec s;
    s.symbol = QStringLiteral("TCS.NS");
    s.timeframe = QStringLiteral("1d");
    s.bot = bot;
    s.params = QJsonObject { { QStringLiteral("epochs"), epochs } }; // distinct jobs
    s.horizon = 1;
    return s;
}

RegisteredModel model(const QString &name, int version, const QDateTime &created)
{
    RegisteredModel m;
    m.name = name;
    m.version = version;
    m.bot = QStringLiteral("lstm_bot");
    m.horizons = { 1 };
    m.filePath = QStringLiteral("models/%1_v%2.pt").arg(name).arg(version);
    m.fileSha256 = QString(64, u'0');
    m.symbol = QStringLiteral("TCS.NS");
    m.timeframe = QStringLiteral("1d");
    m.createdAt = created;
    m.updatedAt = created;
    return m;
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_epochs = 0;

    QSqlDatabase db() { return *m_db->connection(); }

    // Runs one job of `bot` to the given end; true when it got there.
    bool runJob(JobStatus end, const QString &bot = QStringLiteral("lstm_bot"))
    {
        JobRepository jobs(db());
        auto id = jobs.enqueue(spec(bot, ++m_epochs));
        if (!id)
            return false;
        auto claimed = jobs.claim(*id, 1);
        if (!claimed || !*claimed)
            return false;
        return bool(jobs.finish(*id, end, QStringLiteral("out of memory (%1)").arg(*id), 0));
    }

    std::vector<Alert> open(const QString &kind = {})
    {
        AlertFilter filter;
        filter.kind = kind;
        auto listed = AlertRepository(db()).list(filter);
        return listed ? *listed : std::vector<Alert> {};
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.path());
        VERIFY_OK(db);
        m_db = std::move(*db);
        QVERIFY(db_exec(QStringLiteral("DELETE FROM alerts")));
        QVERIFY(db_exec(QStringLiteral("DELETE FROM training_jobs")));
        QVERIFY(db_exec(QStringLiteral("DELETE FROM ml_models")));
    }

    void cleanup() { m_db.reset(); }

    void repeatedFailuresRaiseOneCriticalAlert()
    {
        QVERIFY(runJob(JobStatus::Failed));
        QVERIFY(runJob(JobStatus::Failed));
        QVERIFY(open().empty()); // two in a row is bad luck
        // Cancelled jobs neither count nor break the run; another bot's failures are its own.
        QVERIFY(runJob(JobStatus::Cancelled));
        QVERIFY(runJob(JobStatus::Failed, QStringLiteral("gru_bot")));
        QVERIFY(open().empty());
        QVERIFY(runJob(JobStatus::Failed));
        const auto alerts = open(QStringLiteral("job_failures"));
        QCOMPARE(alerts.size(), size_t(1));
        QCOMPARE(alerts[0].severity, QStringLiteral("critical"));
        QCOMPARE(alerts[0].modelName, QStringLiteral("TCS.NS 1d lstm_bot"));
        QVERIFY2(alerts[0].message.contains(QStringLiteral("out of memory")),
                 qPrintable(alerts[0].message));
        // A fourth failure while it is open adds nothing.
        QVERIFY(runJob(JobStatus::Failed));
        QCOMPARE(open().size(), size_t(1));
    }

    void aSuccessBreaksTheRun()
    {
        QVERIFY(runJob(JobStatus::Failed));
        QVERIFY(runJob(JobStatus::Failed));
        QVERIFY(runJob(JobStatus::Completed));
        QVERIFY(runJob(JobStatus::Failed));
        QVERIFY(runJob(JobStatus::Failed));
        QVERIFY(open().empty());
    }

    void staleModelsAreReportedOncePerVersion()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ModelRegistryRepository registry(db());
        auto old = registry.insert(model(QStringLiteral("tcs"), 1, now.addDays(-10)));
        VERIFY_OK(old);
        VERIFY_OK(registry.activate(*old));
        RegisteredModel infy = model(QStringLiteral("infy"), 1, now.addSecs(-3600));
        infy.symbol = QStringLiteral("INFY.NS"); // one active model per series
        auto fresh = registry.insert(infy);
        VERIFY_OK(fresh);
        QVERIFY(registry.activate(*fresh));

        auto raised = raiseStaleAlerts(*m_db, 24, now);
        VERIFY_OK(raised);
        QCOMPARE(*raised, 1); // tcs only: infy is an hour old
        auto alerts = open(QStringLiteral("stale_model"));
        QCOMPARE(alerts.size(), size_t(1));
        QCOMPARE(alerts[0].modelName, QStringLiteral("tcs"));
        QVERIFY2(alerts[0].message.contains(QStringLiteral("saved 10 day")),
                 qPrintable(alerts[0].message));

        // Acknowledged, it is an answer: the hourly check does not raise it again…
        auto acknowledged = AlertRepository(db()).acknowledge({ alerts[0].id }, now);
        VERIFY_OK(acknowledged);
        QCOMPARE(*acknowledged, 1);
        QCOMPARE(*raiseStaleAlerts(*m_db, 24, now.addSecs(3600)), 0);
        // …until the active version changes and goes stale in turn.
        auto v2 = registry.insert(model(QStringLiteral("tcs"), 2, now.addSecs(3600)));
        VERIFY_OK(v2);
        QVERIFY(registry.activate(*v2));
        QCOMPARE(*raiseStaleAlerts(*m_db, 24, now.addSecs(7200)), 0); // new
        QCOMPARE(*raiseStaleAlerts(*m_db, 24, now.addDays(2)), 2); // tcs v2, and infy by now
        QVERIFY(!raiseStaleAlerts(*m_db, 0, now)); // a threshold of nothing is refused
    }

    void acknowledgeSummaryAndFilters()
    {
        AlertRepository alerts(db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const char *kind : { "performance_drift", "coverage_drift", "stale_model" }) {
            Alert a;
            a.severity = QStringLiteral("warning");
            a.modelName = QStringLiteral("tcs");
            a.kind = QString::fromLatin1(kind);
            a.message = QStringLiteral("m");
            a.createdAt = now;
            QVERIFY(*alerts.raise(a));
        }
        auto summary = alerts.summary();
        VERIFY_OK(summary);
        QCOMPARE(summary->open, 3);
        const qint64 newest = summary->newestId;
        QCOMPARE(open(QStringLiteral("coverage_drift")).size(), size_t(1));

        // Twice the same id, and one that does not exist: each open one counts once.
        const qint64 first = open(QStringLiteral("performance_drift"))[0].id;
        QCOMPARE(*alerts.acknowledge({ first, first, 999999 }, now), 1);
        QCOMPARE(alerts.summary()->open, 2);
        QCOMPARE(alerts.summary()->newestId, newest); // acknowledging raises nothing
        AlertFilter all;
        all.includeAcknowledged = true;
        QCOMPARE(alerts.list(all)->size(), size_t(3));
        AlertFilter other;
        other.modelName = QStringLiteral("infy");
        QVERIFY(alerts.list(other)->empty());
        // An acknowledged drift may be raised again: it is news if it happens again.
        Alert again;
        again.severity = QStringLiteral("warning");
        again.modelName = QStringLiteral("tcs");
        again.kind = QStringLiteral("performance_drift");
        again.message = QStringLiteral("m");
        QVERIFY(*alerts.raise(again));
        QCOMPARE(alerts.summary()->open, 3);
    }

private:
    bool db_exec(const QString &sql)
    {
        QSqlQuery q(db());
        return q.exec(sql);
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
