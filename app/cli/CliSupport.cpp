#include "CliSupport.h"

#include "services/Workspace.h"
#include "storage/BusyRetry.h"
#include "storage/Database.h"
#include "util/SafeRead.h"

#include <QDateTime>
#include <QFile>
#include <QIODevice>
#include <QJsonDocument>
#include <QStringDecoder>
#include <atomic>
#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace modeldeck::cli {

namespace {

std::atomic_bool g_interrupted { false };

constexpr qint64 kMaxParamsBytes = qint64(1) << 20; // hyperparameters are a few hundred bytes

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

} // namespace

QString terminalSafe(QStringView text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\t' || (u >= 0x20 && u < 0x7f)) {
            safe += c;
        } else if (u < 0x20) {
            safe += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        } else if ((u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e)
                   || (u >= 0x2066 && u <= 0x2069)) {
            safe += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            safe += c;
        }
    }
    return safe;
}

namespace {

// The one door to the terminal: a device under out() and err() that writes terminalSafe()
// text, so no message (whichever command prints it) can emit raw control characters.
class TerminalSafeDevice : public QIODevice
{
public:
    explicit TerminalSafeDevice(FILE *file) : m_file(file) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        // Stateful: a UTF-8 sequence cut between two writes still decodes.
        const QString text = m_decoder.decode(QByteArrayView(data, length));
        const QByteArray safe = terminalSafe(text).toUtf8();
        if (std::fwrite(safe.constData(), 1, size_t(safe.size()), m_file) != size_t(safe.size()))
            return -1;
        std::fflush(m_file);
        return length;
    }

private:
    FILE *m_file;
    QStringDecoder m_decoder { QStringDecoder::Utf8 };
};

} // namespace

QTextStream &out()
{
    // The device outlives the stream (statics end in reverse order), so the stream's last
    // flush at exit still has somewhere to go.
    static TerminalSafeDevice device(stdout);
    static QTextStream stream(&device);
    return stream;
}

QTextStream &err()
{
    static TerminalSafeDevice device(stderr);
    static QTextStream stream(&device);
    return stream;
}

int fail(const QString &message, int code)
{
    err() << "modeldeck-cli: " << message << Qt::endl;
    return code;
}

int fail(const Error &error, int code)
{
    return fail(error.toString(), code);
}

DatabaseWaitNotices::DatabaseWaitNotices()
{
    setBusyObserver([](const BusyWait &wait) {
        // stdio, not err(): pool threads wait too, and FILE streams lock themselves.
        const QByteArray line
            = QStringLiteral("modeldeck-cli: %1\n").arg(wait.message()).toLocal8Bit();
        std::fputs(line.constData(), stderr);
        std::fflush(stderr);
    });
}

DatabaseWaitNotices::~DatabaseWaitNotices()
{
    setBusyObserver({});
}

void printJson(const QJsonObject &object)
{
    out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject toJson(const MergeStats &m)
{
    return { { QStringLiteral("new"), m.added },
             { QStringLiteral("updated"), m.updated },
             { QStringLiteral("unchanged"), m.unchanged } };
}

QStringList splitList(const QString &value)
{
    QStringList items;
    for (const QString &item : value.split(u',', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

Result<std::unique_ptr<Database>> openWorkspace(const QCommandLineParser &parser, const Options &o)
{
    const QString dir
        = parser.isSet(o.workspace) ? parser.value(o.workspace) : Workspace::defaultDir();
    return Database::open(dir);
}

bool confirm(const QCommandLineParser &parser, const Options &o, const QString &question)
{
    if (parser.isSet(o.yes))
        return true;
#ifdef Q_OS_WIN
    const bool interactive = _isatty(_fileno(stdin));
#else
    const bool interactive = isatty(fileno(stdin));
#endif
    if (!interactive)
        return false;
    err() << question << ' ' << Tr::tr("[y/N] ") << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1StringView("y") || answer == QLatin1StringView("yes");
}

Result<QJsonObject> readParams(const QString &value, const QString &option)
{
    if (value.isEmpty())
        return QJsonObject();
    QByteArray text = value.toUtf8();
    if (!value.trimmed().startsWith(u'{')) {
        // Capped and regular files only: `--params /dev/zero` would otherwise never end.
        auto read = SafeRead::readRegularFile(value, kMaxParamsBytes);
        if (!read)
            return Error { Tr::tr("Cannot read the %1 file: %2").arg(option, read.error().message),
                           value };
        text = std::move(*read);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { Tr::tr("%1 is not valid JSON at offset %2: %3")
                           .arg(option)
                           .arg(parseError.offset)
                           .arg(parseError.errorString()) };
    if (!doc.isObject())
        return Error { Tr::tr("%1 must be a JSON object such as {\"epochs\": 20}.").arg(option) };
    return doc.object();
}

InterruptGuard::InterruptGuard()
{
    g_interrupted.store(false);
    m_previous = std::signal(SIGINT, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, m_previous);
}

bool InterruptGuard::triggered() const
{
    return g_interrupted.load();
}

Result<RunOptions> runOptions(const QCommandLineParser &parser, const Options &o,
                              const QString &bot)
{
    RunOptions run;
    auto timeframe = Timeframe::parse(parser.value(o.timeframe));
    if (!timeframe)
        return timeframe.error();
    run.timeframe = *timeframe;
    bool horizonOk = false;
    run.horizon = parser.value(o.horizon).toInt(&horizonOk);
    if (!horizonOk || run.horizon < 1)
        return Error { Tr::tr("--horizon must be a whole number of bars, at least 1.") };
    auto params = readParams(parser.value(o.params));
    if (!params)
        return params.error();
    run.params = *params;
    auto settings = TrainingSettings::fromParams(bot, run.params, run.horizon);
    if (!settings)
        return settings.error();
    run.settings = *settings;
    return run;
}

} // namespace modeldeck::cli
