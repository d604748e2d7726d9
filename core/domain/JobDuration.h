#pragma once
// How long a finished training job took, as the retrain ETA (queue/RetrainEta) learns from it.

#include <QString>

namespace modeldeck {

struct PastJobDuration
{
    QString bot;
    QString timeframe;
    double seconds = 0;
};

} // namespace modeldeck
