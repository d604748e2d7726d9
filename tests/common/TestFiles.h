#pragma once
// Fixture files written by tests into their temporary folders.

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cmath>

namespace modeldeck::test {

// Writes `content` to dir/name and returns the path; aborts the test binary if it cannot,
// since every later check would be meaningless.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write test fixture %s", qPrintable(path));
    return path;
}

// Regular files below dir (recursively), e.g. model files left in a workspace.
inline QStringList filesUnder(const QString &dir, const QStringList &patterns = {})
{
    QStringList files;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// A Yahoo-style CSV (Date,Open,High,Low,Close,Volume) of `rows` sine-wave bars `minutesApart`
// apart from 2024-01-01 UTC; its symbol comes from the file name it is written to.
inline QByteArray sineCsv(qint64 rows, int minutesApart)
{
    QByteArray csv = "Date,Open,High,Low,Close,Volume\n";
    csv.reserve(qsizetype(rows) * 64);
    QDateTime t(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (qint64 i = 0; i < rows; ++i, t = t.addSecs(60 * minutesApart)) {
        const double c = 100 + 3 * std::sin(double(i) / 5.0);
        csv += t.toString(Qt::ISODate).toLatin1()
            + QStringLiteral(",%1,%2,%3,%4,1000\n")
                  .arg(c)
                  .arg(c + 0.2)
                  .arg(c - 0.2)
                  .arg(c)
                  .toLatin1();
    }
    return csv;
}

} // namespace modeldeck::test
