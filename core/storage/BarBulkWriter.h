#pragma once
// Bulk inserts of bars. QSqlQuery costs ~10 µs per row (measured: 1M single-row prepared
// inserts took 10.2 s, of which SQLite itself needs 1.5 s), so large writes go through the
// SQLite C API on the very connection QtSql opened (QSqlDriver::handle(), a documented Qt
// escape hatch), inside the caller's transaction. When the driver's SQLite is not the library
// we link (a Qt build with its own bundled copy), it falls back to QSqlQuery.

#include "domain/Bar.h"
#include "modeldeck_core_export.h"
#include "storage/CoreInternal.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <span>

struct sqlite3;

namespace modeldeck {

class MODELDECK_CORE_EXPORT BarBulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::BarBulkWriter)
public:
    explicit BarBulkWriter(QSqlDatabase db);

    // INSERT INTO bars (symbol_id, timeframe, ts, …) — rows must be new (no conflicts).
    Status insertBars(qint64 symbolId, const QString &timeframe, std::span<const Bar> bars);
    // INSERT INTO temp.bar_staging (ts, …).
    Status insertStaging(std::span<const Bar> bars);

    bool usesNativeApi() const { return m_handle != nullptr; }

private:
    Status insert(const QString &sql, bool withSeries, qint64 symbolId, const QString &timeframe,
                  std::span<const Bar> bars);

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
};

} // namespace modeldeck
