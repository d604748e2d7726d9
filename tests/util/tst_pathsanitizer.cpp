// Tests for PathSanitizer: safe path components from hostile names, paths that must stay inside
// the workspace (also through symlinks), and the symbol syntax.

#include "util/PathSanitizer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace modeldeck;

namespace {

template<typename T>
QString errorText(const Result<T> &result)
{
    return result.ok() ? QStringLiteral("(no error)") : result.error().toString();
}

QString withNul()
{
    QString s = QStringLiteral("a");
    s += QChar(u'\0');
    s += QStringLiteral("b");
    return s;
}

bool onlySafeCharacters(const QString &s)
{
    for (QChar c : s) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
        if (!safe)
            return false;
    }
    return true;
}

} // namespace

class TestPathSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitizeComponent_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("symbol unchanged") << QStringLiteral("TCS.NS") << QStringLiteral("TCS.NS");
        QTest::newRow("model name unchanged")
            << QStringLiteral("lstm-v2_final.pt") << QStringLiteral("lstm-v2_final.pt");
        QTest::newRow("parent traversal")
            << QStringLiteral("../etc/passwd") << QStringLiteral("_etc_passwd");
        QTest::newRow("empty") << QString() << QStringLiteral("_");
        QTest::newRow("dots only") << QStringLiteral("...") << QStringLiteral("_");
        QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("_");
        QTest::newRow("hidden file") << QStringLiteral(".hidden") << QStringLiteral("hidden");
        QTest::newRow("inner dots kept") << QStringLiteral("a..b") << QStringLiteral("a..b");
        QTest::newRow("separators and specials")
            << QStringLiteral("a b/c\\d:e*f?g") << QStringLiteral("a_b_c_d_e_f_g");
        QTest::newRow("caret, equals, ampersand")
            << QStringLiteral("^NSEI=M&M") << QStringLiteral("_NSEI_M_M");
        QTest::newRow("latin unicode") << QStringLiteral("Ärger.ß") << QStringLiteral("_rger._");
        QTest::newRow("cjk") << QStringLiteral("日本株") << QStringLiteral("___");
        QTest::newRow("NUL") << withNul() << QStringLiteral("a_b");
        QTest::newRow("newline and tab") << QStringLiteral("a\nb\tc") << QStringLiteral("a_b_c");
        QTest::newRow("200 chars capped at 64") << QString(200, u'a') << QString(64, u'a');
        QTest::newRow("64 chars unchanged") << QString(64, u'z') << QString(64, u'z');
        QTest::newRow("65 chars capped") << QString(65, u'z') << QString(64, u'z');
    }

    void sanitizeComponent()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);

        QCOMPARE(PathSanitizer::sanitizeComponent(input), expected);
    }

    void sanitizeComponentIsAlwaysSafe_data()
    {
        QTest::addColumn<QString>("input");

        QTest::newRow("traversal") << QStringLiteral("../../..");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("windows") << QStringLiteral("..\\..\\Windows\\system32");
        QTest::newRow("long dots then text") << QString(QString(70, u'.') + QStringLiteral("x"));
        QTest::newRow("dots then long text") << QString(QStringLiteral("..") + QString(100, u'b'));
        QTest::newRow("long slashes") << QString(200, u'/');
        QTest::newRow("emoji") << QStringLiteral("📈 rally");
        QTest::newRow("NUL") << withNul();
        QTest::newRow("hostile mix") << QStringLiteral("./.\u202E$(rm -rf ~);`x`|<>");
    }

    void sanitizeComponentIsAlwaysSafe()
    {
        QFETCH(QString, input);

        const QString out = PathSanitizer::sanitizeComponent(input);
        QVERIFY(!out.isEmpty());
        QVERIFY2(out.size() <= 64, qPrintable(out));
        QVERIFY2(onlySafeCharacters(out), qPrintable(out));
        QVERIFY2(!out.startsWith(u'.'), qPrintable(out));
        QVERIFY(!out.contains(u'/'));
        QVERIFY(!out.contains(u'\\'));
    }

    void resolveInside_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("expected"); // relative to the root; empty: must be refused

        QTest::newRow("file") << QStringLiteral("model.pt") << QStringLiteral("model.pt");
        QTest::newRow("nested") << QStringLiteral("models/TCS.NS/5m/model.pt")
                                << QStringLiteral("models/TCS.NS/5m/model.pt");
        QTest::newRow("dot segment") << QStringLiteral("a/./b") << QStringLiteral("a/b");
        QTest::newRow("leading dot segment") << QStringLiteral("./a") << QStringLiteral("a");
        QTest::newRow("double slash") << QStringLiteral("a//b") << QStringLiteral("a/b");
        QTest::newRow("trailing slash") << QStringLiteral("a/b/") << QStringLiteral("a/b");
        QTest::newRow("inner parent staying inside")
            << QStringLiteral("a/b/../c") << QStringLiteral("a/c");
        QTest::newRow("dotted name") << QStringLiteral("..a/b") << QStringLiteral("..a/b");

        QTest::newRow("parent") << QStringLiteral("../x") << QString();
        QTest::newRow("parent only") << QStringLiteral("..") << QString();
        QTest::newRow("nested escape") << QStringLiteral("a/../../x") << QString();
        QTest::newRow("escape to sibling with root prefix")
            << QStringLiteral("../ws-other/x") << QString();
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QString();
        QTest::newRow("backslashes") << QStringLiteral("a\\b") << QString();
        QTest::newRow("backslash traversal") << QStringLiteral("..\\x") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("root itself") << QStringLiteral(".") << QString();
        QTest::newRow("back to root") << QStringLiteral("a/..") << QString();
        QTest::newRow("NUL") << withNul() << QString();
    }

    void resolveInside()
    {
        QFETCH(QString, relative);
        QFETCH(QString, expected);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = QDir::cleanPath(dir.path() + QStringLiteral("/ws"));

        const Result<QString> resolved = PathSanitizer::resolveInside(root, relative);
        if (expected.isEmpty()) {
            QVERIFY2(
                !resolved.ok(),
                qPrintable(QStringLiteral("accepted as ") + (resolved ? *resolved : QString())));
            QVERIFY(!resolved.error().message.trimmed().isEmpty());
        } else {
            QVERIFY2(resolved.ok(), qPrintable(errorText(resolved)));
            QCOMPARE(*resolved, QString(root + u'/' + expected));
        }
    }

    void resolveInsideNormalisesRoot()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = QDir::cleanPath(dir.path());

        const Result<QString> withTrailingSlash
            = PathSanitizer::resolveInside(root + u'/', QStringLiteral("a/b"));
        QVERIFY2(withTrailingSlash.ok(), qPrintable(errorText(withTrailingSlash)));
        QCOMPARE(*withTrailingSlash, QString(root + QStringLiteral("/a/b")));

        const Result<QString> withDotDot = PathSanitizer::resolveInside(
            root + QStringLiteral("/x/../"), QStringLiteral("a/./b"));
        QVERIFY2(withDotDot.ok(), qPrintable(errorText(withDotDot)));
        QCOMPARE(*withDotDot, QString(root + QStringLiteral("/a/b")));

        // Escaping a root that was written with ".." is still refused.
        const Result<QString> escape = PathSanitizer::resolveInside(
            root + QStringLiteral("/x/../y"), QStringLiteral("../z"));
        QVERIFY(!escape.ok());
    }

    // A folder under models/ symlinked out of the workspace must not let writes or deletes
    // through it land outside; links that stay inside are fine.
    void resolveInsideFollowsSymlinks()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath(QStringLiteral("ws"));
        const QString outside = dir.filePath(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/models/AAPL")));
        QVERIFY(QDir().mkpath(outside));
        QFile victim(outside + QStringLiteral("/victim.pt"));
        QVERIFY(victim.open(QIODevice::WriteOnly));
        victim.close();
        QVERIFY(QFile::link(outside, root + QStringLiteral("/models/out")));
        QVERIFY(QFile::link(outside + QStringLiteral("/victim.pt"),
                            root + QStringLiteral("/models/file.pt")));
        QVERIFY(QFile::link(outside + QStringLiteral("/nothing"),
                            root + QStringLiteral("/models/dangling")));
        QVERIFY(QFile::link(root + QStringLiteral("/models/AAPL"),
                            root + QStringLiteral("/models/alias")));
        QVERIFY(QFile::link(QStringLiteral("AAPL"), root + QStringLiteral("/models/relative")));

        for (const QString &escaping :
             { QStringLiteral("models/out/victim.pt"), QStringLiteral("models/out/new/x.pt"),
               QStringLiteral("models/out"), QStringLiteral("models/file.pt"),
               QStringLiteral("models/dangling"), QStringLiteral("models/dangling/x.pt") }) {
            const Result<QString> resolved = PathSanitizer::resolveInside(root, escaping);
            QVERIFY2(!resolved.ok(), qPrintable(escaping));
            QVERIFY(resolved.error().message.contains(escaping));
        }
        for (const QString &inside :
             { QStringLiteral("models/alias/x.pt"), QStringLiteral("models/relative/y/x.pt"),
               QStringLiteral("models/AAPL/new/x.pt") }) {
            const Result<QString> resolved = PathSanitizer::resolveInside(root, inside);
            QVERIFY2(resolved.ok(), qPrintable(errorText(resolved)));
            QCOMPARE(*resolved, QString(root + u'/' + inside)); // the path as given, unresolved
        }
    }

    // The workspace itself may be reached through a symlink (a moved home folder).
    void resolveInsideRootThroughSymlink()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("real/models"))));
        const QString root = dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("real")), root));
        const Result<QString> resolved
            = PathSanitizer::resolveInside(root, QStringLiteral("models/x.pt"));
        QVERIFY2(resolved.ok(), qPrintable(errorText(resolved)));
        QCOMPARE(*resolved, QString(root + QStringLiteral("/models/x.pt")));
        QVERIFY(!PathSanitizer::resolveInside(root, QStringLiteral("../real/models/x.pt")));
    }

    void validateSymbol_data()
    {
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<bool>("valid");

        QTest::newRow("TCS.NS") << QStringLiteral("TCS.NS") << true;
        QTest::newRow("^NSEI") << QStringLiteral("^NSEI") << true;
        QTest::newRow("EURUSD=X") << QStringLiteral("EURUSD=X") << true;
        QTest::newRow("BTC-USD") << QStringLiteral("BTC-USD") << true;
        QTest::newRow("M&M.NS") << QStringLiteral("M&M.NS") << true;
        QTest::newRow("BRK_B") << QStringLiteral("BRK_B") << true;
        QTest::newRow("0700.HK digit first") << QStringLiteral("0700.HK") << true;
        QTest::newRow("lowercase") << QStringLiteral("aapl") << true;
        QTest::newRow("one char") << QStringLiteral("A") << true;
        QTest::newRow("32 chars") << QString(32, u'A') << true;

        QTest::newRow("empty") << QString() << false;
        QTest::newRow("33 chars") << QString(33, u'A') << false;
        QTest::newRow("slash") << QStringLiteral("A/B") << false;
        QTest::newRow("backslash") << QStringLiteral("A\\B") << false;
        QTest::newRow("space") << QStringLiteral("A B") << false;
        QTest::newRow("traversal") << QStringLiteral("../X") << false;
        QTest::newRow("non-ASCII first") << QStringLiteral("ÄBC") << false;
        QTest::newRow("non-ASCII later") << QStringLiteral("ABÄ") << false;
        QTest::newRow("non-ASCII digit first") << QStringLiteral("\u0661\u0662") << false;
        QTest::newRow("dot first") << QStringLiteral(".NS") << false;
        QTest::newRow("dash first") << QStringLiteral("-X") << false;
        QTest::newRow("equals first") << QStringLiteral("=X") << false;
        QTest::newRow("underscore first") << QStringLiteral("_X") << false;
        QTest::newRow("NUL") << withNul() << false;
        QTest::newRow("colon") << QStringLiteral("NSE:TCS") << false;
    }

    void validateSymbol()
    {
        QFETCH(QString, symbol);
        QFETCH(bool, valid);

        const Status status = PathSanitizer::validateSymbol(symbol);
        if (valid) {
            QVERIFY2(status.ok(), qPrintable(status.error().toString()));
        } else {
            QVERIFY(!status.ok());
            QVERIFY(!status.error().message.trimmed().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPathSanitizer)
#include "tst_pathsanitizer.moc"
