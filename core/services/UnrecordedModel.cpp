#include "UnrecordedModel.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace modeldeck {

QString UnrecordedModel::keep(const Database &database, const QString &modelFile,
                              const TrainingRecord &record, const QString &reason)
{
    const QDir workspace(database.workspaceDir());
    if (!workspace.mkpath(QLatin1StringView(kDirName)))
        return modelFile;
    // models/SYM/TF/bot-time-id.pt → SYM-TF-bot-time-id.pt: one flat folder, still unique.
    const QString relative = QDir(database.modelsDir()).relativeFilePath(modelFile);
    QString name = relative;
    name.replace(u'/', u'-');
    if (name.startsWith(QLatin1StringView("..")))
        name = QFileInfo(modelFile).fileName();
    const QString target = workspace.filePath(QLatin1StringView(kDirName) + u'/' + name);
    if (!QFile::rename(modelFile, target))
        return modelFile;

    QJsonObject sidecar { { QStringLiteral("modeldeck_unrecorded_model"), 1 },
                          { QStringLiteral("reason"), reason },
                          { QStringLiteral("model_file"), QFileInfo(target).fileName() },
                          { QStringLiteral("symbol"), record.symbol },
                          { QStringLiteral("timeframe"), record.timeframe },
                          { QStringLiteral("bot"), record.bot },
                          { QStringLiteral("trained_at"),
                            record.trainedAt.toString(Qt::ISODateWithMs) },
                          { QStringLiteral("sha256"), record.modelSha256 },
                          { QStringLiteral("epochs"), record.epochs },
                          { QStringLiteral("test_rmse"),
                            record.testRmse ? QJsonValue(*record.testRmse) : QJsonValue() },
                          { QStringLiteral("config"), record.config } };
    QSaveFile json(target.left(target.size() - QFileInfo(target).suffix().size())
                   + QStringLiteral("json"));
    // The model itself is what matters; a missing description is a smaller loss than an error.
    if (json.open(QIODevice::WriteOnly) && json.write(QJsonDocument(sidecar).toJson()) >= 0)
        (void)json.commit();
    return target;
}

} // namespace modeldeck
