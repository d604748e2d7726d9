#pragma once
// Which files the CSV import takes from a drop, on the main window or on the Import dialog
// alike: local files named *.csv or *.txt (what the file dialog's filter offers first). Other
// files can still be chosen through the dialog's "All files".

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QMimeData;

namespace modeldeck {

class ImportFileTypes
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::ImportFileTypes)
public:
    // True when `path` names an existing file with a CSV or text suffix.
    static bool accepts(const QString &path);
    // The dropped files that accepts(), in drop order.
    static QStringList dropped(const QMimeData *mime);
    // The name filter of the file dialogs that choose files to import.
    static QString dialogFilter();
};

} // namespace modeldeck
