#include "AuditCommands.h"

#include "services/AuditLog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <optional>

namespace modeldeck::cli {

namespace {

const QCommandLineOption &actionOption()
{
    static const QCommandLineOption option {
        QStringLiteral("action"),
        Tr::tr("Audit actions to list, comma-separated: %1 (audit).")
            .arg(AuditAction::all().join(QStringLiteral(", "))),
        Tr::tr("list")
    };
    return option;
}

const QCommandLineOption &csvOption()
{
    static const QCommandLineOption option {
        QStringLiteral("csv"), Tr::tr("Write the selected audit entries to FILE as CSV (audit)."),
        Tr::tr("file")
    };
    return option;
}

// "2024-01-31" is that day's midnight UTC; ISO times with an offset or Z keep it, naive ones
// are UTC (as fetch reads --from and --to).
std::optional<QDateTime> parseTime(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(date, QTime(0, 0), QTimeZone::utc());
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

QJsonObject toJson(const AuditEntry &e)
{
    return { { QStringLiteral("id"), e.id },
             { QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs) },
             { QStringLiteral("action"), e.action },
             { QStringLiteral("subject"), e.subject },
             { QStringLiteral("details"), e.details },
             { QStringLiteral("source"), e.source } };
}

} // namespace

QList<QCommandLineOption> auditOptions()
{
    return { actionOption(), csvOption() };
}

int runAudit(const QCommandLineParser &parser, const Options &o)
{
    AuditFilter filter;
    if (parser.isSet(actionOption())) {
        filter.actions = splitList(parser.value(actionOption()));
        for (const QString &action : std::as_const(filter.actions)) {
            if (!AuditAction::all().contains(action))
                return fail(Tr::tr("unknown audit action “%1”; use one of %2.")
                                .arg(action, AuditAction::all().join(QStringLiteral(", "))),
                            ExitUsage);
        }
    }
    for (auto [option, target] :
         { std::pair { &o.from, &filter.from }, std::pair { &o.to, &filter.to } }) {
        if (!parser.isSet(*option))
            continue;
        const auto time = parseTime(parser.value(*option));
        if (!time)
            return fail(Tr::tr("--%1 must be a date (YYYY-MM-DD) or an ISO time, not “%2”.")
                            .arg(option->names().first(), parser.value(*option)),
                        ExitUsage);
        *target = *time;
    }
    bool ok = true;
    filter.limit = parser.value(o.limit).toInt(&ok);
    if (!ok || filter.limit < 1)
        return fail(Tr::tr("--limit must be a whole number, at least 1."), ExitUsage);

    auto db = openWorkspace(parser, o);
    if (!db)
        return fail(db.error());
    const bool json = parser.isSet(o.json);

    if (parser.isSet(csvOption())) {
        const QString path = parser.value(csvOption());
        filter.limit = 0; // the file holds every entry the filters select
        auto written = AuditLog::exportCsv(**db, filter, path);
        if (!written)
            return fail(written.error());
        if (json)
            printJson({ { QStringLiteral("file"), QDir::toNativeSeparators(path) },
                        { QStringLiteral("entries"), *written } });
        else
            out() << Tr::tr("Exported %n audit event(s) to %1.", nullptr, *written)
                         .arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
        return ExitOk;
    }

    auto entries = AuditLog::list(**db, filter);
    if (!entries)
        return fail(entries.error());
    if (json) {
        QJsonArray list;
        for (const AuditEntry &e : *entries)
            list.append(toJson(e));
        printJson({ { QStringLiteral("entries"), list } });
        return ExitOk;
    }
    if (entries->empty()) {
        out() << Tr::tr("No audit entries.") << Qt::endl;
        return ExitOk;
    }
    for (const AuditEntry &e : *entries) {
        out() << e.at.toString(Qt::ISODateWithMs) << "  " << e.source << "  " << e.action << "  "
              << e.subject;
        if (!e.details.isEmpty())
            out() << "  "
                  << QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
        out() << Qt::endl;
    }
    return ExitOk;
}

} // namespace modeldeck::cli
