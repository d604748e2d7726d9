#include "BarBulkWriter.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <memory>
#include <sqlite3.h>

namespace modeldeck {

namespace {

const QString kBarsSql = QStringLiteral(
    "INSERT INTO bars (symbol_id, timeframe, ts, open, high, low, close, adj_close, volume, flags) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kStagingSql = QStringLiteral(
    "INSERT INTO temp.bar_staging (ts, open, high, low, close, adj_close, volume, flags) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");

// The driver's handle is only usable when it comes from the same SQLite library we call.
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    if (qEnvironmentVariableIsSet("MODELDECK_NO_NATIVE_SQLITE"))
        return nullptr;
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *handle = *static_cast<sqlite3 *const *>(v.constData());
    if (!handle)
        return nullptr;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next()
        || q.value(0).toString() != QLatin1StringView(sqlite3_libversion())) {
        return nullptr;
    }
    return handle;
}

} // namespace

BarBulkWriter::BarBulkWriter(QSqlDatabase db)
    : m_db(std::move(db)), m_handle(nativeHandle(m_db)) { }

Status BarBulkWriter::insertBars(qint64 symbolId, const QString &timeframe,
                                 std::span<const Bar> bars)
{
    return insert(kBarsSql, true, symbolId, timeframe, bars);
}

Status BarBulkWriter::insertStaging(std::span<const Bar> bars)
{
    return insert(kStagingSql, false, 0, {}, bars);
}

Status BarBulkWriter::insert(const QString &sql, bool withSeries, qint64 symbolId,
                             const QString &timeframe, std::span<const Bar> bars)
{
    if (!m_handle) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            return sqlError(tr("Preparing the bar insert"), q);
        for (const Bar &bar : bars) {
            if (withSeries) {
                q.addBindValue(symbolId);
                q.addBindValue(timeframe);
            }
            q.addBindValue(bar.timeUtcMs);
            q.addBindValue(bar.open);
            q.addBindValue(bar.high);
            q.addBindValue(bar.low);
            q.addBindValue(bar.close);
            q.addBindValue(bar.hasAdjClose() ? QVariant(bar.adjClose)
                                             : QVariant(QMetaType::fromType<double>()));
            q.addBindValue(bar.volume);
            q.addBindValue(qint64(bar.flags));
            if (!q.exec())
                return sqlError(tr("Writing bars"), q);
        }
        return {};
    }

    sqlite3_stmt *raw = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &raw, nullptr)
        != SQLITE_OK) {
        return Error { tr("Preparing the bar insert failed: %1")
                           .arg(QString::fromUtf8(sqlite3_errmsg(m_handle))) };
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> stmt(raw, sqlite3_finalize);
    const QByteArray tf = timeframe.toUtf8();
    int first = 1;
    if (withSeries) {
        sqlite3_bind_int64(raw, 1, symbolId);
        sqlite3_bind_text(raw, 2, tf.constData(), int(tf.size()), SQLITE_STATIC);
        first = 3;
    }
    for (const Bar &bar : bars) {
        int i = first;
        sqlite3_bind_int64(raw, i++, bar.timeUtcMs);
        sqlite3_bind_double(raw, i++, bar.open);
        sqlite3_bind_double(raw, i++, bar.high);
        sqlite3_bind_double(raw, i++, bar.low);
        sqlite3_bind_double(raw, i++, bar.close);
        if (bar.hasAdjClose())
            sqlite3_bind_double(raw, i++, bar.adjClose);
        else
            sqlite3_bind_null(raw, i++);
        sqlite3_bind_double(raw, i++, bar.volume);
        sqlite3_bind_int64(raw, i++, bar.flags);
        if (sqlite3_step(raw) != SQLITE_DONE) {
            return Error {
                tr("Writing bars failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle)))
            };
        }
        sqlite3_reset(raw);
    }
    return {};
}

} // namespace modeldeck
