// The committed .ts files against the sources: lupdate (run as update_translations runs it) finds
// exactly their messages, every message is translated, and each translation keeps the source's
// placeholders and accelerator. A string the sources gained since the last refresh, or one whose
// context changed, shows up here as stale.

#include "TsFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using test::TsMessage;

namespace {

QStringList tsFiles()
{
    return QStringLiteral(MODELDECK_TS_FILES).split(u'|', Qt::SkipEmptyParts);
}

// %1…%99 and %n (also as %L1, %Ln) in `text`, sorted, repeats kept once.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([0-9]{1,2}|n)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured(1);
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

// Accelerator markers: a single & before a character ("&&" is a literal ampersand; "& " and
// entities such as "&amp;" in rich text are not markers).
int accelerators(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?![& ]|[a-z]+;|#[0-9]+;)"));
    int count = 0;
    for ([[maybe_unused]] const auto &match : pattern.globalMatch(text))
        ++count;
    return count;
}

QString listed(const QStringList &items, int max = 25)
{
    QStringList shown = items.mid(0, max);
    if (items.size() > max)
        shown << QStringLiteral("… and %1 more").arg(items.size() - max);
    return shown.join(QStringLiteral("\n  "));
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesSources_data();
    void matchesSources();
    void translated_data() { matchesSources_data(); }
    void translated();
    void placeholdersKept_data() { matchesSources_data(); }
    void placeholdersKept();
    void checksCatchMistakes();
};

void TestTranslationFiles::matchesSources_data()
{
    QTest::addColumn<QString>("ts");
    const QStringList files = tsFiles();
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestTranslationFiles::matchesSources()
{
    QFETCH(QString, ts);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));

    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(MODELDECK_SOURCE_DIR));
    QStringList args = QStringLiteral(MODELDECK_LUPDATE_ARGS).split(u'|', Qt::SkipEmptyParts);
    args << QStringLiteral("-ts") << copy;
    lupdate.start(QStringLiteral(MODELDECK_LUPDATE_PATH), args);
    QVERIFY2(lupdate.waitForFinished(120'000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);
    // lupdate warns where it cannot tell a tr() call's context; the context it then records
    // may not be the one the call uses at run time, and that string would never be translated.
    const QStringList warnings
        = QString::fromUtf8(lupdate.readAllStandardError())
              .split(u'\n', Qt::SkipEmptyParts)
              .filter(
                  QRegularExpression(QStringLiteral("lacks Q_OBJECT|unknown namespace|:\\d+: ")));
    QVERIFY2(warnings.isEmpty(), qPrintable(u"lupdate warnings:\n  "_s + listed(warnings)));

    QString error;
    const QList<TsMessage> committed = test::readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<TsMessage> fresh = test::readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!fresh.isEmpty());

    QHash<QString, const TsMessage *> inCommitted;
    for (const TsMessage &m : committed)
        inCommitted.insert(m.key(), &m);
    QSet<QString> inSources;
    QStringList unseen;
    for (const TsMessage &m : fresh) {
        inSources << m.key();
        if (!inCommitted.contains(m.key()))
            unseen << m.describe();
    }
    QStringList gone;
    for (const TsMessage &m : committed) {
        if (!inSources.contains(m.key()))
            gone << m.describe();
    }
    QVERIFY2(unseen.isEmpty() && gone.isEmpty(),
             qPrintable(QStringLiteral("%1 is stale; run `cmake --build --preset release --target "
                                       "update_translations`.\nIn the sources, not in the file "
                                       "(%2):\n  %3\nIn the file, no longer in the sources "
                                       "(%4):\n  %5")
                            .arg(QFileInfo(ts).fileName())
                            .arg(unseen.size())
                            .arg(listed(unseen))
                            .arg(gone.size())
                            .arg(listed(gone))));
}

void TestTranslationFiles::translated()
{
    QFETCH(QString, ts);
    QString error;
    const QList<TsMessage> messages = test::readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList open;
    for (const TsMessage &m : messages) {
        const bool empty = std::all_of(m.translations.cbegin(), m.translations.cend(),
                                       [](const QString &t) { return t.isEmpty(); });
        if (!m.type.isEmpty() || empty)
            open << QStringLiteral("%1: %2").arg(m.type.isEmpty() ? u"empty"_s : m.type,
                                                 m.describe());
    }
    QVERIFY2(open.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 of %3 messages not done:\n  %4")
                            .arg(QFileInfo(ts).fileName())
                            .arg(open.size())
                            .arg(messages.size())
                            .arg(listed(open))));
}

void TestTranslationFiles::placeholdersKept()
{
    QFETCH(QString, ts);
    QString error;
    const QList<TsMessage> messages = test::readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    for (const TsMessage &m : messages) {
        if (!m.type.isEmpty())
            continue; // unfinished: translated() reports it
        const QStringList wanted = placeholders(m.source);
        QSet<QString> union_;
        for (const QString &t : m.translations) {
            QStringList got = placeholders(t);
            union_.unite(QSet<QString>(got.begin(), got.end()));
            // A plural form may spell the number out ("ein Job"); every other placeholder stays.
            got.removeAll(u"n"_s);
            QStringList need = wanted;
            need.removeAll(u"n"_s);
            if (got != need)
                wrong << QStringLiteral("placeholders %1 ≠ %2 in \"%3\": %4")
                             .arg(need.join(u','), got.join(u','), t, m.describe());
            if (t.isEmpty() || accelerators(t) != accelerators(m.source))
                wrong << QStringLiteral("accelerator (&) in \"%1\": %2").arg(t, m.describe());
        }
        if (wanted.contains(u"n"_s) && !union_.contains(u"n"_s))
            wrong << QStringLiteral("%n in no form: %1").arg(m.describe());
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable(QStringLiteral("%1:\n  %2").arg(QFileInfo(ts).fileName(), listed(wrong))));
}

// The helpers above decide what placeholdersKept() reports; they must see what matters.
void TestTranslationFiles::checksCatchMistakes()
{
    QCOMPARE(placeholders(u"%1 of %n job(s), %L2"_s), (QStringList { u"1"_s, u"2"_s, u"n"_s }));
    QCOMPARE(placeholders(u"100 %"_s), QStringList());
    QCOMPARE(accelerators(u"&Browse…"_s), 1);
    QCOMPARE(accelerators(u"Save && Close"_s), 0);
    QCOMPARE(accelerators(u"A &amp; B & C"_s), 0);
    QCOMPARE(accelerators(u"&Durchsuchen…"_s), 1);
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
