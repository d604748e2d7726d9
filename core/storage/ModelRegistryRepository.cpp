#include "ModelRegistryRepository.h"

#include "storage/Database.h"
#include "storage/ListQuery.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace modeldeck {

namespace {

const QString kColumns = QStringLiteral("id, model_name, version, model_type, format, "
                                        "prediction_horizons, file_path, file_sha256, file_size, "
                                        "model_config, feature_config, intervals, metrics, symbol, "
                                        "timeframe, training_record_id, description, tags, "
                                        "is_active, created_at, updated_at");

// Database contents are input: anything but whole numbers in range is dropped, not trusted.
QList<int> horizonsFrom(const QVariant &value)
{
    QList<int> horizons;
    for (const QJsonValue &v : QJsonDocument::fromJson(value.toByteArray()).array()) {
        const double h = v.toDouble(-1);
        if (h >= 1 && h <= 100000 && h == double(int(h)) && !horizons.contains(int(h)))
            horizons << int(h);
    }
    std::sort(horizons.begin(), horizons.end());
    return horizons;
}

QStringList tagsFrom(const QVariant &value)
{
    QStringList tags;
    for (const QJsonValue &v : QJsonDocument::fromJson(value.toByteArray()).array()) {
        if (v.isString())
            tags << v.toString();
    }
    return tags;
}

RegisteredModel fromQuery(const QSqlQuery &q)
{
    RegisteredModel m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.version = q.value(2).toInt();
    m.bot = q.value(3).toString();
    m.format = q.value(4).toString() == QLatin1StringView("torchscript")
        ? RegisteredModel::Format::TorchScript
        : RegisteredModel::Format::ModelDeck;
    m.horizons = horizonsFrom(q.value(5));
    m.filePath = q.value(6).toString();
    m.fileSha256 = q.value(7).toString();
    m.fileSize = q.value(8).toLongLong();
    m.modelConfig = jsonObjectFrom(q.value(9));
    m.featureConfig = jsonObjectFrom(q.value(10));
    m.intervals = jsonObjectFrom(q.value(11));
    m.metrics = jsonObjectFrom(q.value(12));
    m.symbol = q.value(13).toString();
    m.timeframe = q.value(14).toString();
    if (!q.value(15).isNull())
        m.trainingRecordId = q.value(15).toLongLong();
    m.description = q.value(16).toString();
    m.tags = tagsFrom(q.value(17));
    m.active = q.value(18).toInt() == 1;
    m.createdAt = QDateTime::fromString(q.value(19).toString(), Qt::ISODateWithMs);
    m.updatedAt = QDateTime::fromString(q.value(20).toString(), Qt::ISODateWithMs);
    return m;
}

bool isUniqueViolation(const QSqlError &error)
{
    // SQLITE_CONSTRAINT_UNIQUE (2067) / SQLITE_CONSTRAINT (19) as the SQLite driver reports
    // them, 23505 on PostgreSQL; the message is the fallback for drivers reporting neither.
    const QString code = error.nativeErrorCode();
    return code == QLatin1StringView("2067") || code == QLatin1StringView("23505")
        || error.databaseText().contains(QLatin1StringView("UNIQUE"), Qt::CaseInsensitive);
}

} // namespace

