#include "ModelStore.h"

#include "models/ModelConfig.h"
#include "services/AuditLog.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/ModelRegistryRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "util/PathSanitizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::ModelStore)
};

Q_LOGGING_CATEGORY(lcModelStore, "modeldeck.models")

// The absolute path of a record's model file, or why it is refused. Records name files
// relative to the workspace ("models/AAPL/1h/lstm_bot-….pt").
Result<QString> modelFileOf(const Database &database, const QString &modelPath)
{
    const QString prefix = QLatin1StringView(Database::kModelsDir) + u'/';
    if (!modelPath.startsWith(prefix) || !ModelConfig::hasModelFileSuffix(modelPath))
        return Error {
            Tr::tr("The model path “%1” is not a model file in the workspace's models folder.")
                .arg(modelPath)
        };
    return PathSanitizer::resolveInside(database.modelsDir(), modelPath.mid(prefix.size()));
}

// "records 4, 7, 9": the subject of a clear, naming at most the first ten. The details list at
// most the first thousand ids and the count: clearing everything may take 100,000 records, and
// one audit row should not hold them all.
AuditEntry clearEntry(const std::vector<qint64> &ids, QJsonObject details)
{
    constexpr size_t kNamed = 10;
    constexpr size_t kListed = 1000;
    QStringList named;
    QJsonArray listed;
    for (size_t i = 0; i < ids.size() && i < kListed; ++i) {
        if (i < kNamed)
            named << QString::number(ids[i]);
        listed.append(ids[i]);
    }
    QString subject = Tr::tr("records %1").arg(named.join(QStringLiteral(", ")));
    if (ids.size() > kNamed)
        subject += Tr::tr(" … (%1 in all)").arg(qulonglong(ids.size()));
    details.insert(QStringLiteral("count"), qint64(ids.size()));
    details.insert(QStringLiteral("records"), listed);
    if (ids.size() > kListed)
        details.insert(QStringLiteral("records_truncated"), true);
    return AuditLog::entry(AuditAction::Clear, subject, details);
}

// The names the app gives the model files it writes, relative to models/: trained models
// (TrainingService: SYMBOL/TIMEFRAME/bot-yyyyMMdd-HHmmss-xxxxxxxx.pt, .ubj for tree bots) and
// registry copies (ModelRegistry::add: registry|imported/NAME/vN-xxxxxxxx.pt|ubj). Only such files
// are ever removed as orphans; an export (NAME-vN.pt) or any other file a user put there is not.
bool isAppModelFile(const QString &inModels)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/[A-Za-z0-9_-][A-Za-z0-9._-]*/[A-Za-z0-9._-]+"
        "-[0-9]{8}-[0-9]{6}-[0-9a-f]{8}"
        "|(?:registry|imported)/[A-Za-z0-9_-][A-Za-z0-9._-]*/v[0-9]+-[0-9a-f]{8})\\.(?:pt|ubj)$"));
    return pattern.match(inModels).hasMatch();
}

// A path as a row stores it ("models/AAPL/1h/x.pt"), normalised; empty when it is absolute or
// leaves the workspace.
QString workspaceKey(const QString &relative)
{
    if (relative.isEmpty() || QDir::isAbsolutePath(relative) || relative.contains(u'\\'))
        return {};
    const QString clean = QDir::cleanPath(relative);
    if (clean == QLatin1StringView("..") || clean.startsWith(QLatin1StringView("../")))
        return {};
    return clean;
}

struct References
{
    QSet<QString> files; // workspaceKey of every file a record or a registered model names
    std::vector<TrainingRecordRepository::ModelFileRef> activeRecords;
};

// Records and registry read in one transaction, so a save committing in between (its file
// moving from a record to the registry) cannot fall between the two reads.
Result<References> readReferences(QSqlDatabase db)
{
    if (!db.transaction())
        return Error {
            Tr::tr("Cannot start reading the model files in use: %1").arg(db.lastError().text())
        };
    const auto done = qScopeGuard([&db] { db.rollback(); });
    References out;
    auto refs = TrainingRecordRepository(db).modelFiles();
    if (!refs)
        return refs.error();
    auto registered = ModelRegistryRepository(db).filePaths();
    if (!registered)
        return registered.error();
    for (auto &ref : *refs) {
        if (const QString key = workspaceKey(ref.modelPath); !key.isEmpty())
            out.files.insert(key);
        if (ref.status == TrainingRecord::Status::Active)
            out.activeRecords.push_back(std::move(ref));
    }
    for (const QString &relative : std::as_const(*registered)) {
        if (const QString key = workspaceKey(relative); !key.isEmpty())
            out.files.insert(key);
    }
    return out;
}

} // namespace

ModelStore::ModelStore(const Database &database) : m_database(database) { }

Result<ReconcileReport> ModelStore::reconcile(std::chrono::seconds gracePeriod) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto refs = readReferences(*db);
    if (!refs)
        return refs.error();

    ReconcileReport report;
    TrainingRecordRepository records(*db);
    for (const auto &ref : refs->activeRecords) {
        const QString key = workspaceKey(ref.modelPath);
        if (key.isEmpty())
            continue; // a hostile path in the database is never touched
        if (!QFileInfo::exists(m_database.workspaceDir() + u'/' + key)) {
            const QString reason = Tr::tr("The model file %1 is missing.").arg(ref.modelPath);
            if (records.setStatus(ref.id, TrainingRecord::Status::Failed, reason))
                ++report.recordsMissingFile;
        }
    }

    // Candidates: regular files (no symlinks, no symlinked folders followed) named as the app
    // names its model files, that no row named.
    const QString modelsDir = m_database.modelsDir();
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-gracePeriod.count());
    QStringList stale;
    QDirIterator it(modelsDir, { QStringLiteral("*.pt"), QStringLiteral("*.ubj") },
                    QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString inModels = file.mid(modelsDir.size() + 1);
        const QString key = QLatin1StringView(Database::kModelsDir) + u'/' + inModels;
        if (!isAppModelFile(inModels) || refs->files.contains(key))
            continue;
        if (it.fileInfo().lastModified().toUTC() > cutoff)
            report.keptRecentFiles << key;
        else
            stale << key;
    }
    if (stale.isEmpty())
        return report;

    // Read again just before deleting: a row that named one of them meanwhile keeps it.
    auto again = readReferences(*db);
    if (!again)
        return again.error();
    for (const QString &key : std::as_const(stale)) {
        if (again->files.contains(key))
            continue;
        auto path = PathSanitizer::resolveInside(m_database.workspaceDir(), key);
        if (!path) {
            report.problems << path.error().message;
            continue;
        }
        if (QFile::remove(*path)) {
            report.removedFiles << key;
            qCInfo(lcModelStore, "%s",
                   qPrintable(Tr::tr("Removed the model file %1: no training record or saved model "
                                     "refers to it.")
                                  .arg(key)));
        } else {
            report.problems << Tr::tr("The unused model file %1 could not be removed.").arg(key);
        }
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
                return Error { Tr::tr("Choose the symbol whose models to clear.") };
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

Result<ArchiveReport> ModelStore::archive(const std::vector<qint64> &ids,
                                          const QJsonObject &auditDetails) const
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
        if (!archiving.empty()) {
            if (auto logged = AuditRepository(*db).insert(clearEntry(archiving, auditDetails));
                !logged)
                return logged.error();
        }
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
            report.problems << Tr::tr("The model file %1 could not be removed.")
                                   .arg(QDir::toNativeSeparators(file));
        }
    }
    return report;
}

} // namespace modeldeck
