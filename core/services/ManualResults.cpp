#include "ManualResults.h"

#include "storage/Database.h"
#include "storage/ModelRegistryRepository.h"
#include "storage/TrainingRecordRepository.h"

namespace modeldeck {

ManualResults::ManualResults(const Database &database) : m_database(database) { }

Result<std::vector<TrainingRecord>> ManualResults::undecided() const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return TrainingRecordRepository(*db).listUndecided();
}

Result<QStringList> ManualResults::takenNames() const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return ModelRegistryRepository(*db).names();
}

Result<std::optional<TrainingRecord>> ManualResults::findPending(qint64 recordId) const
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto found = TrainingRecordRepository(*db).find(recordId);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->saveState != TrainingRecord::SaveState::Pending
        || (*found)->status != TrainingRecord::Status::Active)
        return std::optional<TrainingRecord>();
    return found;
}

Result<std::optional<UndecidedResult>> ManualResults::load(qint64 recordId) const
{
    auto record = findPending(recordId);
    if (!record)
        return record.error();
    if (!record->has_value())
        return std::optional<UndecidedResult>();
    auto names = takenNames();
    if (!names)
        return names.error();
    return std::optional<UndecidedResult>(
        UndecidedResult { std::move(**record), std::move(*names) });
}

Status ManualResults::requirePending(qint64 recordId) const
{
    auto record = findPending(recordId);
    if (!record)
        return record.error();
    if (!record->has_value()) {
        return Error { tr("Training record %1 is not waiting for a decision: it was already saved "
                          "or discarded, "
                          "or it no longer exists.")
                           .arg(recordId) };
    }
    return {};
}

Result<RegisteredModel> ManualResults::save(const SaveModelRequest &request) const
{
    if (auto pending = requirePending(request.recordId); !pending)
        return pending.error();
    auto names = takenNames();
    if (!names)
        return names.error();
    if (names->contains(request.name, Qt::CaseInsensitive))
        return Error {
            tr("A model named “%1” already exists; choose another name.").arg(request.name)
        };
    auto saved = ModelRegistry(m_database).saveRecord(request);
    if (!saved)
        return saved.error();
    // Registered: should this last step fail (or the process die first), listUndecided sees
    // the registered model and marks the record saved then, so it is never offered twice.
    // The model is saved either way, so a failure here is not reported as a failed save.
    if (auto db = m_database.connection()) {
        static_cast<void>(TrainingRecordRepository(*db).setSaveState(
            request.recordId, TrainingRecord::SaveState::Pending,
            TrainingRecord::SaveState::Saved));
    }
    return saved;
}

Result<ArchiveReport> ManualResults::discard(qint64 recordId) const
{
    if (auto pending = requirePending(recordId); !pending)
        return pending.error();
    // Archive first: it deletes the file once the record no longer offers it. A crash between
    // the two steps leaves an archived record that listUndecided no longer offers.
    auto report
        = ModelStore(m_database)
              .archive({ recordId }, { { QStringLiteral("reason"), QStringLiteral("discarded") } });
    if (!report)
        return report.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    if (auto marked = TrainingRecordRepository(*db).setSaveState(
            recordId, TrainingRecord::SaveState::Pending, TrainingRecord::SaveState::Discarded);
        !marked)
        return marked.error();
    return report;
}

} // namespace modeldeck
