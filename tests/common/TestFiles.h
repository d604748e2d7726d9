#pragma once
// Fixture files written by tests into their temporary folders.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

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

} // namespace modeldeck::test
