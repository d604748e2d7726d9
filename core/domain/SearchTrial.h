#pragma once
// One trial of a hyperparameter search: the configuration it tried and how it scored. Scores
// are losses (lower is better): the negated deployed validation skill. Torch-free.

#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace modeldeck {

struct SearchTrial
{
    enum class State { Complete, Pruned, Failed, Running };

    int number = 0; // 1-based, in the order the trials were started
    QJsonObject params; // the sampled point, merged over the job's own params to train
    std::optional<double> score; // none for a failed or running trial
    State state = State::Running;
    double durationSeconds = 0;
    std::vector<double> curve {}; // validation loss per epoch, what the pruning rule compares
    QJsonObject details {}; // the trial's metrics, or {"error": …} for a failed trial

    static QString stateName(State state); // "complete", "pruned", "failed", "running"
    static std::optional<State> stateFromName(const QString &name);
};

inline QString SearchTrial::stateName(State state)
{
    switch (state) {
    case State::Complete:
        return QStringLiteral("complete");
    case State::Pruned:
        return QStringLiteral("pruned");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Running:
        break;
    }
    return QStringLiteral("running");
}

inline std::optional<SearchTrial::State> SearchTrial::stateFromName(const QString &name)
{
    for (State s : { State::Complete, State::Pruned, State::Failed, State::Running }) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace modeldeck
