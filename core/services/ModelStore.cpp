#include "ModelStore.h"

#include "storage/Database.h"
#include "storage/ModelRegistryRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "util/PathSanitizer.h"
#include "util/TrContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace modeldeck {

namespace {

constexpr TrContext tr { "modeldeck::ModelStore" };

// The absolute path of a record's model file, or why it is refused. Records name files
// relative to the workspace ("models/AAPL/1h/lstm_bot-….pt").
Result<QString> modelFileOf(const Database &database, const QString &modelPath)
{
    const QString prefix = QLatin1StringView(Database::kModelsDir) + u'/';
    if (!modelPath.startsWith(prefix) || !modelPath.endsWith(QLatin1StringView(".pt")))
        return Error {
            tr("The model path “%1” is not a model file in the workspace's models folder.")
                .arg(modelPath)
        };
    return PathSanitizer::resolveInside(database.modelsDir(), modelPath.mid(prefix.size()));
}

} // namespace

ModelStore::ModelStore(const Database &database) : m_database(database) { }

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
    QDirIterator it(m_database.modelsDir(), { QStringLiteral("*.pt") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir::cleanPath(it.next());
        if (!known.contains(file) && QFile::remove(file))
            ++report.orphanFilesRemoved;
    }
    return report;
}

Result<ArchivePlan> ModelStore::planArchive(const ArchiveScope &scope) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    TrainingRecordRepository records(*db);
    std::vector<TrainingRecordRepository::ModelFileRef> refs;
    if (scope.kind == ArchiveScope::Kind::Records) {
        for (qint64 id : scope.ids) {
            auto ref = records.fileRef(id);
            if (!ref)
                return ref.error();
            if (ref->has_value())
                refs.push_back(**ref);
        }
    } else {
        TrainingRecordFilter filter;
        if (scope.kind == ArchiveScope::Kind::Series) {
            if (scope.symbol.isEmpty())
                return Error { tr("Choose the symbol whose models to clear.") };
            filter.symbol = scope.symbol;
            filter.timeframe = scope.timeframe;
        }
        auto all = records.fileRefs(filter);
        if (!all)
            return all.error();
        refs = std::move(*all);
    }
    ArchivePlan plan;
    for (const auto &ref : refs) {
        if (ref.status == TrainingRecord::Status::Archived)
            continue;
        plan.ids.push_back(ref.id);
        if (!ref.modelPath.isEmpty()) {
            ++plan.files;
            plan.megabytes += std::max(0.0, ref.modelSizeMb);
        }
    }
    return plan;
}

Result<ArchiveReport> ModelStore::archive(const std::vector<qint64> &ids) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    TrainingRecordRepository records(*db);
    ArchiveReport report;
    QStringList files;
    {
        WriteTransaction tx(*db);
        if (!tx.isActive())
            return tx.beginError();
        std::vector<qint64> archiving;
        for (qint64 id : ids) {
            auto ref = records.fileRef(id);
            if (!ref)
                return ref.error();
            if (!ref->has_value() || (*ref)->status == TrainingRecord::Status::Archived)
                continue;
            archiving.push_back(id);
            if ((*ref)->modelPath.isEmpty())
                continue;
            auto file = modelFileOf(m_database, (*ref)->modelPath);
            if (file)
                files << *file;
            else
                report.problems << file.error().message;
        }
        if (Status marked = records.markArchived(archiving); !marked)
            return marked.error();
        if (Status committed = tx.commit(); !committed)
            return committed.error();
        report.archived = int(archiving.size());
    }
    // Files go only once the records no longer offer them: a file that cannot be removed
    // leaves an archived record behind, never an active record without its file.
    for (const QString &file : std::as_const(files)) {
        const QFileInfo info(file);
        if (!info.exists())
            continue;
        const qint64 bytes = info.size();
        if (QFile::remove(file)) {
            ++report.filesRemoved;
            report.megabytesFreed += bytes / (1024.0 * 1024.0);
        } else {
            report.problems << tr("The model file %1 could not be removed.")
                                   .arg(QDir::toNativeSeparators(file));
        }
    }
    return report;
}

} // namespace modeldeck
