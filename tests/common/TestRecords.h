#pragma once
// Training records for UI tests: card fields filled as the training engine fills them.

#include "storage/Database.h"
#include "storage/TrainingRecordRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace modeldeck::test {

inline TrainingRecord cardRecord(const QString &symbol, const QString &timeframe,
                                 const QString &bot, TrainingRecord::Status status, double ageHours,
                                 double rmse = 1.25)
{
    TrainingRecord r;
    r.symbol = symbol;
    r.timeframe = timeframe;
    r.bot = bot;
    r.trainedAt = QDateTime::currentDateTimeUtc().addSecs(qint64(-ageHours * 3600));
    r.trainingDurationSeconds = 12.5;
    r.dataPoints = 1725;
    r.trainingPeriod = QStringLiteral("2025-01-01 → 2025-01-31");
    r.epochs = 3;
    r.status = status;
    if (status == TrainingRecord::Status::Failed) {
        r.errorMessage
            = QStringLiteral("%1 has no %2 bars; import them or resample from a shorter timeframe. "
                             "Training stopped before the first epoch.")
                  .arg(symbol, timeframe);
    } else {
        r.finalTrainLoss = 0.02;
        r.finalValLoss = 0.03;
        r.testRmse = rmse;
        r.testMae = rmse * 0.8;
    }
    r.config = QJsonObject {
        { QStringLiteral("model"),
          QJsonObject { { QStringLiteral("bot"), bot }, { QStringLiteral("epochs"), 1 } } },
        { QStringLiteral("features"), QJsonObject { { QStringLiteral("horizon"), 1 } } },
    };
    if (status != TrainingRecord::Status::Failed) {
        r.config.insert(QStringLiteral("metrics"),
                        QJsonObject { { QStringLiteral("rmse"), rmse },
                                      { QStringLiteral("skill"), 0.125 },
                                      { QStringLiteral("mape"), 1.5 } });
    }
    return r;
}

// The record with `skill` as its test skill against the naive forecast (below 0: worse).
inline TrainingRecord withSkill(TrainingRecord r, const QJsonValue &skill)
{
    QJsonObject metrics = r.config.value(QStringLiteral("metrics")).toObject();
    metrics.insert(QStringLiteral("skill"), skill);
    r.config.insert(QStringLiteral("metrics"), metrics);
    return r;
}

// Inserts the record; when fileBytes > 0 also writes its model file under models/. Returns
// the id (0 on failure).
inline qint64 insertRecord(const Database &database, TrainingRecord r, int fileBytes = 0)
{
    if (fileBytes > 0) {
        r.modelPath = QStringLiteral("models/%1/%2/%3-%4.pt")
                          .arg(r.symbol, r.timeframe, r.bot,
                               QString::number(r.trainedAt.toMSecsSinceEpoch()));
        r.modelSizeMb = fileBytes / (1024.0 * 1024.0);
        const QString file = database.workspaceDir() + u'/' + r.modelPath;
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(fileBytes, 'm')) != fileBytes)
            return 0;
    }
    auto c = database.connection();
    if (!c)
        return 0;
    auto id = TrainingRecordRepository(*c).insert(r);
    return id ? *id : 0;
}

} // namespace modeldeck::test
