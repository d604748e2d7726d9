#include "ModelStore.h"

#include "storage/Database.h"
#include "storage/ModelRegistryRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "util/PathSanitizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>

namespace modeldeck {

ModelStore::ModelStore(const Database &database)
    : m_database(database)
{
}

Result<ReconcileReport> ModelStore::reconcile() const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    TrainingRecordRepository records(*db);
    auto refs = records.modelFiles();
    if (!refs)
        return refs.error();

    ReconcileReport report;
    QSet<QString> known;
    for (const auto &ref : *refs) {
        auto path = PathSanitizer::resolveInside(m_database.workspaceDir(), ref.modelPath);
        if (!path)
            continue; // a hostile path in the database is never touched
        known.insert(QDir::cleanPath(*path));
        if (ref.status == TrainingRecord::Status::Active && !QFile::exists(*path)) {
            const QString reason = QCoreApplication::translate("modeldeck::ModelStore",
                                                               "The model file %1 is missing.")
                                       .arg(ref.modelPath);
            if (records.setStatus(ref.id, TrainingRecord::Status::Failed, reason))
                ++report.recordsMissingFile;
        }
    }
    // Registered models have their own copies (models/registry/, models/imported/).
    auto registered = ModelRegistryRepository(*db).filePaths();
    if (!registered)
        return registered.error();
    for (const QString &relative : std::as_const(*registered)) {
        if (auto path = PathSanitizer::resolveInside(m_database.workspaceDir(), relative))
            known.insert(QDir::cleanPath(*path));
    }
    // Only files this app writes (*.pt under models/) are candidates for removal.
    QDirIterator it(m_database.modelsDir(), {QStringLiteral("*.pt")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir::cleanPath(it.next());
        if (!known.contains(file) && QFile::remove(file))
            ++report.orphanFilesRemoved;
    }
    return report;
}

} // namespace modeldeck
