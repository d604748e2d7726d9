#include "CliCommands.h"
#include "services/AuditLog.h"
#include "training/TorchRuntime.h"
#include "util/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    modeldeck::TorchRuntime::prepareEnvironment(argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ModelDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("ModelDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MODELDECK_VERSION_STRING));
    modeldeck::AuditLog::setSource(modeldeck::AuditLog::Source::Cli); // audit_log.source
    // The GUI's language (Settings, shared QSettings) or $MODELDECK_LANG, with the English plural
    // forms ("4 trials", not "4 trial(s)"); --json output stays machine-stable whatever the
    // language.
    modeldeck::Translations::install(app, modeldeck::Translations::chosenLanguage());
    return modeldeck::cli::run(QCoreApplication::arguments());
}
