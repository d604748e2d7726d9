#include "JobProgressRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>
#include <cmath>

namespace modeldeck {

namespace {

const QStringList kProgressColumns = { QStringLiteral("job_id"),
                                       QStringLiteral("percentage"),
                                       QStringLiteral("current_step"),
                                       QStringLiteral("step_number"),
                                       QStringLiteral("total_steps"),
                                       QStringLiteral("step_percentage"),
                                       QStringLiteral("step_details"),
                                       QStringLiteral("started_at"),
                                       QStringLiteral("updated_at"),
                                       QStringLiteral("estimated_completion"),
                                       QStringLiteral("current_iteration"),
                                       QStringLiteral("total_iterations"),
                                       QStringLiteral("best_score"),
                                       QStringLiteral("current_score"),
                                       QStringLiteral("best_params"),
                                       QStringLiteral("is_complete"),
                                       QStringLiteral("error_message") };

// SQLite stores NaN as NULL, which a NOT NULL column refuses and a nullable one reads back
// as "unknown": say so explicitly instead.
QVariant optionalScore(const std::optional<double> &value)
{
    return nullableValue(value && std::isfinite(*value) ? value : std::nullopt);
}

double finiteOrZero(double value)
{
    return std::isfinite(value) ? value : 0.0;
}

} // namespace

JobProgressRepository::JobProgressRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Status JobProgressRepository::replace(const JobProgressRow &row)
{
    // Standard upsert (SQLite ≥ 3.24 and PostgreSQL): one row per job, replaced on each write.
    static const QString sql = []() -> QString {
        QStringList updates;
        for (const QString &column : kProgressColumns.mid(1))
            updates << column + QStringLiteral(" = excluded.") + column;
        return QStringLiteral("INSERT INTO training_progress (")
            + kProgressColumns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
            + QStringList(kProgressColumns.size(), QStringLiteral("?")).join(u',')
            + QStringLiteral(") ON CONFLICT (job_id) DO UPDATE SET ")
            + updates.join(QStringLiteral(", "));
    }();
    const QVariantList values = {
        row.jobId,
        finiteOrZero(row.percentage),
        nonNullText(row.currentStep),
        row.stepNumber,
        row.totalSteps,
        finiteOrZero(row.stepPercentage),
        nonNullText(row.stepDetails),
        optionalTime(row.startedAt),
        row.updatedAt.isValid() ? isoUtc(row.updatedAt) : nowIsoUtc(),
        optionalTime(row.estimatedCompletion),
        row.currentIteration,
        row.totalIterations,
        optionalScore(row.bestScore),
        optionalScore(row.currentScore),
        jsonText(row.bestParams),
        row.isComplete ? 1 : 0,
        optionalText(row.errorMessage),
    };
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(tr("Saving the progress of training job %1").arg(row.jobId), q);
    return {};
}

Status JobProgressRepository::write(const JobProgressRow &row)
{
    // The progress row and the job's heartbeat commit together: one transaction per report.
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto replaced = replace(row); !replaced)
        return replaced;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE training_jobs SET heartbeat_at = ? WHERE id = ? AND status = 'running'"));
    q.addBindValue(nowIsoUtc());
    q.addBindValue(row.jobId);
    if (!q.exec())
        return sqlError(tr("Recording the heartbeat of training job %1").arg(row.jobId), q);
    return tx.commit();
}

Result<std::optional<JobProgressRow>> JobProgressRepository::find(qint64 jobId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kProgressColumns.join(QStringLiteral(", "))
              + QStringLiteral(" FROM training_progress WHERE job_id = ?"));
    q.addBindValue(jobId);
    if (!q.exec())
        return sqlError(tr("Reading the progress of training job %1").arg(jobId), q);
    if (!q.next())
        return std::optional<JobProgressRow>();
    JobProgressRow row;
    row.jobId = q.value(0).toLongLong();
    row.percentage = q.value(1).toDouble();
    row.currentStep = q.value(2).toString();
    row.stepNumber = q.value(3).toInt();
    row.totalSteps = q.value(4).toInt();
    row.stepPercentage = q.value(5).toDouble();
    row.stepDetails = q.value(6).toString();
    row.startedAt = utcTimeFrom(q.value(7));
    row.updatedAt = utcTimeFrom(q.value(8));
    row.estimatedCompletion = utcTimeFrom(q.value(9));
    row.currentIteration = q.value(10).toInt();
    row.totalIterations = q.value(11).toInt();
    row.bestScore = optionalDouble(q.value(12));
    row.currentScore = optionalDouble(q.value(13));
    row.bestParams = jsonObjectFrom(q.value(14));
    row.isComplete = q.value(15).toInt() != 0;
    row.errorMessage = q.value(16).toString();
    return std::optional<JobProgressRow>(std::move(row));
}

} // namespace modeldeck
