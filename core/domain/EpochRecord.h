#pragma once
// The losses of one training epoch, as stored in training_epochs.

#include <QtGlobal>

namespace modeldeck {

struct EpochRecord
{
    int epoch = 0; // 1-based
    double trainLoss = 0;
    double valLoss = 0;
    double learningRate = 0;
    qint64 durationMs = 0;
};

} // namespace modeldeck
