#include "TrainingJob.h"

#include "util/JsonText.h"

#include <QJsonDocument>

namespace modeldeck {

namespace {

// Fields are joined with '|'; escaping '\' and '|' inside them keeps the key unambiguous
// ("A|B" + "C" must not equal "A" + "B|C"). The params JSON comes last and needs no escaping.
QString escapedField(const QString &field)
{
    QString escaped = field;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'|', QStringLiteral("\\|"));
    return escaped;
}

} // namespace

QString toString(JobStatus status)
{
    // These strings are stored in training_jobs.status (and its CHECK constraint): never change
    // them.
    switch (status) {
    case JobStatus::Pending:
        return QStringLiteral("pending");
    case JobStatus::Running:
        return QStringLiteral("running");
    case JobStatus::Completed:
        return QStringLiteral("completed");
    case JobStatus::Failed:
        return QStringLiteral("failed");
    case JobStatus::Cancelled:
        return QStringLiteral("cancelled");
    case JobStatus::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

std::optional<JobStatus> jobStatusFromString(const QString &text)
{
    for (auto s : { JobStatus::Pending, JobStatus::Running, JobStatus::Completed, JobStatus::Failed,
                    JobStatus::Cancelled, JobStatus::Interrupted }) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

QString JobSpec::dedupKey() const
{
    // The params part is canonical: QJsonObject keeps its keys sorted (at every nesting level)
    // and QJsonDocument::Compact writes no white space, so {"b":1,"a":2} and {"a":2,"b":1} give
    // the same text. Numbers are doubles, so 1 and 1.0 are the same too. Priority, retries and
    // retrainOf are deliberately left out: they say how to run a job, not what it trains.
    // Manual is not: the user waits for that result and decides on it, so it must not be
    // absorbed into an auto job that records silently, nor absorb one. Auto keys keep the
    // spelling they had before manual jobs existed, so rows already queued still match.
    const QString canonicalParams = compactJson(params);
    return escapedField(symbol) + u'|' + escapedField(timeframe) + u'|' + escapedField(bot) + u'|'
        + QString::number(horizon) + u'|' + canonicalParams
        + (manual ? QStringLiteral("|manual") : QString())
        + (search.isEmpty() ? QString() : QStringLiteral("|search:") + compactJson(search))
        + (strategy.isEmpty() ? QString() : QStringLiteral("|strategy:") + compactJson(strategy));
}

} // namespace modeldeck
