#include "ModelRegistry.h"

#include "features/SavedFeatures.h"
#include "models/ModelConfig.h"
#include "services/AuditLog.h"
#include "services/ModelSidecar.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/ModelRegistryRepository.h"
#include "storage/TrainingRecordRepository.h"
#include "training/ModelFile.h"
#include "util/FileSet.h"
#include "util/PathSanitizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <algorithm>

namespace modeldeck {

namespace {

// Calls are spelled Tr::tr() so that lupdate records them under this context too: a plain
// tr() in a free function or another class would be filed under that scope instead.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::ModelRegistry)
};

constexpr int kMaxTags = 32;
constexpr int kMaxTagLength = 50;
constexpr int kMaxDescriptionLength = 2000;

bool isControl(char32_t c)
{
    // Zero-width (non-)joiners are format characters, but Indic scripts need them in words.
    if (c == 0x200C || c == 0x200D)
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format: // bidi overrides and zero-width characters disguise names
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

bool hasControl(const QString &text)
{
    const auto chars = text.toUcs4();
    return std::any_of(chars.begin(), chars.end(), [](char32_t c) { return isControl(c); });
}

QString versionList(const std::vector<RegisteredModel> &versions)
{
    QStringList numbers;
    for (const RegisteredModel &m : versions)
        numbers << QString::number(m.version);
    return numbers.join(QStringLiteral(", "));
}

Status validateTextFields(RegisteredModel &draft)
{
    if (draft.description.size() > kMaxDescriptionLength)
        return Error {
            Tr::tr("The description is longer than %1 characters.").arg(kMaxDescriptionLength)
        };
    if (hasControl(QString(draft.description).remove(u'\n').remove(u'\t')))
        return Error { Tr::tr("The description contains control characters.") };
    QStringList tags;
    for (const QString &raw : std::as_const(draft.tags)) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty() || tags.contains(tag))
            continue;
        if (tag.size() > kMaxTagLength || hasControl(tag))
            return Error {
                Tr::tr("The tag “%1” is longer than %2 characters or contains control characters.")
                    .arg(tag.left(kMaxTagLength), QString::number(kMaxTagLength))
            };
        tags << tag;
    }
    if (tags.size() > kMaxTags)
        return Error { Tr::tr("A model can have at most %1 tags.").arg(kMaxTags) };
    draft.tags = tags;
    return {};
}

} // namespace

ModelRegistry::ModelRegistry(const Database &database) : m_database(database) { }

Status ModelRegistry::validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error { Tr::tr("A model needs a name.") };
    if (name.toUcs4().size() > kMaxNameLength)
        return Error { Tr::tr("The model name “%1…” is longer than %2 characters.")
                           .arg(name.left(40))
                           .arg(kMaxNameLength) };
    if (hasControl(name) || !name.isValidUtf16())
        return Error { Tr::tr("The model name “%1” contains control characters.")
                           .arg(name.left(kMaxNameLength)) };
    if (name != name.trimmed())
        return Error { Tr::tr("The model name “%1” starts or ends with spaces.").arg(name) };
    return {};
}

