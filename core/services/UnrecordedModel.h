#pragma once
// A trained model whose record could not be written (the workspace database stayed locked, or
// failed) is not thrown away: its file moves out of models/ (where start-up clean-up removes
// files no record names) to <workspace>/unrecorded-models/, with a JSON file beside it holding
// the record that could not be written (symbol, timeframe, bot, SHA-256, configuration with the
// fitted scalers, metrics), so nothing of the run is lost.

#include "domain/TrainingRecord.h"

#include <QString>

namespace modeldeck {

class Database;

struct UnrecordedModel
{
    static constexpr const char *kDirName = "unrecorded-models";

    // Moves `modelFile` (absolute) to unrecorded-models/ as SYMBOL-TF-bot-time-id.pt and writes
    // the .json beside it. Returns where the model is now: the new path, or the old one when it
    // could not be moved (it is then left where it was).
    static QString keep(const Database &database, const QString &modelFile,
                        const TrainingRecord &record, const QString &reason);
};

} // namespace modeldeck
