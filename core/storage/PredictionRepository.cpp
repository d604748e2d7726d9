#include "PredictionRepository.h"

#include "storage/Database.h"
#include "storage/ListQuery.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace modeldeck {

namespace {

const QString kColumns = QStringLiteral(
    "id, predicted_at, model_id, model_name, model_version, symbol, timeframe, horizon, base_ts, "
    "base_close, "
    "target_ts, predicted_value, lower_80, upper_80, lower_95, upper_95, actual_value, actual_ts");

Prediction fromQuery(const QSqlQuery &q)
{
    Prediction p;
    p.id = q.value(0).toLongLong();
    p.predictedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    p.modelId = q.value(2).toLongLong();
    p.modelName = q.value(3).toString();
    p.modelVersion = q.value(4).toInt();
    p.symbol = q.value(5).toString();
    p.timeframe = q.value(6).toString();
    p.horizon = q.value(7).toInt();
    p.baseTimeMs = q.value(8).toLongLong();
    p.baseClose = q.value(9).toDouble();
    p.targetTimeMs = q.value(10).toLongLong();
    p.value = q.value(11).toDouble();
    p.lower80 = optionalDouble(q.value(12));
    p.upper80 = optionalDouble(q.value(13));
    p.lower95 = optionalDouble(q.value(14));
    p.upper95 = optionalDouble(q.value(15));
    p.actual = optionalDouble(q.value(16));
    if (!q.value(17).isNull())
        p.actualTimeMs = q.value(17).toLongLong();
    return p;
}

} // namespace

PredictionRepository::PredictionRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Result<qint64> PredictionRepository::insert(const Prediction &p)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO predictions (predicted_at, model_id, model_name, model_version, symbol, "
        "timeframe, horizon, base_ts, base_close, target_ts, predicted_value, lower_80, upper_80, "
        "lower_95, upper_95) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime at = p.predictedAt.isValid() ? p.predictedAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(isoUtc(at));
    q.addBindValue(optionalId(p.modelId));
    q.addBindValue(p.modelName);
    q.addBindValue(p.modelVersion);
    q.addBindValue(p.symbol);
    q.addBindValue(p.timeframe);
    q.addBindValue(p.horizon);
    q.addBindValue(p.baseTimeMs);
    q.addBindValue(p.baseClose);
    q.addBindValue(p.targetTimeMs);
    q.addBindValue(p.value);
    q.addBindValue(nullableValue(p.lower80));
    q.addBindValue(nullableValue(p.upper80));
    q.addBindValue(nullableValue(p.lower95));
    q.addBindValue(nullableValue(p.upper95));
    if (!q.exec())
        return sqlError(tr("Saving the prediction"), q);
    return q.lastInsertId().toLongLong();
}

Result<std::optional<Prediction>> PredictionRepository::find(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM predictions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Reading prediction %1").arg(id), q);
    if (!q.next())
        return std::optional<Prediction>();
    return std::optional<Prediction>(fromQuery(q));
}

Result<std::vector<Prediction>> PredictionRepository::list(const PredictionFilter &filter)
{
    ListQuery query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM predictions"));
    query.equals("model_name", filter.modelName);
    query.equals("horizon", filter.horizon > 0 ? QVariant(filter.horizon) : QVariant());
    query.equals("symbol", filter.symbol);
    query.equals("timeframe", filter.timeframe);
    auto q = query.exec(m_db, QStringLiteral("predicted_at DESC, id DESC"), filter.limit,
                        tr("Listing predictions"));
    if (!q)
        return q.error();
    std::vector<Prediction> predictions;
    while (q->next())
        predictions.push_back(fromQuery(*q));
    return predictions;
}

Result<std::vector<FilledActual>> PredictionRepository::fillActuals(qint64 nowMs)
{
    struct Pending
    {
        FilledActual filled;
        qint64 baseMs;
        qint64 symbolId;
        QString timeframe;
    };
    const auto optionalReal
        = [](const QVariant &v) { return v.isNull() ? std::nullopt : std::optional(v.toDouble()); };
    std::vector<Pending> pending;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT p.id, p.horizon, p.base_ts, s.id, p.timeframe, p.model_id, p.lower_80, "
            "p.upper_80, p.lower_95, p.upper_95, p.model_name FROM predictions AS p "
            "JOIN symbols AS s ON s.name = p.symbol "
            "WHERE p.actual_value IS NULL AND p.target_ts <= ? ORDER BY p.target_ts, p.id"));
        q.addBindValue(nowMs);
        if (!q.exec())
            return sqlError(tr("Listing predictions waiting for their bar"), q);
        while (q.next()) {
            Pending p;
            p.filled.predictionId = q.value(0).toLongLong();
            p.filled.horizon = q.value(1).toInt();
            p.baseMs = q.value(2).toLongLong();
            p.symbolId = q.value(3).toLongLong();
            p.timeframe = q.value(4).toString();
            p.filled.modelId = q.value(5).toLongLong();
            p.filled.lower80 = optionalReal(q.value(6));
            p.filled.upper80 = optionalReal(q.value(7));
            p.filled.lower95 = optionalReal(q.value(8));
            p.filled.upper95 = optionalReal(q.value(9));
            p.filled.modelName = q.value(10).toString();
            pending.push_back(std::move(p));
        }
    }
    // The horizon counts bars, not clock time: the actual is the horizon-th stored bar after
    // the base bar, however many nights and weekends lie between.
    QSqlQuery bar(m_db);
    bar.prepare(QStringLiteral(
        "SELECT ts, close FROM bars WHERE symbol_id = ? AND timeframe = ? AND ts > ? "
        "ORDER BY ts LIMIT 1 OFFSET ?"));
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE predictions SET actual_value = ?, actual_ts = ?, "
                                  "actual_filled_at = ? WHERE id = ?"));
    const QString now = nowIsoUtc();
    std::vector<FilledActual> filled;
    for (Pending &p : pending) {
        bar.addBindValue(p.symbolId);
        bar.addBindValue(p.timeframe);
        bar.addBindValue(p.baseMs);
        bar.addBindValue(std::max(0, p.filled.horizon - 1));
        if (!bar.exec())
            return sqlError(tr("Reading the bar of prediction %1").arg(p.filled.predictionId), bar);
        if (!bar.next())
            continue;
        p.filled.actual = bar.value(1).toDouble();
        update.addBindValue(p.filled.actual);
        update.addBindValue(bar.value(0).toLongLong());
        update.addBindValue(now);
        update.addBindValue(p.filled.predictionId);
        bar.finish();
        if (!update.exec())
            return sqlError(tr("Filling in prediction %1").arg(p.filled.predictionId), update);
        filled.push_back(p.filled);
    }
    return filled;
}

} // namespace modeldeck
