#pragma once
// How jobs, statuses, durations and queue states read in the queue widgets: one wording for
// the panel, the pending list, the history and the controls.

#include "domain/TrainingJob.h"
#include "queue/TrainingQueue.h"

#include <QCoreApplication>
#include <QString>

namespace modeldeck {

class JobText
{
    Q_DECLARE_TR_FUNCTIONS(modeldeck::JobText)
public:
    // "RELIANCE.NS · 5m · lstm_bot" (manual jobs: "… · manual"; strategy training:
    // "… · ma_crossover · strategy"); hostile rows with empty fields read "?".
    static QString title(const JobSpec &spec);
    static QString status(JobStatus status);
    // The bot column of the job lists: "lstm_bot", "lstm_bot · search" for a search, which
    // otherwise reads like any job, or "ma_crossover · strategy" for a strategy training.
    static QString bot(const JobSpec &spec);
    // Why a retrain was queued: "Retrain (drift): Live RMSE …", "Retrain (scheduled)"; empty
    // for other jobs.
    static QString retrainReason(const JobSpec &spec);
    static QString state(TrainingQueue::State state);
    // "45 s", "3 min 05 s", "2 h 10 min"; negative: empty.
    static QString duration(qint64 seconds);
    // "estimating…" while seconds < 0, then "about 3 min left" / "less than a minute left".
    static QString eta(double seconds);
    // A loss or score for display: 4 significant digits, "–" when unknown.
    static QString number(double value);
};

} // namespace modeldeck
