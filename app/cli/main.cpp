#include "CliCommands.h"
#include "services/AuditLog.h"
#include "training/TorchRuntime.h"

#include <QCoreApplication>
#include <QTranslator>

int main(int argc, char *argv[])
{
    modeldeck::TorchRuntime::prepareEnvironment(argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ModelDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("ModelDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MODELDECK_VERSION_STRING));
    modeldeck::AuditLog::setSource(modeldeck::AuditLog::Source::Cli); // audit_log.source
    // English plural forms ("1 job", "3 jobs"), embedded under :/i18n as in the GUI.
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/modeldeck_en.qm")))
        QCoreApplication::installTranslator(&plurals);
    return modeldeck::cli::run(QCoreApplication::arguments());
}
