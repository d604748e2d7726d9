#include "util/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace modeldeck::Translations {

namespace {

constexpr QLatin1StringView kLanguageKey("ui/language");

QString known(const QString &language)
{
    return available().contains(language) ? language : QString();
}

void installFrom(QCoreApplication &app, const QString &file)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(file))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QStringList available()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("hi") };
}

QString nativeName(const QString &language)
{
    // Not translated: a reader looks for their own language's name.
    if (language == QLatin1StringView("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1StringView("hi"))
        return QStringLiteral("हिन्दी");
    return QStringLiteral("English");
}

QString savedLanguage()
{
    return known(QSettings().value(kLanguageKey).toString());
}

void setSavedLanguage(const QString &language)
{
    if (known(language).isEmpty())
        QSettings().remove(kLanguageKey);
    else
        QSettings().setValue(kLanguageKey, language);
}

QString chosenLanguage()
{
    const QString fromEnvironment = known(qEnvironmentVariable("MODELDECK_LANG"));
    return fromEnvironment.isEmpty() ? savedLanguage() : fromEnvironment;
}

QLocale localeFor(const QString &language)
{
    if (language == QLatin1StringView("de"))
        return QLocale(QLocale::German, QLocale::Germany);
    if (language == QLatin1StringView("hi"))
        return QLocale(QLocale::Hindi, QLocale::India);
    if (language == QLatin1StringView("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system();
}

QString install(QCoreApplication &app, const QString &language, const QString &qmDir)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    installFrom(app, qmDir + QStringLiteral("/modeldeck_en.qm"));
    QString code = QStringLiteral("en");
    for (const QString &candidate : available()) {
        if (candidate != code && locale.language() == localeFor(candidate).language()) {
            installFrom(app, qmDir + QStringLiteral("/modeldeck_%1.qm").arg(candidate));
            code = candidate;
        }
    }
    return code;
}

} // namespace modeldeck::Translations
