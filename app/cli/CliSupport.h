#pragma once
// What every modeldeck-cli command shares: the options, output helpers and Ctrl+C handling.

#include "CliCommands.h"
#include "data/CsvFormat.h"
#include "domain/Timeframe.h"
#include "storage/Database.h"
#include "storage/MarketDataRepository.h"
#include "training/TrainingSettings.h"
#include "util/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>
#include <memory>

namespace modeldeck::cli {

// The CLI's messages share one translation context. Calls are spelled Tr::tr() so that lupdate
// files them under it too: a plain tr() inside Options or a command class would be recorded
// under that class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::cli)
};

// stdout and stderr. Everything written through them passes terminalSafe(): messages quote
// server answers (download errors) and file content (CSV excerpts), and an escape sequence in
// either must not reach the terminal as one.
QTextStream &out();
QTextStream &err();
// `text` with control characters made visible: C0 characters other than newline and tab as
// \xNN (ESC becomes \x1b, so no escape sequence survives); DEL, C1 characters and the
// bidirectional overrides as JSON-style escapes, a backslash, "u" and four hex digits (JSON on
// stdout stays valid: it escapes C0 itself, but not these).
QString terminalSafe(QStringView text);
int fail(const QString &message, int code = ExitFailure);
int fail(const Error &error, int code = ExitFailure);
void printJson(const QJsonObject &object);
QString isoUtc(qint64 ms);
QJsonObject toJson(const MergeStats &m);
// "A, B,,C" → {"A", "B", "C"}.
QStringList splitList(const QString &value);

