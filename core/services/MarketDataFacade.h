#pragma once
// Market data as the GUI reads it outside the session's own symbol list and imports: file
// previews before an import. Every call runs on a pool thread and is awaited. Cheap to copy; a
// copy keeps the workspace's database open until its calls finish.

#include "modeldeck_core_export.h"
#include "services/CsvImporter.h"
#include "util/Result.h"

#include <QStringList>
#include <memory>
#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

class Database;

class MODELDECK_CORE_EXPORT MarketDataFacade
{
public:
    explicit MarketDataFacade(std::shared_ptr<Database> database);

    // CsvImporter::preview of each file, in order; one file's error does not stop the others.
    QCoro::Task<std::vector<Result<FilePreview>>> previews(QStringList paths, ImportRequest request,
                                                           qint64 maxRows, qint64 maxBytes) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace modeldeck
