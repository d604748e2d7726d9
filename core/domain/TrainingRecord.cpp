#include "domain/TrainingRecord.h"

namespace modeldeck {

QString toString(TrainingRecord::Status status)
{
    switch (status) {
    case TrainingRecord::Status::Active:
        return QStringLiteral("active");
    case TrainingRecord::Status::Archived:
        return QStringLiteral("archived");
    case TrainingRecord::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString toString(TrainingRecord::SaveState state)
{
    switch (state) {
    case TrainingRecord::SaveState::None:
        return {};
    case TrainingRecord::SaveState::Pending:
        return QStringLiteral("pending");
    case TrainingRecord::SaveState::Saved:
        return QStringLiteral("saved");
    case TrainingRecord::SaveState::Discarded:
        return QStringLiteral("discarded");
    }
    return {};
}

std::optional<TrainingRecord::Status> trainingStatusFromString(const QString &text)
{
    for (auto s : { TrainingRecord::Status::Active, TrainingRecord::Status::Archived,
                    TrainingRecord::Status::Failed }) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

} // namespace modeldeck