struct Options
{
    QCommandLineOption workspace {
        QStringList { QStringLiteral("w"), QStringLiteral("workspace") },
        Tr::tr("Workspace folder (default: $MODELDECK_WORKSPACE or the per-user one)."),
        Tr::tr("dir")
    };
    QCommandLineOption json { QStringLiteral("json"), Tr::tr("Print machine-readable JSON.") };
    QCommandLineOption symbol { QStringLiteral("symbol"), Tr::tr("Symbol, e.g. TCS.NS."),
                                Tr::tr("symbol") };
    QCommandLineOption timeframe { QStringLiteral("timeframe"),
                                   Tr::tr("Timeframe, e.g. 5m, 1h, 1d."), Tr::tr("tf") };
    QCommandLineOption timeZone { QStringLiteral("tz"),
                                  Tr::tr("Time zone of naive timestamps (IANA name)."),
                                  Tr::tr("zone") };
    QCommandLineOption dateOrder { QStringLiteral("date-order"),
                                   Tr::tr(
                                       "auto, day-first or month-first for dates like 03-04-2024."),
                                   Tr::tr("order"), QStringLiteral("auto") };
    QCommandLineOption invalidRows {
        QStringLiteral("invalid-rows"),
        Tr::tr(
            "Rows with impossible values (open or close outside low–high, negatives): keep imports "
            "them "
            "flagged as invalid, reject refuses the file (default: %1).")
            .arg(invalidRowPolicyName(kDefaultInvalidRowPolicy)),
        Tr::tr("policy"), invalidRowPolicyName(kDefaultInvalidRowPolicy)
    };
    QCommandLineOption from {
        QStringLiteral("from"),
        Tr::tr("Source timeframe (resample), or first date (fetch: YYYY-MM-DD or ISO time, UTC)."),
        Tr::tr("tf|date")
    };
    QCommandLineOption to {
        QStringLiteral("to"),
        Tr::tr("Target timeframe (resample), or end date, exclusive (fetch; default: now)."),
        Tr::tr("tf|date")
    };
    QCommandLineOption bot {
        QStringLiteral("bot"),
        Tr::tr("Model: lstm_bot, gru_bot, transformer_bot, mlp_bot, linear_bot, naive."),
        Tr::tr("bot")
    };
    QCommandLineOption horizon { QStringLiteral("horizon"),
                                 Tr::tr("Bars ahead to predict (default 1)."), Tr::tr("h"),
                                 QStringLiteral("1") };
    QCommandLineOption params { QStringLiteral("params"),
                                Tr::tr("Hyperparameters as JSON text or a JSON file."),
                                Tr::tr("json|file") };
    QCommandLineOption threads { QStringLiteral("threads"),
                                 Tr::tr("Torch threads per job (default: 1)."), Tr::tr("n"),
                                 QStringLiteral("0") };
    QCommandLineOption symbols { QStringLiteral("symbols"),
                                 Tr::tr("Comma-separated symbols (queue auto, fetch)."),
                                 Tr::tr("list") };
    QCommandLineOption provider { QStringLiteral("provider"),
                                  Tr::tr("Market-data provider: yahoo, binance or binance-us."),
                                  Tr::tr("name") };
    QCommandLineOption baseUrl {
        QStringLiteral("base-url"),
        Tr::tr("Provider base URL, e.g. a mirror (default: the download/…BaseUrl setting)."),
        Tr::tr("url")
    };
    QCommandLineOption timeframes { QStringLiteral("timeframes"),
                                    Tr::tr("Comma-separated timeframes (queue auto)."),
                                    Tr::tr("list") };
    QCommandLineOption bots { QStringLiteral("bots"), Tr::tr("Comma-separated bots (queue auto)."),
                              Tr::tr("list") };
    QCommandLineOption priority { QStringLiteral("priority"),
                                  Tr::tr("Queue priority; higher runs first."), Tr::tr("n"),
                                  QStringLiteral("0") };
    QCommandLineOption workers {
        QStringLiteral("workers"),
        Tr::tr("Concurrent training jobs for queue run (default: the cores divided by the "
               "threads per job)."),
        Tr::tr("n"), QStringLiteral("0")
    };
    QCommandLineOption job { QStringLiteral("job"), Tr::tr("Job id (queue retry|remove)."),
                             Tr::tr("id") };
    QCommandLineOption maxRetries { QStringLiteral("max-retries"),
                                    Tr::tr("Automatic retries after a failure."), Tr::tr("n"),
                                    QStringLiteral("0") };
    QCommandLineOption model { QStringLiteral("model"),
                               Tr::tr("Registered model name (predict, predictions list)."),
                               Tr::tr("name") };
    QCommandLineOption name { QStringLiteral("name"),
                              Tr::tr("Model name in the registry (models …)."), Tr::tr("name") };
    // Not --version: that one prints the program's version.
    QCommandLineOption modelVersion { QStringLiteral("model-version"),
                                      Tr::tr("Model version (default: the latest)."), Tr::tr("n") };
    QCommandLineOption record { QStringLiteral("record"),
                                Tr::tr("Training record id (models save)."), Tr::tr("id") };
    QCommandLineOption description { QStringLiteral("description"), Tr::tr("Model description."),
                                     Tr::tr("text") };
    QCommandLineOption tags { QStringLiteral("tags"), Tr::tr("Comma-separated model tags."),
                              Tr::tr("list") };
    QCommandLineOption activate {
        QStringLiteral("activate"),
        Tr::tr("Make the saved or imported model the active one of its symbol and timeframe.")
    };
    QCommandLineOption save { QStringLiteral("save"),
                              Tr::tr("Store the prediction in the workspace (predict).") };
    QCommandLineOption history { QStringLiteral("history"),
                                 Tr::tr(
                                     "The accuracy recorded at each fill, oldest first (metrics); "
                                     "past A/B tests (abtest); acknowledged ones too (alerts).") };
    QCommandLineOption out { QStringLiteral("out"),
                             Tr::tr("Folder to export into (models export)."), Tr::tr("dir") };
    QCommandLineOption sidecar {
        QStringLiteral("sidecar"),
        Tr::tr("JSON description of an imported model (default: FILE with .json)."), Tr::tr("file")
    };
    QCommandLineOption limit { QStringLiteral("limit"), Tr::tr("Most rows to list."), Tr::tr("n"),
                               QStringLiteral("50") };
    QCommandLineOption method { QStringLiteral("method"),
                                Tr::tr("Search method: grid, random or bayes (default: bayes)."),
                                Tr::tr("name") };
    QCommandLineOption trials { QStringLiteral("trials"),
                                Tr::tr("Most trials of a search (default 20)."), Tr::tr("n") };
    QCommandLineOption seconds { QStringLiteral("seconds"),
                                 Tr::tr("Wall-time budget of a search in seconds (default: none)."),
                                 Tr::tr("n") };
    QCommandLineOption space { QStringLiteral("space"),
                               Tr::tr("Search space as JSON text or a JSON file (default: the "
                                      "bot's)."),
                               Tr::tr("json|file") };
    QCommandLineOption walkForward {
        QStringLiteral("walk-forward"),
        Tr::tr("Walk-forward validation of the best configuration: train,test,step in bars, "
               "optionally ,sliding."),
        Tr::tr("spec")
    };
    QCommandLineOption seed { QStringLiteral("seed"), Tr::tr("Seed of the search's sampler."),
                              Tr::tr("n") };
    QCommandLineOption search { QStringLiteral("search"),
                                Tr::tr("queue add: a hyperparameter search job (with --method, "
                                       "--trials, …) instead of one training run.") };
    QCommandLineOption ack { QStringLiteral("ack"),
                             Tr::tr("Acknowledge alerts: comma-separated ids, or all (alerts)."),
                             Tr::tr("ids|all") };
    QCommandLineOption check { QStringLiteral("check"),
                               Tr::tr("Check the model's inputs for drift now (drift).") };
    QCommandLineOption staleHours {
        QStringLiteral("stale-hours"),
        Tr::tr("First raise an alert for each active model older than this (alerts)."),
        Tr::tr("hours")
    };
    QCommandLineOption modelB { QStringLiteral("model-b"),
                                Tr::tr("The second registered model of an A/B test (abtest)."),
                                Tr::tr("name") };
    QCommandLineOption modelBVersion { QStringLiteral("model-b-version"),
                                       Tr::tr("Version of --model-b (default: the latest)."),
                                       Tr::tr("n") };
    QCommandLineOption window { QStringLiteral("window"),
                                Tr::tr("Forecasts each model makes in an A/B test (default 250)."),
                                Tr::tr("n") };
    QCommandLineOption activateWinner {
        QStringLiteral("activate-winner"),
        Tr::tr("Activate the A/B test's winner, if the difference is significant (abtest).")
    };
    QCommandLineOption reason { QStringLiteral("reason"),
                                Tr::tr("Why the model is retrained, kept with the job (retrain)."),
                                Tr::tr("text") };
    QCommandLineOption schedule {
        QStringLiteral("schedule"),
        Tr::tr("queue run: keep running and retrain stale active models in the retraining window "
               "(Settings ▸ Retraining).")
    };
    QCommandLineOption yes {
        QStringLiteral("yes"),
        Tr::tr("Confirm without asking (importing runs code from the file; deleting is final).")
    };
};

