// modeldeck-cli strategy: list, backtest (the JSON matches an in-process backtest of the same
// bars), train with walk-forward and --save, the saved configurations (configs, export, delete),
// usage errors and Ctrl+C; train --queue, the job in queue list, queue run and job-result (the
// same best parameters as a direct train with the same seed).

#include "backtest/Strategy.h"
#include "backtest/StrategyBacktest.h"
#include "services/TrainingService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace modeldeck;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MODELDECK_WORKSPACE"));
    return env;
}

Run cli(const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(MODELDECK_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

const QString kSymbol = QStringLiteral("RELIANCE");
const QString kTimeframe = QStringLiteral("5m");

} // namespace

class TestStrategyCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_ws;

    QStringList series(const QString &command, const QString &strategy) const
    {
        return { QStringLiteral("-w"),         m_ws,    QStringLiteral("strategy"),    command,
                 QStringLiteral("--symbol"),   kSymbol, QStringLiteral("--timeframe"), kTimeframe,
                 QStringLiteral("--strategy"), strategy };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("ws"));
        const Run imported = cli(
            { QStringLiteral("-w"), m_ws, QStringLiteral("import"),
              QStringLiteral(MODELDECK_SAMPLE_DATA_DIR) + QStringLiteral("/RELIANCE_5min.csv") });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void listsStrategiesAndSpaces()
    {
        const Run run
            = cli({ QStringLiteral("strategy"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray strategies = run.json().value(QStringLiteral("strategies")).toArray();
        QCOMPARE(strategies.size(), qsizetype(builtInStrategies().size()));
        for (const Strategy *s : builtInStrategies()) {
            const auto found = std::find_if(strategies.begin(), strategies.end(), [&](auto v) {
                return v.toObject().value(QStringLiteral("name")).toString() == s->name();
            });
            QVERIFY2(found != strategies.end(), qPrintable(s->name()));
            QCOMPARE(found->toObject().value(QStringLiteral("space")).toObject(),
                     s->space().toJson());
        }
        QVERIFY(run.json()
                    .value(QStringLiteral("objectives"))
                    .toArray()
                    .contains(QStringLiteral("sharpe")));
    }

    void backtestMatchesTheEngine()
    {
        QStringList args = series(QStringLiteral("backtest"), QStringLiteral("ma_crossover"));
        args << QStringLiteral("--param") << QStringLiteral("fast=5") << QStringLiteral("--param")
             << QStringLiteral("slow=20") << QStringLiteral("--commission")
             << QStringLiteral("0.0005") << QStringLiteral("--short") << QStringLiteral("--json")
             << QStringLiteral("--curves");
        const Run run = cli(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        const QJsonObject scores = json.value(QStringLiteral("scores")).toObject();

        // The same backtest in this process, from the workspace's bars.
        auto db = Database::open(m_ws);
        QVERIFY(db);
        auto bars = TrainingService::loadBars(**db, kSymbol, kTimeframe);
        QVERIFY(bars);
        const BarColumns columns = BarColumns::fromBars(*bars);
        BacktestOptions options;
        options.commission = 0.0005;
        options.allowShort = true;
        options.barsPerYear = barsPerYear(columns.time, 300);
        const IndicatorCache cache(columns);
        auto expected = backtestStrategy(
            *findStrategy(QStringLiteral("ma_crossover")), cache,
            { { QStringLiteral("fast"), 5 }, { QStringLiteral("slow"), 20 } }, options);
        QVERIFY(expected);
        QCOMPARE(scores, expected->scores.toJson());
        QVERIFY(scores.contains(QStringLiteral("buy_and_hold_return")));
        QVERIFY(expected->scores.trades > 0);
        QCOMPARE(json.value(QStringLiteral("trades")).toArray().size(),
                 qsizetype(expected->trades.size()));
        const QJsonObject curves = json.value(QStringLiteral("curves")).toObject();
        QCOMPARE(curves.value(QStringLiteral("equity")).toArray().size(), qsizetype(bars->size()));
        QCOMPARE(curves.value(QStringLiteral("drawdown")).toArray().size(),
                 qsizetype(bars->size()));
    }

    void usageErrors()
    {
        QStringList unknown = series(QStringLiteral("backtest"), QStringLiteral("nope"));
        Run run = cli(unknown);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("ma_crossover")); // the message lists the known ones
        QStringList badParam = series(QStringLiteral("backtest"), QStringLiteral("ma_crossover"));
        badParam << QStringLiteral("--param") << QStringLiteral("fast=0");
        QCOMPARE(cli(badParam).exitCode, 2);
        QStringList noName = series(QStringLiteral("train"), QStringLiteral("ma_crossover"));
        noName << QStringLiteral("--save");
        QCOMPARE(cli(noName).exitCode, 2);
        QStringList badObjective = series(QStringLiteral("train"), QStringLiteral("rsi_reversion"));
        badObjective << QStringLiteral("--objective") << QStringLiteral("luck");
        run = cli(badObjective);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("sortino"));
        QCOMPARE(cli({ QStringLiteral("-w"), m_ws, QStringLiteral("strategy"),
                       QStringLiteral("backtest") })
                     .exitCode,
                 2);
    }

    void trainSavesAndConfigurationsRoundTrip()
    {
        QStringList args = series(QStringLiteral("train"), QStringLiteral("bollinger_breakout"));
        args << QStringLiteral("--optimizer") << QStringLiteral("random")
             << QStringLiteral("--budget") << QStringLiteral("12") << QStringLiteral("--train-days")
             << QStringLiteral("10") << QStringLiteral("--test-days") << QStringLiteral("5")
             << QStringLiteral("--save") << QStringLiteral("boll-1") << QStringLiteral("--json");
        const Run run = cli(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("optimize")); // progress on stderr
        QVERIFY(run.err.contains("validate"));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QStringLiteral("trials")).toArray().size(), 12);
        const QJsonArray folds = json.value(QStringLiteral("walk_forward")).toArray();
        QVERIFY(!folds.isEmpty());
        for (const QJsonValue &fold : folds) {
            const QJsonObject f = fold.toObject();
            QVERIFY(f.value(QStringLiteral("train_begin")).toString()
                    < f.value(QStringLiteral("test_begin")).toString());
            QVERIFY(f.value(QStringLiteral("test"))
                        .toObject()
                        .contains(QStringLiteral("buy_and_hold_return")));
        }
        const QJsonObject saved = json.value(QStringLiteral("saved")).toObject();
        QCOMPARE(saved.value(QStringLiteral("name")).toString(), QStringLiteral("boll-1"));
        QCOMPARE(saved.value(QStringLiteral("params")), json.value(QStringLiteral("best_params")));

        // Listed, refused under the same name, exported, deleted.
        const Run configs = cli({ QStringLiteral("-w"), m_ws, QStringLiteral("strategy"),
                                  QStringLiteral("configs"), QStringLiteral("--json") });
        QCOMPARE(configs.exitCode, 0);
        const QJsonArray rows = configs.json().value(QStringLiteral("configurations")).toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("strategy")).toString(),
                 QStringLiteral("bollinger_breakout"));
        QCOMPARE(row.value(QStringLiteral("walk_forward")).toArray(), folds);
        QVERIFY(row.value(QStringLiteral("scores"))
                    .toObject()
                    .contains(QStringLiteral("buy_and_hold_return")));
        const Run again = cli(args);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already exists"));

        const QString file = m_dir.filePath(QStringLiteral("boll.json"));
        QCOMPARE(cli({ QStringLiteral("-w"), m_ws, QStringLiteral("strategy"),
                       QStringLiteral("export"), QStringLiteral("--name"), QStringLiteral("boll-1"),
                       QStringLiteral("--out"), file })
                     .exitCode,
                 0);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(
            QJsonDocument::fromJson(exported.readAll()).object().value(QStringLiteral("params")),
            saved.value(QStringLiteral("params")));
        QCOMPARE(
            cli({ QStringLiteral("-w"), m_ws, QStringLiteral("strategy"), QStringLiteral("delete"),
                  QStringLiteral("--name"), QStringLiteral("boll-1"), QStringLiteral("--yes") })
                .exitCode,
            0);
        const Run empty = cli({ QStringLiteral("-w"), m_ws, QStringLiteral("strategy"),
                                QStringLiteral("configs"), QStringLiteral("--json") });
        QVERIFY(empty.json().value(QStringLiteral("configurations")).toArray().isEmpty());

        // The save and the delete are in the audit log (newest first); the refused save is not.
        const Run audit
            = cli({ QStringLiteral("-w"), m_ws, QStringLiteral("audit"), QStringLiteral("--action"),
                    QStringLiteral("save,delete"), QStringLiteral("--json") });
        QCOMPARE(audit.exitCode, 0);
        const QJsonArray entries = audit.json().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("delete"));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("save"));
        for (const QJsonValue &entry : entries)
            QCOMPARE(entry.toObject().value(QStringLiteral("subject")).toString(),
                     QStringLiteral("boll-1"));
    }

    void queuedTrainingAndJobResult()
    {
        QStringList args = series(QStringLiteral("train"), QStringLiteral("ma_crossover"));
        args << QStringLiteral("--optimizer") << QStringLiteral("random")
             << QStringLiteral("--budget") << QStringLiteral("6") << QStringLiteral("--seed")
             << QStringLiteral("11") << QStringLiteral("--train-days") << QStringLiteral("10")
             << QStringLiteral("--test-days") << QStringLiteral("5") << QStringLiteral("--json");
        const Run queued = cli(QStringList(args) << QStringLiteral("--queue"));
        QVERIFY2(queued.exitCode == 0, queued.err.constData());
        const qint64 job = queued.json().value(QStringLiteral("job")).toInteger();
        QVERIFY(job > 0);
        QCOMPARE(queued.json().value(QStringLiteral("existed")).toBool(), false);

        const QStringList ws { QStringLiteral("-w"), m_ws };
        const QString id = QString::number(job);
        const Run early = cli(
            ws + QStringList { QStringLiteral("strategy"), QStringLiteral("job-result"), id });
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains("not finished"), early.err.constData());

        const Run list = cli(ws + QStringList { QStringLiteral("queue"), QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("ma_crossover  strategy (sharpe, random, 6 backtests)"),
                 list.out.constData());

        const Run ran = cli(ws + QStringList { QStringLiteral("queue"), QStringLiteral("run") });
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
        const Run result
            = cli(ws
                  + QStringList { QStringLiteral("strategy"), QStringLiteral("job-result"), id,
                                  QStringLiteral("--json") });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const Run direct = cli(args);
        QVERIFY2(direct.exitCode == 0, direct.err.constData());
        const QJsonObject r = result.json();
        QCOMPARE(r.value(QStringLiteral("job")).toInteger(), job);
        QCOMPARE(r.value(QStringLiteral("best_params")),
                 direct.json().value(QStringLiteral("best_params")));
        QCOMPARE(r.value(QStringLiteral("walk_forward")),
                 direct.json().value(QStringLiteral("walk_forward")));
        QCOMPARE(r.value(QStringLiteral("full_scores")),
                 direct.json().value(QStringLiteral("full_scores")));
        const Run text = cli(
            ws + QStringList { QStringLiteral("strategy"), QStringLiteral("job-result"), id });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Strategy job %1").arg(job).toUtf8()),
                 text.out.constData());
        const Run missing
            = cli(ws + QStringList { QStringLiteral("strategy"), QStringLiteral("job-result") });
        QCOMPARE(missing.exitCode, 2);
    }

    void ctrlCCancels()
    {
        QStringList args = series(QStringLiteral("train"), QStringLiteral("rsi_reversion"));
        args << QStringLiteral("--budget") << QStringLiteral("100000")
             << QStringLiteral("--optimizer") << QStringLiteral("random");
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(MODELDECK_CLI_PATH), args);
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("optimize"), 30000);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(p.readAllStandardError().contains("Ctrl+C"));
    }
};

QTEST_GUILESS_MAIN(TestStrategyCli)
#include "tst_strategycli.moc"