Result<RegisteredModel> ModelRegistry::saveRecord(const SaveModelRequest &request)
{
    if (auto valid = validateName(request.name); !valid)
        return valid.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto found = TrainingRecordRepository(*db).find(request.recordId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error { Tr::tr("There is no training record %1.").arg(request.recordId) };
    const TrainingRecord &record = **found;
    if (record.status == TrainingRecord::Status::Failed) {
        return Error { Tr::tr("Training record %1 failed (%2); only a trained model can be saved.")
                           .arg(record.id)
                           .arg(record.errorMessage) };
    }
    if (record.modelPath.isEmpty()) {
        return Error {
            Tr::tr(
                "Training record %1 (%2) has no model file to save; the naive baseline needs none.")
                .arg(record.id)
                .arg(record.bot)
        };
    }
    auto model = ModelConfig::fromJson(record.bot,
                                       record.config.value(QStringLiteral("model")).toObject());
    if (!model)
        return Error { Tr::tr("Training record %1 has damaged model settings: %2")
                           .arg(record.id)
                           .arg(model.error().message) };
    auto features = SavedFeatures::fromJson(record.config);
    if (!features)
        return Error { Tr::tr("Training record %1 cannot be saved: %2")
                           .arg(record.id)
                           .arg(features.error().message) };
    auto path = PathSanitizer::resolveInside(m_database.workspaceDir(), record.modelPath);
    if (!path)
        return path.error();
    auto bytes = ModelFile::readVerified(*path, record.modelSha256);
    if (!bytes)
        return bytes.error();

    RegisteredModel draft;
    draft.name = request.name;
    draft.bot = record.bot;
    draft.format = RegisteredModel::Format::ModelDeck;
    draft.horizons = { features->config.horizon };
    draft.modelConfig = model->toJson();
    draft.featureConfig = features->toJson();
    // Records from before intervals existed have none: their predictions come without bands.
    const QJsonObject interval = record.config.value(QStringLiteral("interval")).toObject();
    if (!interval.isEmpty())
        draft.intervals = QJsonObject { { QString::number(features->config.horizon), interval } };
    draft.metrics = record.config.value(QStringLiteral("metrics")).toObject();
    draft.symbol = record.symbol;
    draft.timeframe = record.timeframe;
    draft.trainingRecordId = record.id;
    draft.description = request.description;
    draft.tags = request.tags;
    const AuditEntry audit = AuditLog::entry(
        AuditAction::Save, request.name,
        { { QStringLiteral("record"), record.id },
          { QStringLiteral("series"), AuditLog::seriesSubject(record.symbol, record.timeframe) },
          { QStringLiteral("bot"), record.bot } });
    return add(std::move(draft), *bytes, QStringLiteral("registry"), request.activate, audit);
}

Result<RegisteredModel> ModelRegistry::add(RegisteredModel draft, const QByteArray &fileBytes,
                                           const QString &folder, bool activate, AuditEntry audit)
{
    if (auto valid = validateName(draft.name); !valid)
        return valid.error();
    if (auto valid = validateTextFields(draft); !valid)
        return valid.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    // The version is chosen, the file written and the row inserted under one write lock, so two
    // saves of one name cannot both become version n + 1.
    WriteTransaction tx(*db);
    if (!tx.isActive())
        return tx.beginError();
    ModelRegistryRepository repo(*db);
    auto existing = repo.versions(draft.name);
    if (!existing)
        return existing.error();
    bool nameInUse = false;
    int latest = 0;
    for (const RegisteredModel &m : *existing) {
        if (m.symbol != draft.symbol || m.timeframe != draft.timeframe) {
            return Error {
                Tr::tr("The name “%1” is taken by a model for %2 %3; this one is for %4 %5. "
                       "Save it under "
                       "another name.")
                    .arg(draft.name, m.symbol, m.timeframe, draft.symbol, draft.timeframe)
            };
        }
        latest = std::max(latest, m.version);
        nameInUse = nameInUse || m.active;
    }
    draft.version = latest + 1;

    const QString relative = QStringLiteral("%1/%2/%3/v%4-%5.%6")
                                 .arg(QLatin1StringView(Database::kModelsDir), folder,
                                      PathSanitizer::sanitizeComponent(draft.name))
                                 .arg(draft.version)
                                 .arg(QUuid::createUuid().toString(QUuid::Id128).left(8),
                                      ModelConfig::fileSuffix(draft.bot));
    auto absolute = PathSanitizer::resolveInside(m_database.workspaceDir(), relative);
    if (!absolute)
        return absolute.error();
    auto written = ModelFile::write(*absolute, fileBytes);
    if (!written)
        return written.error();
    draft.filePath = relative;
    draft.fileSha256 = written->sha256;
    draft.fileSize = written->bytes;
    draft.active = false;
    draft.createdAt = draft.updatedAt = QDateTime::currentDateTimeUtc();

    auto id = repo.insert(draft);
    Status done = id ? Status() : Status(id.error());
    if (done && (activate || nameInUse))
        done = repo.activate(*id);
    if (done && !audit.action.isEmpty()) {
        audit.details.insert(QStringLiteral("version"), draft.version);
        audit.details.insert(QStringLiteral("active"), activate || nameInUse);
        if (auto logged = AuditRepository(*db).insert(audit); !logged)
            done = logged.error();
    }
    if (done)
        done = tx.commit();
    if (!done) {
        QFile::remove(*absolute);
        return done.error();
    }
    draft.id = *id;
    draft.active = activate || nameInUse;
    return draft;
}

Result<RegisteredModel> ModelRegistry::find(const QString &name, std::optional<int> version) const
{
    auto all = versions(name);
    if (!all)
        return all.error();
    if (!version)
        return all->back();
    for (const RegisteredModel &m : *all) {
        if (m.version == *version)
            return m;
    }
    return Error { Tr::tr("Model “%1” has no version %2 (it has %3).")
                       .arg(name)
                       .arg(*version)
                       .arg(versionList(*all)) };
}

Result<std::vector<RegisteredModel>> ModelRegistry::versions(const QString &name) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto all = ModelRegistryRepository(*db).versions(name);
    if (!all)
        return all.error();
    if (all->empty())
        return Error { Tr::tr("There is no model named “%1” in this workspace.").arg(name) };
    return all;
}

