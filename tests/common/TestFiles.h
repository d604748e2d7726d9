#pragma once
// Fixture files written by tests into their temporary folders.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>
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

// Regular files below dir (recursively), e.g. model files left in a workspace.
inline QStringList filesUnder(const QString &dir, const QStringList &patterns = {})
{
    QStringList files;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace modeldeck::test
