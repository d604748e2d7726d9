#pragma once
// The user's decision on a manual training result (a record with save state pending): Save
// registers it under a new, unique name and marks it saved; Discard archives it and deletes
// its model file. Undecided results survive a crash and are offered again at the next start
// (listUndecided), so a result is never lost nor left as a file nobody decided on.

#include "domain/TrainingRecord.h"
#include "modeldeck_core_export.h"
#include "services/ModelRegistry.h"
#include "services/ModelStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace modeldeck {

class Database;

// A result to decide on, with the names a new model must not take.
struct UndecidedResult
{
    TrainingRecord record;
    QStringList takenNames;
};

class MODELDECK_CORE_EXPORT ManualResults
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::ManualResults)
public:
    explicit ManualResults(const Database &database);

    // Oldest first; see TrainingRecordRepository::listUndecided.
    Result<std::vector<TrainingRecord>> undecided() const;
    // The record of `recordId` when it still awaits a decision (empty otherwise), with the
    // model names in use.
    Result<std::optional<UndecidedResult>> load(qint64 recordId) const;
    Result<QStringList> takenNames() const;

    // Refuses a name any model already has (a manual save makes a new model, never a new
    // version of someone else's), and a record that is not pending.
    Result<RegisteredModel> save(const SaveModelRequest &request) const;
    Result<ArchiveReport> discard(qint64 recordId) const;

private:
    // The record while it awaits a decision (active and pending); empty otherwise.
    Result<std::optional<TrainingRecord>> findPending(qint64 recordId) const;
    Status requirePending(qint64 recordId) const;

    const Database &m_database;
};

} // namespace modeldeck
