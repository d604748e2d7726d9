#pragma once
// Something that needs a person's attention (drift found, repeated job failures, a stale active
// model), open until acknowledged (alerts).

#include <QDateTime>
#include <QString>

namespace modeldeck {

struct Alert
{
    qint64 id = 0;
    QString severity; // info | warning | critical
    // The registry model it is about; for job failures, the series and bot ("TCS.NS 1d lstm_bot").
    QString modelName;
    QString kind; // performance_drift | coverage_drift | input_drift | job_failures | stale_model
    QString message;
    QDateTime createdAt;
    QDateTime acknowledgedAt; // invalid while open
};

// Which alerts a list shows; empty texts do not filter.
struct AlertFilter
{
    bool includeAcknowledged = false;
    QString severity;
    QString kind;
    QString modelName;
    int limit = 500;
};

// What the status bar and the notifier poll.
struct AlertSummary
{
    int open = 0;
    qint64 newestId = 0; // of any alert, open or not; 0 when there are none
};

} // namespace modeldeck
