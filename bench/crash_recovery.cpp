// Kill -9 at random points: runs modeldeck-cli doing one of import, first open (migration),
// train, registry save or a queue run, kills it after a seeded random delay within that
// operation's measured duration, starts the queue again as the app does (recovery), and checks:
//  - the workspace opens and `PRAGMA integrity_check` is ok;
//  - no training record or registered model points at a missing file;
//  - no unreferenced model file is left once the start-up clean-up has run (the clean-up
//    spares young files another process may still be recording; the check runs it as it runs
//    after that grace period, since no other process is alive here);
//  - imports are all or nothing, a training or registry save leaves one row or none;
//  - queued jobs all complete after the restart, each exactly once (no job lost or run twice).
// Usage: crash_recovery [--runs N] [--seed S] [--cli PATH]. Prints one JSON object.

#include "CrashChecks.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <map>
#include <random>

using namespace modeldeck;
using namespace modeldeck::bench;

namespace {

struct Cli
{
    QString path;

    // Runs to the end; the exit code, or -1 when it did not finish within two minutes.
    int run(const QStringList &args, QByteArray *output = nullptr) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(path, args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (output)
            *output = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    // Starts it and kills it with SIGKILL after `delayMs` (unless it ended before). True when
    // the kill landed.
    bool killAfter(const QStringList &args, int delayMs) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(path, args);
        if (!p.waitForStarted())
            return false;
        const bool ended = p.waitForFinished(delayMs);
        if (!ended) {
            p.kill();
            p.waitForFinished();
        }
        return !ended;
    }
};

enum class Scenario { Import, Migrate, Train, Save, Queue };
const std::map<Scenario, QString> kNames { { Scenario::Import, QStringLiteral("import") },
                                           { Scenario::Migrate, QStringLiteral("migration") },
                                           { Scenario::Train, QStringLiteral("training") },
                                           { Scenario::Save, QStringLiteral("registry_save") },
                                           { Scenario::Queue, QStringLiteral("queue_run") } };

struct Setup
{
    QString root; // scratch folder
    QString templateWs; // sample imported, one trained record
    QString bigCsv; // a file whose import takes long enough to be killed in the middle
    QString symbol; // the sample's symbol
    qint64 bigRows = 0;
};

QStringList ws(const QString &dir, QStringList args)
{
    return QStringList { QStringLiteral("-w"), dir } + args;
}

QStringList trainArgs(const Setup &s, const QString &dir)
{
    return ws(dir,
              { QStringLiteral("train"), QStringLiteral("--symbol"), s.symbol,
                QStringLiteral("--timeframe"), QStringLiteral("5m"), QStringLiteral("--bot"),
                QStringLiteral("mlp_bot"), QStringLiteral("--params"),
                QStringLiteral(R"({"epochs": 4})"), QStringLiteral("--threads"),
                QStringLiteral("1") });
}

// The command one scenario kills, after preparing `dir` (a copy of the template).
QStringList commandFor(Scenario scenario, const Setup &s, const QString &dir, const Cli &cli)
{
    switch (scenario) {
    case Scenario::Import:
        return ws(
            dir,
            { QStringLiteral("import"), s.bigCsv, QStringLiteral("--tz"), QStringLiteral("UTC") });
    case Scenario::Migrate:
        return ws(dir + QStringLiteral("/fresh"), { QStringLiteral("symbols") });
    case Scenario::Train:
        return trainArgs(s, dir);
    case Scenario::Save:
        return ws(dir,
                  { QStringLiteral("models"), QStringLiteral("save"), QStringLiteral("--record"),
                    QStringLiteral("1"), QStringLiteral("--name"), QStringLiteral("crash-test"),
                    QStringLiteral("--activate") });
    case Scenario::Queue:
        for (const auto &[bot, params] :
             { std::pair { QStringLiteral("linear_bot"), QStringLiteral(R"({"epochs": 3})") },
               std::pair { QStringLiteral("mlp_bot"), QStringLiteral(R"({"epochs": 3})") },
               std::pair { QStringLiteral("gru_bot"), QStringLiteral(R"({"epochs": 2})") } }) {
            cli.run(ws(dir,
                       { QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("--symbol"),
                         s.symbol, QStringLiteral("--timeframe"), QStringLiteral("5m"),
                         QStringLiteral("--bot"), bot, QStringLiteral("--params"), params }));
        }
        return ws(dir,
                  { QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--workers"),
                    QStringLiteral("1"), QStringLiteral("--threads"), QStringLiteral("1") });
    }
    return {};
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo &info :
         source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = to + u'/' + info.fileName();
        if (info.isDir() ? !copyTree(info.filePath(), target)
                         : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

std::optional<Setup> prepare(const Cli &cli, const QString &root)
{
    Setup s;
    s.root = root;
    s.templateWs = root + QStringLiteral("/template");
    const QString sample = QStringLiteral(MODELDECK_SOURCE_DIR)
        + QStringLiteral("/resources/sample-data/RELIANCE_5min.csv");
    QByteArray out;
    if (cli.run(ws(s.templateWs, { QStringLiteral("import"), sample }), &out) != 0) {
        std::fprintf(stderr, "template import failed: %s\n", out.constData());
        return std::nullopt;
    }
    auto symbol = templateSymbol(s.templateWs);
    if (!symbol)
        return std::nullopt;
    s.symbol = *symbol;
    if (cli.run(trainArgs(s, s.templateWs), &out) != 0) {
        std::fprintf(stderr, "template training failed: %s\n", out.constData());
        return std::nullopt;
    }
    s.bigCsv = root + QStringLiteral("/BIG.csv");
    s.bigRows = 300000;
    if (!writeSyntheticCsv(s.bigCsv, s.bigRows))
        return std::nullopt;
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Kills."),
                                  QStringLiteral("n"), QStringLiteral("50"));
    QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("modeldeck-cli to run."),
                                 QStringLiteral("path"));
    parser.addOptions({ runsOption, seedOption, cliOption });
    parser.process(app);
    const Cli cli { parser.isSet(cliOption) ? parser.value(cliOption)
                                            : QCoreApplication::applicationDirPath()
                            + QStringLiteral("/modeldeck-cli") };
    const int runs = std::max(1, parser.value(runsOption).toInt());
    std::mt19937 rng(parser.value(seedOption).toUInt());
    QElapsedTimer total;
    total.start();

    QTemporaryDir scratch;
    const auto setup = prepare(cli, scratch.path());
    if (!setup)
        return 1;

    // How long each operation takes unkilled, so the kills spread over all of it.
    std::map<Scenario, double> durationMs;
    for (const auto &[scenario, name] : kNames) {
        const QString dir = setup->root + QStringLiteral("/calibrate-") + name;
        if (!copyTree(setup->templateWs, dir))
            return 1;
        const QStringList args = commandFor(scenario, *setup, dir, cli);
        QElapsedTimer clock;
        clock.start();
        if (cli.run(args) != 0) {
            std::fprintf(stderr, "%s fails without a kill\n", qPrintable(name));
            return 1;
        }
        durationMs[scenario] = std::max<double>(50, clock.elapsed());
    }

    struct Tally
    {
        int runs = 0, killed = 0, failures = 0, dataLost = 0;
    };
    std::map<Scenario, Tally> tallies;
    QJsonArray problems;
    for (int run = 0; run < runs; ++run) {
        const auto scenario = Scenario(std::uniform_int_distribution<int>(0, 4)(rng));
        const int delayMs
            = std::uniform_int_distribution<int>(0, int(durationMs[scenario] * 1.1))(rng);
        const QString dir = setup->root + QStringLiteral("/run%1").arg(run);
        if (!copyTree(setup->templateWs, dir))
            return 1;
        // A first open makes a new workspace beside the copy (nothing in it to lose); the other
        // operations work in the copy.
        const QString target = scenario == Scenario::Migrate ? dir + QStringLiteral("/fresh") : dir;
        const Baseline before
            = scenario == Scenario::Migrate ? Baseline {} : baselineOf(dir, setup->symbol);
        Tally &tally = tallies[scenario];
        ++tally.runs;
        if (cli.killAfter(commandFor(scenario, *setup, dir, cli), delayMs))
            ++tally.killed;
        // Rows pointing at missing files are looked for before the restart's clean-up, which
        // would mark them failed.
        QStringList found = danglingRows(target);
        // The app starts again: the queue recovers and runs what is left.
        QByteArray output;
        if (cli.run(
                ws(target,
                   { QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--workers"),
                     QStringLiteral("1"), QStringLiteral("--threads"), QStringLiteral("1") }),
                &output)
            != 0)
            found << QStringLiteral("the restart failed: ") + QString::fromUtf8(output).trimmed();
        const CheckResult checked
            = checkAfterRestart(target, scenario == Scenario::Queue, before, setup->bigRows);
        found += checked.problems;
        if (!found.isEmpty()) {
            ++tally.failures;
            if (checked.dataLost)
                ++tally.dataLost;
            problems.append(
                QJsonObject { { QStringLiteral("run"), run },
                              { QStringLiteral("scenario"), kNames.at(scenario) },
                              { QStringLiteral("delay_ms"), delayMs },
                              { QStringLiteral("problems"), QJsonArray::fromStringList(found) } });
        }
        QDir(dir).removeRecursively();
    }

    QJsonObject byScenario;
    int failures = 0, lost = 0, killed = 0;
    for (const auto &[scenario, t] : tallies) {
        byScenario.insert(kNames.at(scenario),
                          QJsonObject { { QStringLiteral("runs"), t.runs },
                                        { QStringLiteral("killed_mid_operation"), t.killed },
                                        { QStringLiteral("failures"), t.failures },
                                        { QStringLiteral("data_lost"), t.dataLost },
                                        { QStringLiteral("operation_ms"), durationMs[scenario] } });
        failures += t.failures;
        lost += t.dataLost;
        killed += t.killed;
    }
    const QJsonObject result { { QStringLiteral("benchmark"), QStringLiteral("crash_recovery") },
                               { QStringLiteral("runs"), runs },
                               { QStringLiteral("seed"), parser.value(seedOption).toInt() },
                               { QStringLiteral("killed_mid_operation"), killed },
                               { QStringLiteral("failures"), failures },
                               { QStringLiteral("data_lost"), lost },
                               { QStringLiteral("scenarios"), byScenario },
                               { QStringLiteral("problems"), problems },
                               { QStringLiteral("seconds"), total.elapsed() / 1000.0 },
                               { QStringLiteral("pass"), failures == 0 } };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return failures == 0 ? 0 : 2;
}
