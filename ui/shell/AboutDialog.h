#pragma once
// Help ▸ About ModelDeck: the version, the libraries this build runs with (BuildInfo), what the
// repository states about ModelDeck's own licence, and the licence notices of the bundled
// sample data and the third-party components, each with a link to its full text. The notices
// are embedded resources (resources/licenses, the sample data's own file), so an installed
// binary shows them without the source tree.

#include <QDialog>
#include <QList>
#include <QString>
#include <QUrl>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace modeldeck {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    struct Component
    {
        QString name; // "Qt 6"
        QString version; // empty when unknown
        QString licence; // SPDX-like name: "LGPL-3.0-only"
        QString noticeResource; // ":/licenses/qt.txt"
        QUrl fullText; // where the full licence text is
    };
    // The bundled sample data first, then the third-party components.
    static QList<Component> components();
    // Versions of ModelDeck and its libraries, one line each (also what Copy puts on the
    // clipboard for a bug report).
    static QString versionReport();

    explicit AboutDialog(QWidget *parent = nullptr);

    QListWidget *componentList() const { return m_list; }
    QTextBrowser *noticeView() const { return m_notice; }
    QLabel *versionLabel() const { return m_version; }
    QLabel *linkLabel() const { return m_link; }

private:
    void showComponent(int row);

    QList<Component> m_components;
    QLabel *m_version;
    QListWidget *m_list;
    QTextBrowser *m_notice;
    QLabel *m_link;
};

} // namespace modeldeck
