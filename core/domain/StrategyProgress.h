#pragma once
// Progress of one strategy training (StrategyOptimizer, StrategyService::train), a small value
// passed to callbacks. In the training queue it rides along in TrainingProgress::strategy
// (queue/StrategyJob maps it onto the queue's four steps).

#include <QJsonObject>
#include <QString>
#include <optional>

namespace modeldeck {

struct StrategyProgress
{
    enum class Step { Data, Optimize, Validate, Save };
    Step step = Step::Data;
    double fraction = 0; // of the whole run, 0..1
    int iteration = 0; // in the current search
    int iterations = 0;
    int fold = 0; // during Validate, 1-based
    int folds = 0;
    std::optional<double> bestObjective; // of the current search
    std::optional<double> currentObjective;
    QJsonObject bestParams;

    static QString stepName(Step step); // "data", "optimize", "validate", "save"
};

} // namespace modeldeck
