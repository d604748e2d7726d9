// TorchRuntime::prepareEnvironment as modeldeck-cli runs it: the OpenMP runtime of the program
// that finally runs must wait passively (libgomp reads the environment once, when it loads,
// so only a re-executed program sees the change), a user's own choice stays, and the
// arguments survive the re-execution. libgomp itself says what it read (OMP_DISPLAY_ENV).

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// modeldeck-cli --version with the user's OpenMP choices of this environment replaced by `set`.
Run version(const QStringList &set)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OMP_WAIT_POLICY"));
    env.remove(QStringLiteral("GOMP_SPINCOUNT"));
    for (const QString &assignment : set)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    env.insert(QStringLiteral("OMP_DISPLAY_ENV"), QStringLiteral("VERBOSE"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MODELDECK_CLI_PATH), { QStringLiteral("--version") });
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

// What the OpenMP runtime of the last program executed says it read: "NAME = 'value'" lines
// of its last display block.
QString lastDisplayed(const QByteArray &err, const QString &name)
{
    const QString text = QString::fromUtf8(err);
    const qsizetype block = text.lastIndexOf(QStringLiteral("OPENMP DISPLAY ENVIRONMENT BEGIN"));
    if (block < 0)
        return {};
    const QRegularExpression line(
        QStringLiteral("^\\s*%1 = '([^']*)'$").arg(QRegularExpression::escape(name)),
        QRegularExpression::MultilineOption);
    return line.match(text, block).captured(1);
}

} // namespace

class TestTorchRuntime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const Run r = version({});
        QCOMPARE(r.exitCode, 0);
        if (!r.err.contains("OPENMP DISPLAY ENVIRONMENT"))
            QSKIP("The OpenMP runtime is not libgomp (or there is none): nothing to check.");
    }

    void waitingBecomesPassive()
    {
        const Run r = version({});
        QCOMPARE(r.exitCode, 0);
        // Passive makes libgomp's spin count 0; left unset it spins 300,000 times.
        QCOMPARE(lastDisplayed(r.err, QStringLiteral("GOMP_SPINCOUNT")), QStringLiteral("0"));
        QCOMPARE(lastDisplayed(r.err, QStringLiteral("OMP_WAIT_POLICY")),
                 QStringLiteral("PASSIVE"));
        // The program ran once to the end, with its arguments.
        QCOMPARE(r.out.count("ModelDeck "), 1);
    }

    void userWaitPolicyIsKept()
    {
        const Run r = version({ QStringLiteral("OMP_WAIT_POLICY=ACTIVE") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lastDisplayed(r.err, QStringLiteral("OMP_WAIT_POLICY")), QStringLiteral("ACTIVE"));
        QVERIFY(lastDisplayed(r.err, QStringLiteral("GOMP_SPINCOUNT")) != QStringLiteral("0"));
    }

    void userSpinCountIsKept()
    {
        const Run r = version({ QStringLiteral("GOMP_SPINCOUNT=1234") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(lastDisplayed(r.err, QStringLiteral("GOMP_SPINCOUNT")), QStringLiteral("1234"));
    }
};

QTEST_GUILESS_MAIN(TestTorchRuntime)
#include "tst_torchruntime.moc"
