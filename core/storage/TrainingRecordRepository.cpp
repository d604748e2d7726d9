#include "TrainingRecordRepository.h"

#include "storage/Database.h"
#include "storage/ListQuery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace modeldeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("modeldeck::TrainingRecordRepository", text);
}

const QString kColumns = QStringLiteral(
    "id, symbol, timeframe, bot_name, trained_at, training_duration_seconds, data_points, "
    "training_period, epochs, final_train_loss, final_val_loss, test_rmse, test_mae, model_path, "
    "model_size_mb, status, error_message, config, model_sha256");

TrainingRecord fromQuery(const QSqlQuery &q)
{
    TrainingRecord r;
    r.id = q.value(0).toLongLong();
    r.symbol = q.value(1).toString();
    r.timeframe = q.value(2).toString();
    r.botName = q.value(3).toString();
    r.trainedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    r.trainingDurationSeconds = q.value(5).toDouble();
    r.dataPoints = q.value(6).toLongLong();
    r.trainingPeriod = q.value(7).toString();
    r.epochs = q.value(8).toInt();
    r.finalTrainLoss = optionalDouble(q.value(9));
    r.finalValLoss = optionalDouble(q.value(10));
    r.testRmse = optionalDouble(q.value(11));
    r.testMae = optionalDouble(q.value(12));
    r.modelPath = q.value(13).toString();
    r.modelSizeMb = q.value(14).toDouble();
    // Database contents are input too: an unknown status reads as failed, not as a crash.
    r.status = trainingStatusFromString(q.value(15).toString()).value_or(TrainingRecord::Status::Failed);
    r.errorMessage = q.value(16).toString();
    r.config = QJsonDocument::fromJson(q.value(17).toByteArray()).object();
    r.modelSha256 = q.value(18).toString();
    return r;
}

} // namespace

QString toString(TrainingRecord::Status status)
{
    switch (status) {
    case TrainingRecord::Status::Active:
        return QStringLiteral("active");
    case TrainingRecord::Status::Archived:
        return QStringLiteral("archived");
    case TrainingRecord::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<TrainingRecord::Status> trainingStatusFromString(const QString &text)
{
    for (auto s : {TrainingRecord::Status::Active, TrainingRecord::Status::Archived, TrainingRecord::Status::Failed}) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

TrainingRecordRepository::TrainingRecordRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> TrainingRecordRepository::insert(const TrainingRecord &r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO model_training_records (symbol, timeframe, bot_name, trained_at, "
        "training_duration_seconds, data_points, training_period, epochs, final_train_loss, "
        "final_val_loss, test_rmse, test_mae, model_path, model_size_mb, status, error_message, config, "
        "model_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.symbol);
    q.addBindValue(r.timeframe);
    q.addBindValue(r.botName);
    q.addBindValue(r.trainedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(r.trainingDurationSeconds);
    q.addBindValue(r.dataPoints);
    q.addBindValue(nonNullText(r.trainingPeriod));
    q.addBindValue(r.epochs);
    q.addBindValue(nullableValue(r.finalTrainLoss));
    q.addBindValue(nullableValue(r.finalValLoss));
    q.addBindValue(nullableValue(r.testRmse));
    q.addBindValue(nullableValue(r.testMae));
    q.addBindValue(r.modelPath.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.modelPath));
    q.addBindValue(r.modelSizeMb);
    q.addBindValue(toString(r.status));
    q.addBindValue(r.errorMessage.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.errorMessage));
    q.addBindValue(QString::fromUtf8(QJsonDocument(r.config).toJson(QJsonDocument::Compact)));
    q.addBindValue(r.modelSha256.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.modelSha256));
    if (!q.exec())
        return sqlError(tr("Saving the training record"), q);
    return q.lastInsertId().toLongLong();
}

Result<std::optional<TrainingRecord>> TrainingRecordRepository::find(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM model_training_records WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Reading training record %1").arg(id), q);
    if (!q.next())
        return std::optional<TrainingRecord>();
    return std::optional<TrainingRecord>(fromQuery(q));
}

Result<std::vector<TrainingRecord>> TrainingRecordRepository::list(const TrainingRecordFilter &filter)
{
    ListQuery query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM model_training_records"));
    query.equals("symbol", filter.symbol);
    query.equals("timeframe", filter.timeframe);
    query.equals("bot_name", filter.botName);
    if (filter.status)
        query.equals("status", toString(*filter.status));
    auto q = query.exec(m_db, QStringLiteral("trained_at DESC, id DESC"), filter.limit, tr("Listing training records"));
    if (!q)
        return q.error();
    std::vector<TrainingRecord> records;
    while (q->next())
        records.push_back(fromQuery(*q));
    return records;
}

Status TrainingRecordRepository::setStatus(qint64 id, TrainingRecord::Status status, const QString &errorMessage)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE model_training_records SET status = ?, error_message = ? WHERE id = ?"));
    q.addBindValue(toString(status));
    q.addBindValue(errorMessage.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(errorMessage));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Updating training record %1").arg(id), q);
    if (q.numRowsAffected() == 0)
        return Error{tr("There is no training record %1.").arg(id)};
    return {};
}

Result<std::vector<TrainingRecordRepository::ModelFileRef>> TrainingRecordRepository::modelFiles()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, status, model_path FROM model_training_records "
                               "WHERE model_path IS NOT NULL AND model_path <> ''")))
        return sqlError(tr("Listing model files"), q);
    std::vector<ModelFileRef> refs;
    while (q.next()) {
        refs.push_back({q.value(0).toLongLong(),
                        trainingStatusFromString(q.value(1).toString()).value_or(TrainingRecord::Status::Failed),
                        q.value(2).toString()});
    }
    return refs;
}

} // namespace modeldeck
