// English plural forms: the compiled modeldeck_en.qm turns "%n job(s)" into "1 job" and
// "3 jobs", and translations/modeldeck_en.ts covers every such message in the sources (run
// scripts/english-plurals.py when this test names one it lacks).

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private:
    // The <source> texts of numerus messages, with their forms.
    static QHash<QString, QStringList> numerusMessages(const QString &tsPath)
    {
        QHash<QString, QStringList> messages;
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return messages;
        QXmlStreamReader xml(&file);
        bool numerus = false;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1StringView("message")) {
                numerus = xml.attributes().value(QLatin1StringView("numerus"))
                    == QLatin1StringView("yes");
            } else if (xml.name() == QLatin1StringView("source") && numerus) {
                source = xml.readElementText();
                messages.insert(source, {});
            } else if (xml.name() == QLatin1StringView("numerusform") && numerus) {
                messages[source] << xml.readElementText();
            }
        }
        return messages;
    }

private Q_SLOTS:
    void compiledFormsAreUsed()
    {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(MODELDECK_EN_QM)), MODELDECK_EN_QM);
        QCoreApplication::installTranslator(&translator);
        const auto queue = [](int n) {
            return QCoreApplication::translate("modeldeck::AutoTrainDialog", "&Queue %n job(s)",
                                               nullptr, n);
        };
        QCOMPARE(queue(1), QStringLiteral("&Queue 1 job"));
        QCOMPARE(queue(3), QStringLiteral("&Queue 3 jobs"));
        QCOMPARE(queue(0), QStringLiteral("&Queue 0 jobs"));
        QCOMPARE(QCoreApplication::translate("modeldeck::AutoTrainDialog",
                                             "%n job(s) were already queued or running.", nullptr,
                                             1),
                 QStringLiteral("1 job was already queued or running."));
        QCoreApplication::removeTranslator(&translator);
    }

    void everyMessageHasTwoForms()
    {
        const auto messages
            = numerusMessages(QStringLiteral(MODELDECK_SOURCE_DIR "/translations/modeldeck_en.ts"));
        QVERIFY(messages.size() > 40);
        for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
            QVERIFY2(it->size() == 2, qPrintable(it.key()));
            for (const QString &form : *it)
                QVERIFY2(!form.contains(QLatin1StringView("(s)"))
                             && form.contains(QLatin1StringView("%n"))
                                 == it.key().contains(QLatin1StringView("%n")),
                         qPrintable(form));
        }
    }

    void sourcesAreCovered()
    {
        const auto messages
            = numerusMessages(QStringLiteral(MODELDECK_SOURCE_DIR "/translations/modeldeck_en.ts"));
        // One-literal tr() calls with %n and "(s)"; messages split over several literals are
        // left to the script.
        static const QRegularExpression call(
            QStringLiteral(R"re(tr\("((?:[^"\\]|\\.)*%n(?:[^"\\]|\\.)*)"\s*,)re"));
        QStringList missing;
        int seen = 0;
        for (const char *dir : { "core", "ui", "app" }) {
            QDirIterator files(QStringLiteral(MODELDECK_SOURCE_DIR "/") + QLatin1StringView(dir),
                               { QStringLiteral("*.cpp") }, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (const QRegularExpressionMatch &m : call.globalMatch(text)) {
                    QString literal = m.captured(1);
                    if (!literal.contains(QLatin1StringView("(s)")))
                        continue;
                    literal.replace(QLatin1StringView("\\n"), QLatin1StringView("\n"))
                        .replace(QLatin1StringView("\\\""), QLatin1StringView("\""));
                    ++seen;
                    if (!messages.contains(literal))
                        missing << QFileInfo(file).fileName() + u": " + literal;
                }
            }
        }
        QVERIFY(seen > 20);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("run scripts/english-plurals.py; missing:\n")
                            + missing.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
