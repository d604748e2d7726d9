#include "queue/JobText.h"

#include <QLocale>
#include <cmath>

namespace modeldeck {

namespace {

QString orUnknown(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("?") : text;
}

} // namespace

QString JobText::title(const JobSpec &spec)
{
    const QString title = tr("%1 · %2 · %3")
                              .arg(orUnknown(spec.symbol), orUnknown(spec.timeframe),
                                   orUnknown(spec.isStrategy() ? bot(spec) : spec.bot));
    // Manual jobs end in a Save dialog: the queue says which ones will ask.
    return spec.manual ? tr("%1 · manual").arg(title) : title;
}

QString JobText::bot(const JobSpec &spec)
{
    if (spec.isStrategy())
        return tr("%1 · strategy").arg(spec.bot);
    return spec.search.isEmpty() ? spec.bot : tr("%1 · search").arg(spec.bot);
}

QString JobText::status(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return tr("Waiting");
    case JobStatus::Running:
        return tr("Running");
    case JobStatus::Completed:
        return tr("Completed");
    case JobStatus::Failed:
        return tr("Failed");
    case JobStatus::Cancelled:
        return tr("Cancelled");
    case JobStatus::Interrupted:
        return tr("Interrupted");
    }
    return tr("Unknown");
}

QString JobText::state(TrainingQueue::State state)
{
    switch (state) {
    case TrainingQueue::State::Idle:
        return tr("Idle");
    case TrainingQueue::State::Running:
        return tr("Running");
    case TrainingQueue::State::Paused:
        return tr("Paused");
    case TrainingQueue::State::Stopping:
        return tr("Stopping");
    }
    return tr("Unknown");
}

QString JobText::duration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString JobText::eta(double seconds)
{
    if (seconds < 0 || !std::isfinite(seconds))
        return tr("estimating…");
    if (seconds < 60)
        return tr("less than a minute left");
    const qint64 minutes = qint64(std::lround(seconds / 60));
    if (minutes < 90)
        return tr("about %n min left", nullptr, int(minutes));
    return tr("about %1 h %2 min left").arg(minutes / 60).arg(minutes % 60);
}

QString JobText::number(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    return QLocale().toString(value, 'g', 4);
}

QString JobText::retrainReason(const JobSpec &spec)
{
    if (spec.trigger.isEmpty())
        return {};
    const QString trigger = spec.trigger == u"drift" ? tr("drift")
        : spec.trigger == u"scheduled"               ? tr("scheduled")
                                                     : tr("manual");
    return spec.reason.isEmpty() ? tr("Retrain (%1)").arg(trigger)
                                 : tr("Retrain (%1): %2").arg(trigger, spec.reason);
}

} // namespace modeldeck
