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

// Same shape as QObject::tr, so lupdate reads plurals (%n) too.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("modeldeck::cli", text, disambiguation, n);
}

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
        tr("Workspace folder (default: $MODELDECK_WORKSPACE or the per-user one)."), tr("dir")
    };
    QCommandLineOption json { QStringLiteral("json"), tr("Print machine-readable JSON.") };
    QCommandLineOption symbol { QStringLiteral("symbol"), tr("Symbol, e.g. TCS.NS."),
                                tr("symbol") };
    QCommandLineOption timeframe { QStringLiteral("timeframe"), tr("Timeframe, e.g. 5m, 1h, 1d."),
                                   tr("tf") };
    QCommandLineOption timeZone { QStringLiteral("tz"),
                                  tr("Time zone of naive timestamps (IANA name)."), tr("zone") };
    QCommandLineOption dateOrder { QStringLiteral("date-order"),
                                   tr("auto, day-first or month-first for dates like 03-04-2024."),
                                   tr("order"), QStringLiteral("auto") };
    QCommandLineOption invalidRows {
        QStringLiteral("invalid-rows"),
        tr("Rows with impossible values (open or close outside low–high, negatives): keep imports "
           "them "
           "flagged as invalid, reject refuses the file (default: %1).")
            .arg(invalidRowPolicyName(kDefaultInvalidRowPolicy)),
        tr("policy"), invalidRowPolicyName(kDefaultInvalidRowPolicy)
    };
    QCommandLineOption from {
        QStringLiteral("from"),
        tr("Source timeframe (resample), or first date (fetch: YYYY-MM-DD or ISO time, UTC)."),
        tr("tf|date")
    };
    QCommandLineOption to {
        QStringLiteral("to"),
        tr("Target timeframe (resample), or end date, exclusive (fetch; default: now)."),
        tr("tf|date")
    };
    QCommandLineOption bot {
        QStringLiteral("bot"),
        tr("Model: lstm_bot, gru_bot, transformer_bot, mlp_bot, linear_bot, naive."), tr("bot")
    };
    QCommandLineOption horizon { QStringLiteral("horizon"),
                                 tr("Bars ahead to predict (default 1)."), tr("h"),
                                 QStringLiteral("1") };
    QCommandLineOption params { QStringLiteral("params"),
                                tr("Hyperparameters as JSON text or a JSON file."),
                                tr("json|file") };
    QCommandLineOption threads { QStringLiteral("threads"),
                                 tr("Torch threads per job (default: 1)."), tr("n"),
                                 QStringLiteral("0") };
    QCommandLineOption symbols { QStringLiteral("symbols"),
                                 tr("Comma-separated symbols (queue auto, fetch)."), tr("list") };
    QCommandLineOption provider { QStringLiteral("provider"),
                                  tr("Market-data provider: yahoo, binance or binance-us."),
                                  tr("name") };
    QCommandLineOption baseUrl {
        QStringLiteral("base-url"),
        tr("Provider base URL, e.g. a mirror (default: the download/…BaseUrl setting)."), tr("url")
    };
    QCommandLineOption timeframes { QStringLiteral("timeframes"),
                                    tr("Comma-separated timeframes (queue auto)."), tr("list") };
    QCommandLineOption bots { QStringLiteral("bots"), tr("Comma-separated bots (queue auto)."),
                              tr("list") };
    QCommandLineOption priority { QStringLiteral("priority"),
                                  tr("Queue priority; higher runs first."), tr("n"),
                                  QStringLiteral("0") };
    QCommandLineOption workers {
        QStringLiteral("workers"),
        tr("Concurrent training jobs for queue run (default: the cores divided by the "
           "threads per job)."),
        tr("n"), QStringLiteral("0")
    };
    QCommandLineOption job { QStringLiteral("job"), tr("Job id (queue retry|remove)."), tr("id") };
    QCommandLineOption maxRetries { QStringLiteral("max-retries"),
                                    tr("Automatic retries after a failure."), tr("n"),
                                    QStringLiteral("0") };
    QCommandLineOption model { QStringLiteral("model"),
                               tr("Registered model name (predict, predictions list)."),
                               tr("name") };
    QCommandLineOption name { QStringLiteral("name"), tr("Model name in the registry (models …)."),
                              tr("name") };
    // Not --version: that one prints the program's version.
    QCommandLineOption modelVersion { QStringLiteral("model-version"),
                                      tr("Model version (default: the latest)."), tr("n") };
    QCommandLineOption record { QStringLiteral("record"), tr("Training record id (models save)."),
                                tr("id") };
    QCommandLineOption description { QStringLiteral("description"), tr("Model description."),
                                     tr("text") };
    QCommandLineOption tags { QStringLiteral("tags"), tr("Comma-separated model tags."),
                              tr("list") };
    QCommandLineOption activate {
        QStringLiteral("activate"),
        tr("Make the saved or imported model the active one of its symbol and timeframe.")
    };
    QCommandLineOption save { QStringLiteral("save"),
                              tr("Store the prediction in the workspace (predict).") };
    QCommandLineOption history { QStringLiteral("history"),
                                 tr("The accuracy recorded at each fill, oldest first (metrics); "
                                    "past A/B tests (abtest); acknowledged ones too (alerts).") };
    QCommandLineOption out { QStringLiteral("out"), tr("Folder to export into (models export)."),
                             tr("dir") };
    QCommandLineOption sidecar {
        QStringLiteral("sidecar"),
        tr("JSON description of an imported model (default: FILE with .json)."), tr("file")
    };
    QCommandLineOption limit { QStringLiteral("limit"), tr("Most rows to list."), tr("n"),
                               QStringLiteral("50") };
    QCommandLineOption method { QStringLiteral("method"),
                                tr("Search method: grid, random or bayes (default: bayes)."),
                                tr("name") };
    QCommandLineOption trials { QStringLiteral("trials"),
                                tr("Most trials of a search (default 20)."), tr("n") };
    QCommandLineOption seconds { QStringLiteral("seconds"),
                                 tr("Wall-time budget of a search in seconds (default: none)."),
                                 tr("n") };
    QCommandLineOption space { QStringLiteral("space"),
                               tr("Search space as JSON text or a JSON file (default: the "
                                  "bot's)."),
                               tr("json|file") };
    QCommandLineOption walkForward {
        QStringLiteral("walk-forward"),
        tr("Walk-forward validation of the best configuration: train,test,step in bars, "
           "optionally ,sliding."),
        tr("spec")
    };
    QCommandLineOption seed { QStringLiteral("seed"), tr("Seed of the search's sampler."),
                              tr("n") };
    QCommandLineOption search { QStringLiteral("search"),
                                tr("queue add: a hyperparameter search job (with --method, "
                                   "--trials, …) instead of one training run.") };
    QCommandLineOption ack { QStringLiteral("ack"),
                             tr("Acknowledge alerts: comma-separated ids, or all (alerts)."),
                             tr("ids|all") };
    QCommandLineOption check { QStringLiteral("check"),
                               tr("Check the model's inputs for drift now (drift).") };
    QCommandLineOption staleHours {
        QStringLiteral("stale-hours"),
        tr("First raise an alert for each active model older than this (alerts)."), tr("hours")
    };
    QCommandLineOption modelB { QStringLiteral("model-b"),
                                tr("The second registered model of an A/B test (abtest)."),
                                tr("name") };
    QCommandLineOption modelBVersion { QStringLiteral("model-b-version"),
                                       tr("Version of --model-b (default: the latest)."), tr("n") };
    QCommandLineOption window { QStringLiteral("window"),
                                tr("Forecasts each model makes in an A/B test (default 250)."),
                                tr("n") };
    QCommandLineOption activateWinner {
        QStringLiteral("activate-winner"),
        tr("Activate the A/B test's winner, if the difference is significant (abtest).")
    };
    QCommandLineOption reason { QStringLiteral("reason"),
                                tr("Why the model is retrained, kept with the job (retrain)."),
                                tr("text") };
    QCommandLineOption schedule {
        QStringLiteral("schedule"),
        tr("queue run: keep running and retrain stale active models in the retraining window "
           "(Settings ▸ Retraining).")
    };
    QCommandLineOption yes {
        QStringLiteral("yes"),
        tr("Confirm without asking (importing runs code from the file; deleting is final).")
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