ModelRegistryRepository::ModelRegistryRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Result<qint64> ModelRegistryRepository::insert(const RegisteredModel &m)
{
    QJsonArray horizons;
    for (int h : m.horizons)
        horizons.append(h);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO ml_models (model_name, version, model_type, format, prediction_horizons, "
        "file_path, file_sha256, file_size, model_config, feature_config, intervals, metrics, "
        "symbol, timeframe, training_record_id, description, tags, is_active, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime created = m.createdAt.isValid() ? m.createdAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(m.name);
    q.addBindValue(m.version);
    q.addBindValue(nonNullText(m.bot));
    q.addBindValue(toString(m.format));
    q.addBindValue(jsonText(horizons));
    q.addBindValue(m.filePath);
    q.addBindValue(m.fileSha256);
    q.addBindValue(m.fileSize);
    q.addBindValue(jsonText(m.modelConfig));
    q.addBindValue(jsonText(m.featureConfig));
    q.addBindValue(jsonText(m.intervals));
    q.addBindValue(jsonText(m.metrics));
    q.addBindValue(m.symbol);
    q.addBindValue(m.timeframe);
    q.addBindValue(m.trainingRecordId ? QVariant(*m.trainingRecordId)
                                      : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(nonNullText(m.description));
    q.addBindValue(jsonText(QJsonArray::fromStringList(m.tags)));
    q.addBindValue(m.active ? 1 : 0);
    q.addBindValue(isoUtc(created));
    q.addBindValue(isoUtc(m.updatedAt.isValid() ? m.updatedAt : created));
    if (!q.exec()) {
        if (isUniqueViolation(q.lastError())) {
            return Error { tr("A model named “%1” already has a version %2 (another save of the "
                              "same name ran at the "
                              "same time?); save it again to get the next version.")
                               .arg(m.name)
                               .arg(m.version) };
        }
        return sqlError(tr("Registering model “%1”").arg(m.name), q);
    }
    return q.lastInsertId().toLongLong();
}

Result<std::vector<RegisteredModel>> ModelRegistryRepository::versions(const QString &name)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM ml_models WHERE model_name = ? ORDER BY version"));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(tr("Reading the versions of model “%1”").arg(name), q);
    std::vector<RegisteredModel> models;
    while (q.next())
        models.push_back(fromQuery(q));
    return models;
}

Result<std::vector<RegisteredModel>> ModelRegistryRepository::list(const ModelFilter &filter)
{
    ListQuery query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM ml_models"));
    query.equals("model_name", filter.name);
    query.equals("symbol", filter.symbol);
    query.equals("timeframe", filter.timeframe);
    if (filter.activeOnly)
        query.where(QStringLiteral("is_active = 1"));
    auto q = query.exec(m_db, QStringLiteral("model_name, version DESC"), filter.limit,
                        tr("Listing models"));
    if (!q)
        return q.error();
    std::vector<RegisteredModel> models;
    while (q->next())
        models.push_back(fromQuery(*q));
    return models;
}

Status ModelRegistryRepository::activate(qint64 id)
{
    const QString now = nowIsoUtc();
    // Deactivate first: the partial unique index allows one active row per symbol+timeframe.
    QSqlQuery off(m_db);
    off.prepare(QStringLiteral("UPDATE ml_models SET is_active = 0, updated_at = ? WHERE is_active "
                               "= 1 AND id <> ? AND EXISTS "
                               "(SELECT 1 FROM ml_models AS m WHERE m.id = ? AND m.symbol = "
                               "ml_models.symbol AND m.timeframe = ml_models.timeframe)"));
    off.addBindValue(now);
    off.addBindValue(id);
    off.addBindValue(id);
    if (!off.exec())
        return sqlError(tr("Deactivating the previous model"), off);
    QSqlQuery on(m_db);
    on.prepare(QStringLiteral("UPDATE ml_models SET is_active = 1, updated_at = ? WHERE id = ?"));
    on.addBindValue(now);
    on.addBindValue(id);
    if (!on.exec())
        return sqlError(tr("Activating the model"), on);
    if (on.numRowsAffected() == 0)
        return Error { tr("The model was deleted meanwhile.") };
    return {};
}

Result<int> ModelRegistryRepository::deactivate(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE ml_models SET is_active = 0, updated_at = ? WHERE model_name "
                             "= ? AND is_active = 1"));
    q.addBindValue(nowIsoUtc());
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(tr("Deactivating model “%1”").arg(name), q);
    return q.numRowsAffected();
}

Status ModelRegistryRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM ml_models WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Deleting the model"), q);
    return {};
}

Result<QStringList> ModelRegistryRepository::names()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT model_name FROM ml_models ORDER BY model_name")))
        return sqlError(tr("Listing model names"), q);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<int> ModelRegistryRepository::rename(const QString &oldName, const QString &newName)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE ml_models SET model_name = ?, updated_at = ? WHERE model_name = ?"));
    q.addBindValue(newName);
    q.addBindValue(nowIsoUtc());
    q.addBindValue(oldName);
    if (!q.exec()) {
        if (isUniqueViolation(q.lastError()))
            return Error { tr("The name “%1” is taken by another model.").arg(newName) };
        return sqlError(tr("Renaming model “%1”").arg(oldName), q);
    }
    return q.numRowsAffected();
}

Result<int> ModelRegistryRepository::setDetails(const QString &name, const QString &description,
                                                const QStringList &tags)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE ml_models SET description = ?, tags = ?, updated_at = ? WHERE model_name = ?"));
    q.addBindValue(nonNullText(description));
    q.addBindValue(jsonText(QJsonArray::fromStringList(tags)));
    q.addBindValue(nowIsoUtc());
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(tr("Saving the description and tags of model “%1”").arg(name), q);
    return q.numRowsAffected();
}

Result<std::optional<QJsonObject>> ModelRegistryRepository::intervals(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT intervals FROM ml_models WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Reading the intervals of model %1").arg(id), q);
    if (!q.next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(jsonObjectFrom(q.value(0)));
}

Result<int> ModelRegistryRepository::setIntervals(qint64 id, const QJsonObject &intervals)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE ml_models SET intervals = ? WHERE id = ?"));
    q.addBindValue(jsonText(intervals));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Saving the intervals of model %1").arg(id), q);
    return q.numRowsAffected();
}

Result<QStringList> ModelRegistryRepository::filePaths()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT file_path FROM ml_models")))
        return sqlError(tr("Listing model files"), q);
    QStringList paths;
    while (q.next())
        paths << q.value(0).toString();
    return paths;
}

} // namespace modeldeck
