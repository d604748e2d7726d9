#pragma once
// What a screenshot scene works with: the folder the PNGs go to, a scratch folder for its
// workspaces, and checks that stop the scene with a reason instead of saving a wrong picture.

#include <QString>
#include <QStringList>
#include <functional>
#include <stdexcept>

class QWidget;

namespace modeldeck::screenshots {

// Thrown by a failed check; main() reports the scene and its reason.
class ShotFailed : public std::runtime_error
{
public:
    explicit ShotFailed(const QString &why) : std::runtime_error(why.toStdString()) { }
};

class Shot
{
public:
    Shot(const QString &outDir, const QString &scratchDir);

    // A new folder under the scratch folder for a scene's workspace.
    QString workspace(const QString &name) const;
    // Grabs `widget` (after pending events) into outDir/fileName.
    void save(QWidget *widget, const QString &fileName);
    // The same in the style's light palette, then in the tests' dark one (the widget's own).
    void saveLightAndDark(QWidget *widget, const QString &lightName, const QString &darkName);
    const QStringList &written() const { return m_written; }

    static void require(bool ok, const QString &what);
    // Runs the event loop until `done` holds, at most `timeoutMs`.
    static void waitUntil(const std::function<bool()> &done, int timeoutMs, const QString &what);

private:
    QString m_outDir;
    QString m_scratchDir;
    QStringList m_written;
};

} // namespace modeldeck::screenshots
