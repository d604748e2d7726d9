#include "TrainingEpochRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace modeldeck {

TrainingEpochRepository::TrainingEpochRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Status TrainingEpochRepository::insert(qint64 recordId, const std::vector<EpochRecord> &epochs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO training_epochs (record_id, epoch, train_loss, val_loss, learning_rate, "
        "duration_ms) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const EpochRecord &e : epochs) {
        q.addBindValue(recordId);
        q.addBindValue(e.epoch);
        q.addBindValue(e.trainLoss);
        q.addBindValue(e.valLoss);
        q.addBindValue(e.learningRate);
        q.addBindValue(e.durationMs);
        if (!q.exec())
            return sqlError(QCoreApplication::translate("modeldeck::TrainingEpochRepository",
                                                        "Saving epoch losses"),
                            q);
    }
    return {};
}

Result<std::vector<EpochRecord>> TrainingEpochRepository::list(qint64 recordId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT epoch, train_loss, val_loss, learning_rate, duration_ms FROM training_epochs "
        "WHERE record_id = ? ORDER BY epoch"));
    q.addBindValue(recordId);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("modeldeck::TrainingEpochRepository",
                                                    "Reading epoch losses"),
                        q);
    std::vector<EpochRecord> epochs;
    while (q.next()) {
        epochs.push_back({ q.value(0).toInt(), q.value(1).toDouble(), q.value(2).toDouble(),
                           q.value(3).toDouble(), q.value(4).toLongLong() });
    }
    return epochs;
}

} // namespace modeldeck
