#include "services/MarketDataFacade.h"

#include "services/PoolTask.h"

namespace modeldeck {

MarketDataFacade::MarketDataFacade(std::shared_ptr<Database> database)
    : m_database(std::move(database))
{
}

QCoro::Task<std::vector<Result<FilePreview>>> MarketDataFacade::previews(QStringList paths,
                                                                         ImportRequest request,
                                                                         qint64 maxRows,
                                                                         qint64 maxBytes) const
{
    return onPool(m_database, [paths, request, maxRows, maxBytes](const Database &db) {
        CsvImporter importer(db);
        std::vector<Result<FilePreview>> previews;
        previews.reserve(size_t(paths.size()));
        for (const QString &path : paths)
            previews.push_back(importer.preview(path, request, maxRows, maxBytes));
        return previews;
    });
}

} // namespace modeldeck
