#include "Workspace.h"

#include <QDir>
#include <QStandardPaths>

namespace modeldeck::Workspace {

namespace {

QString appDataDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.modeldeck");
    return dir;
}

} // namespace

QString defaultDir()
{
    const QString env = qEnvironmentVariable("MODELDECK_WORKSPACE");
    return env.isEmpty() ? appDataDir() + QStringLiteral("/workspace") : env;
}

QString demoDir()
{
    return appDataDir() + QStringLiteral("/demo");
}

QString sampleDataPath()
{
    return QStringLiteral(":/sample-data/RELIANCE_5min.csv");
}

QString sampleDataSymbol()
{
    return QStringLiteral("RELIANCE.NS");
}

} // namespace modeldeck::Workspace
