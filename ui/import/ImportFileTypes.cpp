#include "import/ImportFileTypes.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace modeldeck {

bool ImportFileTypes::accepts(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    return info.isFile()
        && (suffix.compare(u"csv", Qt::CaseInsensitive) == 0
            || suffix.compare(u"txt", Qt::CaseInsensitive) == 0);
}

QStringList ImportFileTypes::dropped(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && accepts(url.toLocalFile()))
            files << url.toLocalFile();
    }
    return files;
}

QString ImportFileTypes::dialogFilter()
{
    return tr("CSV files (*.csv *.txt);;All files (*)");
}

} // namespace modeldeck