Result<std::unique_ptr<Database>> openWorkspace(const QCommandLineParser &parser, const Options &o);
// True with --yes; otherwise asks on the terminal, and refuses (false) without one.
bool confirm(const QCommandLineParser &parser, const Options &o, const QString &question);
// --params (or `option`) as inline JSON ("{...}") or a file holding it.
Result<QJsonObject> readParams(const QString &value,
                               const QString &option = QStringLiteral("--params"));

// What --timeframe, --horizon and --params describe for `bot` (train, search, features export):
// errors are usage errors, worded as the option's own checks word them.
struct RunOptions
{
    Timeframe timeframe;
    int horizon = 1;
    QJsonObject params;
    TrainingSettings settings;
};
Result<RunOptions> runOptions(const QCommandLineParser &parser, const Options &o,
                              const QString &bot);

// Installs a SIGINT handler for its lifetime; triggered() turns Ctrl+C into a flag the main
// thread polls (the handler itself only stores an atomic, which is async-signal-safe).
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;
    bool triggered() const;

private:
    void (*m_previous)(int) = nullptr;
};

// For its lifetime, every wait for a workspace database another process keeps locked is told
// on stderr ("modeldeck-cli: The workspace database is locked by sqlite3 (process 42); …"), from
// whichever thread waits.
class DatabaseWaitNotices
{
public:
    DatabaseWaitNotices();
    ~DatabaseWaitNotices();
    DatabaseWaitNotices(const DatabaseWaitNotices &) = delete;
    DatabaseWaitNotices &operator=(const DatabaseWaitNotices &) = delete;
};

} // namespace modeldeck::cli
