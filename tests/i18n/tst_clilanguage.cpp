// modeldeck-cli speaks the chosen language: $MODELDECK_LANG=de loads the embedded German
// translation, so a message translated in translations/modeldeck_de.ts is printed in German.

#include "TsFile.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString cli(const QStringList &args, const QString &language, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MODELDECK_LANG"), language);
    env.insert(QStringLiteral("HOME"), home); // no saved language of the user's
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MODELDECK_CLI_PATH), args);
    if (!p.waitForFinished(60'000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpInGerman()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString english
            = cli({ QStringLiteral("--help") }, QStringLiteral("en"), home.path());
        QVERIFY2(english.contains(QStringLiteral("--json")), qPrintable(english));

        // A finished German translation of a help line the English help prints.
        QString error;
        const QString de = QStringLiteral(MODELDECK_SOURCE_DIR "/translations/modeldeck_de.ts");
        const QList<test::TsMessage> messages = test::readTs(de, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const test::TsMessage *line = nullptr;
        for (const test::TsMessage &m : messages) {
            if (m.context == QLatin1StringView("modeldeck::cli") && m.type.isEmpty() && !m.numerus
                && !m.source.contains(u'%') && m.source.size() > 12 && english.contains(m.source)
                && !m.translations.value(0).isEmpty() && m.translations.value(0) != m.source) {
                line = &m;
                break;
            }
        }
        if (!line)
            QSKIP("modeldeck_de.ts has no finished translation of a line of the CLI help yet");
        const QString german = cli({ QStringLiteral("--help") }, QStringLiteral("de"), home.path());
        QVERIFY2(german.contains(line->translations.value(0)),
                 qPrintable(QStringLiteral("expected \"%1\" (for \"%2\") in:\n%3")
                                .arg(line->translations.value(0), line->source, german)));
        QVERIFY(!german.contains(line->source));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
