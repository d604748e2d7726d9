#include "Shot.h"

#include "TestPalette.h"

#include <QApplication>
#include <QDir>
#include <QStyle>
#include <QTest>
#include <QWidget>

namespace modeldeck::screenshots {

Shot::Shot(const QString &outDir, const QString &scratchDir)
    : m_outDir(outDir), m_scratchDir(scratchDir)
{
    QDir().mkpath(m_scratchDir);
}

QString Shot::workspace(const QString &name) const
{
    return QDir(m_scratchDir).filePath(name);
}

void Shot::save(QWidget *widget, const QString &fileName)
{
    QApplication::processEvents();
    const QString path = QDir(m_outDir).filePath(fileName);
    require(widget->grab().save(path), QStringLiteral("cannot write %1").arg(path));
    m_written << path;
}

void Shot::saveLightAndDark(QWidget *widget, const QString &lightName, const QString &darkName)
{
    for (const bool dark : { false, true }) {
        widget->setPalette(dark ? test::darkPalette() : QApplication::style()->standardPalette());
        QTest::qWait(200); // charts lay out their new palette
        save(widget, dark ? darkName : lightName);
    }
}

void Shot::require(bool ok, const QString &what)
{
    if (!ok)
        throw ShotFailed(what);
}

void Shot::waitUntil(const std::function<bool()> &done, int timeoutMs, const QString &what)
{
    require(QTest::qWaitFor(done, timeoutMs), QStringLiteral("timed out: %1").arg(what));
}

} // namespace modeldeck::screenshots
