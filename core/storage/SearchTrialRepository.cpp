#include "SearchTrialRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <cmath>

namespace modeldeck {

namespace {

QJsonArray curveJson(const std::vector<double> &curve)
{
    QJsonArray array;
    for (double value : curve)
        array.append(std::isfinite(value) ? QJsonValue(value) : QJsonValue());
    return array;
}

std::vector<double> curveFrom(const QVariant &value)
{
    std::vector<double> curve;
    const QJsonArray array = QJsonDocument::fromJson(value.toByteArray()).array();
    curve.reserve(size_t(array.size()));
    for (const QJsonValue &v : array)
        curve.push_back(v.isDouble() ? v.toDouble() : std::nan(""));
    return curve;
}

} // namespace

SearchTrialRepository::SearchTrialRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Status SearchTrialRepository::record(qint64 jobId, const SearchTrial &trial)
{
    if (trial.state == SearchTrial::State::Running || trial.number < 1)
        return Error { tr("Internal error: only a finished, numbered trial can be recorded.") };
    const QVariant score = trial.score && std::isfinite(*trial.score)
        ? QVariant(*trial.score)
        : QVariant(QMetaType::fromType<double>());
    BusyRetryOptions retry;
    retry.what = tr("Recording trial %1 of search job %2").arg(trial.number).arg(jobId);
    return withBusyRetry(
        m_db,
        [&]() -> Status {
            const auto written = writeStatement(
                m_db,
                QStringLiteral(
                    "INSERT OR REPLACE INTO search_trials (job_id, trial_number, params, "
                    "score, status, duration_seconds, curve, details, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { jobId, trial.number, jsonText(trial.params), score,
                  SearchTrial::stateName(trial.state), std::max(0.0, trial.durationSeconds),
                  jsonText(curveJson(trial.curve)), jsonText(trial.details), nowIsoUtc() },
                retry.what);
            return written ? Status() : Status(written.error());
        },
        retry);
}

Result<std::vector<SearchTrial>> SearchTrialRepository::forJob(qint64 jobId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT trial_number, params, score, status, duration_seconds, "
                             "curve, details FROM search_trials WHERE job_id = ? "
                             "ORDER BY trial_number"));
    q.addBindValue(jobId);
    if (!q.exec())
        return sqlError(tr("Reading the trials of search job %1").arg(jobId), q);
    std::vector<SearchTrial> trials;
    while (q.next()) {
        const auto state = SearchTrial::stateFromName(q.value(3).toString());
        if (!state || *state == SearchTrial::State::Running || q.value(0).toInt() < 1)
            continue;
        SearchTrial t;
        t.number = q.value(0).toInt();
        t.params = jsonObjectFrom(q.value(1));
        if (!q.value(2).isNull() && std::isfinite(q.value(2).toDouble()))
            t.score = q.value(2).toDouble();
        t.state = *state;
        t.durationSeconds = q.value(4).toDouble();
        t.curve = curveFrom(q.value(5));
        t.details = jsonObjectFrom(q.value(6));
        trials.push_back(std::move(t));
    }
    return trials;
}

} // namespace modeldeck
