#include "CliCommands.h"
#include "training/TorchRuntime.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    modeldeck::TorchRuntime::prepareEnvironment(argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ModelDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("ModelDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MODELDECK_VERSION_STRING));
    return modeldeck::cli::run(QCoreApplication::arguments());
}