Result<std::vector<RegisteredModel>> ModelRegistry::list(const ModelFilter &filter) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return ModelRegistryRepository(*db).list(filter);
}

Result<Activation> ModelRegistry::activate(const QString &name, std::optional<int> version,
                                           const std::function<Status()> &alsoInTransaction)
{
    auto target = find(name, version);
    if (!target)
        return target.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    WriteTransaction tx(*db);
    if (!tx.isActive())
        return tx.beginError();
    ModelRegistryRepository repo(*db);
    ModelFilter sameSeries;
    sameSeries.symbol = target->symbol;
    sameSeries.timeframe = target->timeframe;
    sameSeries.activeOnly = true;
    auto current = repo.list(sameSeries);
    if (!current)
        return current.error();
    Activation result { *target, std::nullopt };
    if (!current->empty() && current->front().id != target->id)
        result.replaced = current->front();
    Status done = repo.activate(target->id);
    if (done) {
        // Activating an older version of the model that is active now is a rollback.
        const bool rollback = result.replaced && result.replaced->name == target->name
            && result.replaced->version > target->version;
        QJsonObject details { { QStringLiteral("version"), target->version },
                              { QStringLiteral("series"),
                                AuditLog::seriesSubject(target->symbol, target->timeframe) } };
        if (result.replaced)
            details.insert(
                QStringLiteral("replaced"),
                QStringLiteral("%1 v%2").arg(result.replaced->name).arg(result.replaced->version));
        auto logged = AuditRepository(*db).insert(AuditLog::entry(
            rollback ? AuditAction::Rollback : AuditAction::Activate, target->name, details));
        if (!logged)
            done = logged.error();
    }
    if (done && alsoInTransaction)
        done = alsoInTransaction();
    if (done)
        done = tx.commit();
    if (!done)
        return done.error();
    result.model.active = true;
    return result;
}

