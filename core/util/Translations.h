#pragma once
// Which language ModelDeck speaks, and installing its translators. The GUI and the CLI both call
// install() right after creating the application object, so both speak the same language: the
// one chosen in Settings (shared QSettings), overridden by $MODELDECK_LANG (tests, screenshots).

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace modeldeck::Translations {

// The languages with a translation: "en", "de", "hi".
QStringList available();
// Each language's name in itself ("Deutsch", "हिन्दी"), for the Settings combo.
QString nativeName(const QString &language);

// The Settings choice: "" follows the system; an unknown code reads as "".
QString savedLanguage();
void setSavedLanguage(const QString &language);
// $MODELDECK_LANG when it names an available language, else savedLanguage().
QString chosenLanguage();

// The locale a choice stands for: "" is the system's.
QLocale localeFor(const QString &language);

// Makes `language` ("" = the system's) the default locale (numbers, dates) and installs, in this
// order, Qt's own translation for it, the English plural forms ("1 job", "3 jobs") and ModelDeck's
// translation from <qmDir>/modeldeck_<code>.qm (embedded by the executables under :/i18n); a
// later translator is asked first, so a German plural wins over the English one. The translators
// are children of `app`. Returns the code of the translation installed ("en" when there is none
// for the locale).
QString install(QCoreApplication &app, const QString &language,
                const QString &qmDir = QStringLiteral(":/i18n"));

} // namespace modeldeck::Translations
