// Reading and writing files a user or a database row chose: SafeRead refuses what is not a
// regular file (a symlink to /dev/zero, a pipe, a folder) and caps what it reads; FileSet
// writes files that belong together all or none, leaving earlier files as they were.

#include "TestFiles.h"
#include "util/FileSet.h"
#include "util/SafeRead.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace modeldeck;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

} // namespace

class TestFileIo : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void readsRegularFilesAndSymlinksToThem()
    {
        const QString file = test::writeFile(m_dir, QStringLiteral("params.json"), "{\"a\": 1}");
        auto bytes = SafeRead::readRegularFile(file, 1024);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().toString()));
        QCOMPARE(*bytes, QByteArray("{\"a\": 1}"));
        const QString link = m_dir.filePath(QStringLiteral("link.json"));
        QVERIFY(QFile::link(file, link));
        QCOMPARE(*SafeRead::readRegularFile(link, 1024), QByteArray("{\"a\": 1}"));
        const QString empty = test::writeFile(m_dir, QStringLiteral("empty"), {});
        QVERIFY(SafeRead::readRegularFile(empty, 0));
    }

    void refusesDevicesPipesFoldersAndMissingFiles()
    {
        const QString zero = m_dir.filePath(QStringLiteral("model.pt"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString dangling = m_dir.filePath(QStringLiteral("dangling"));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("nothing")), dangling));
        for (const QString &path : { zero, QStringLiteral("/dev/zero"), fifo, m_dir.path(),
                                     dangling, m_dir.filePath(QStringLiteral("missing")) }) {
            // Each returns at once: nothing is opened that would block or never end.
            auto bytes = SafeRead::readRegularFile(path, qint64(1) << 30);
            QVERIFY2(!bytes, qPrintable(path));
            QCOMPARE(bytes.error().file, path);
            QVERIFY(!bytes.error().message.isEmpty());
            QVERIFY(!SafeRead::checkRegularFile(path));
        }
        QVERIFY(SafeRead::readRegularFile(zero, 10).error().message.contains(
            QStringLiteral("not a regular file")));
    }

    void capsWhatItReads()
    {
        const QString file
            = test::writeFile(m_dir, QStringLiteral("big.json"), QByteArray(2048, 'x'));
        QVERIFY(SafeRead::readRegularFile(file, 2048));
        auto refused = SafeRead::readRegularFile(file, 2047);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("2047 bytes")),
                 qPrintable(refused.error().message));
        QCOMPARE(SafeRead::formatLimit(qint64(1) << 20), QStringLiteral("1 MiB"));
        QCOMPARE(SafeRead::formatLimit(qint64(2) << 30), QStringLiteral("2 GiB"));
    }

    void writesAllFilesTogether()
    {
        const QString dir = m_dir.filePath(QStringLiteral("together"));
        QVERIFY(QDir().mkpath(dir));
        const QString a = dir + QStringLiteral("/m-v1.pt");
        const QString b = dir + QStringLiteral("/m-v1.json");
        QVERIFY(FileSet::writeTogether({ { a, "model" }, { b, "sidecar" } }));
        QCOMPARE(contentOf(a), QByteArray("model"));
        QCOMPARE(contentOf(b), QByteArray("sidecar"));
        // Replacing both leaves no temporary or set-aside file behind.
        QVERIFY(FileSet::writeTogether({ { a, "model 2" }, { b, "sidecar 2" } }));
        QCOMPARE(contentOf(a), QByteArray("model 2"));
        QCOMPARE(contentOf(b), QByteArray("sidecar 2"));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    // Regression: the first file used to be replaced before the second failed, and then
    // removed, so the user's earlier file was lost.
    void aFailedSecondFileLeavesTheFirstAsItWas()
    {
        const QString dir = m_dir.filePath(QStringLiteral("failing"));
        QVERIFY(QDir().mkpath(dir));
        const QString a = dir + QStringLiteral("/m-v1.pt");
        QFile previous(a);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("the user's model");
        previous.close();
        // The second file cannot be written: its folder does not exist.
        const QString b = dir + QStringLiteral("/missing/m-v1.json");
        QVERIFY(!FileSet::writeTogether({ { a, "new model" }, { b, "sidecar" } }));
        QCOMPARE(contentOf(a), QByteArray("the user's model"));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 1);

        // A destination that is a folder is refused before anything is written.
        const QString folder = dir + QStringLiteral("/m-v1.json");
        QVERIFY(QDir().mkpath(folder));
        const Status refused = FileSet::writeTogether({ { a, "new model" }, { folder, "x" } });
        QVERIFY(!refused);
        QCOMPARE(refused.error().file, folder);
        QCOMPARE(contentOf(a), QByteArray("the user's model"));
        QVERIFY(QFileInfo(folder).isDir());
    }
};

QTEST_GUILESS_MAIN(TestFileIo)
#include "tst_fileio.moc"