Result<RemovedModels> ModelRegistry::remove(const QString &name, std::optional<int> version)
{
    auto all = versions(name);
    if (!all)
        return all.error();
    std::vector<RegisteredModel> doomed;
    if (version) {
        auto one = find(name, version);
        if (!one)
            return one.error();
        doomed.push_back(*one);
    } else {
        doomed = *all;
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();
    {
        WriteTransaction tx(*db);
        if (!tx.isActive())
            return tx.beginError();
        ModelRegistryRepository repo(*db);
        QJsonArray numbers;
        for (const RegisteredModel &m : doomed) {
            if (auto removed = repo.remove(m.id); !removed)
                return removed.error();
            numbers.append(m.version);
        }
        auto logged = AuditRepository(*db).insert(
            AuditLog::entry(AuditAction::Delete, name,
                            { { QStringLiteral("versions"), numbers },
                              { QStringLiteral("all"), !version.has_value() } }));
        if (!logged)
            return logged.error();
        if (auto committed = tx.commit(); !committed)
            return committed.error();
    }
    // Rows first, files after: a crash in between leaves orphan files (removed by the next
    // reconcile), never a row whose file is gone.
    RemovedModels report;
    const QString modelsDir = QDir::cleanPath(QDir(m_database.modelsDir()).absolutePath()) + u'/';
    for (const RegisteredModel &m : doomed) {
        ++report.versions;
        report.wasActive = report.wasActive || m.active;
        // Only model files the registry wrote: a row naming modeldeck.sqlite must not delete it.
        auto path = PathSanitizer::resolveInside(m_database.workspaceDir(), m.filePath);
        if (!path || !path->startsWith(modelsDir) || !ModelConfig::hasModelFileSuffix(*path)
            || !QFile::exists(*path))
            continue;
        const qint64 size = QFileInfo(*path).size();
        if (QFile::remove(*path))
            report.bytes += size;
        else
            ++report.filesLeft;
    }
    return report;
}

Status ModelRegistry::rename(const QString &oldName, const QString &newName)
{
    if (auto valid = validateName(newName); !valid)
        return valid.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    // Checked and renamed under one write lock, so a save of `newName` cannot slip in between.
    WriteTransaction tx(*db);
    if (!tx.isActive())
        return tx.beginError();
    ModelRegistryRepository repo(*db);
    if (newName != oldName) {
        auto taken = repo.versions(newName);
        if (!taken)
            return taken.error();
        if (!taken->empty())
            return Error {
                Tr::tr("The name “%1” is taken by another model; choose another name.").arg(newName)
            };
    }
    auto renamed = repo.rename(oldName, newName);
    if (!renamed)
        return renamed.error();
    if (*renamed == 0)
        return Error { Tr::tr("There is no model named “%1” in this workspace.").arg(oldName) };
    if (newName != oldName) {
        const QJsonObject details { { QStringLiteral("from"), oldName },
                                    { QStringLiteral("versions"), *renamed } };
        if (auto logged
            = AuditRepository(*db).insert(AuditLog::entry(AuditAction::Rename, newName, details));
            !logged)
            return logged.error();
    }
    return tx.commit();
}

Status ModelRegistry::setDetails(const QString &name, const QString &description,
                                 const QStringList &tags)
{
    RegisteredModel draft;
    draft.description = description;
    draft.tags = tags;
    if (auto valid = validateTextFields(draft); !valid)
        return valid.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    // The edit and its audit row commit together, or neither does.
    WriteTransaction tx(*db);
    if (!tx.isActive())
        return tx.beginError();
    auto changed = ModelRegistryRepository(*db).setDetails(name, draft.description, draft.tags);
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return Error { Tr::tr("There is no model named “%1” in this workspace.").arg(name) };
    const QJsonObject details { { QStringLiteral("description"), draft.description },
                                { QStringLiteral("tags"), QJsonArray::fromStringList(draft.tags) },
                                { QStringLiteral("versions"), *changed } };
    if (auto logged
        = AuditRepository(*db).insert(AuditLog::entry(AuditAction::Edit, name, details));
        !logged)
        return logged.error();
    return tx.commit();
}

Status ModelRegistry::checkFile(const RegisteredModel &model) const
{
    auto path = PathSanitizer::resolveInside(m_database.workspaceDir(), model.filePath);
    if (!path)
        return path.error();
    auto bytes = ModelFile::readVerified(*path, model.fileSha256);
    if (!bytes)
        return bytes.error();
    return {};
}

ExportedModel ModelRegistry::exportPaths(const RegisteredModel &model, const QString &dir)
{
    const QString base = QDir(dir).filePath(PathSanitizer::sanitizeComponent(model.name)
                                            + QStringLiteral("-v%1").arg(model.version));
    return { base + u'.' + ModelConfig::fileSuffix(model.bot), base + QStringLiteral(".json") };
}

Result<ExportedModel> ModelRegistry::exportModel(const QString &name, std::optional<int> version,
                                                 const QString &dir, bool overwrite) const
{
    auto model = find(name, version);
    if (!model)
        return model.error();
    auto path = PathSanitizer::resolveInside(m_database.workspaceDir(), model->filePath);
    if (!path)
        return path.error();
    // A changed file is not passed on under this model's name.
    auto bytes = ModelFile::readVerified(*path, model->fileSha256);
    if (!bytes)
        return bytes.error();
    const ExportedModel out = exportPaths(*model, dir);
    for (const QString &file : { out.modelFile, out.sidecarFile }) {
        if (!overwrite && QFile::exists(file))
            return Error {
                Tr::tr("%1 already exists; choose another folder or allow overwriting.").arg(file)
            };
    }
    if (!QDir().mkpath(dir))
        return Error { Tr::tr("Cannot create the folder."), dir };
    const QByteArray sidecar
        = QJsonDocument(ModelSidecar::describe(*model)).toJson(QJsonDocument::Indented);
    // The audit row is written first and committed after the files: a database that refuses
    // the row stops the export before any file is written, and a failed write rolls it back.
    auto db = m_database.connection();
    if (!db)
        return db.error();
    WriteTransaction tx(*db);
    if (!tx.isActive())
        return tx.beginError();
    auto logged = AuditRepository(*db).insert(
        AuditLog::entry(AuditAction::Export, model->name,
                        { { QStringLiteral("version"), model->version },
                          { QStringLiteral("files"),
                            QJsonArray { QDir::toNativeSeparators(out.modelFile),
                                         QDir::toNativeSeparators(out.sidecarFile) } } }));
    if (!logged)
        return logged.error();
    // Both files or neither: a failed sidecar leaves the user's previous export untouched.
    if (Status written
        = FileSet::writeTogether({ { out.modelFile, *bytes }, { out.sidecarFile, sidecar } });
        !written)
        return written.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return out;
}

} // namespace modeldeck
