#include "TrainingRecordRepository.h"

#include "storage/Database.h"
#include "storage/ListQuery.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace modeldeck {

namespace {

const QString kColumns = QStringLiteral(
    "id, symbol, timeframe, bot_name, trained_at, training_duration_seconds, data_points, "
    "training_period, epochs, final_train_loss, final_val_loss, test_rmse, test_mae, model_path, "
    "model_size_mb, status, error_message, config, model_sha256, save_state");

TrainingRecord::Status statusFrom(const QVariant &v)
{
    // Database contents are input too: an unknown status reads as failed, not as a crash.
    return trainingStatusFromString(v.toString()).value_or(TrainingRecord::Status::Failed);
}

TrainingRecord::SaveState saveStateFrom(const QVariant &v)
{
    // An unknown value is treated as undecided: the user is asked rather than a file kept or
    // lost silently.
    if (v.isNull())
        return TrainingRecord::SaveState::None;
    for (auto s : { TrainingRecord::SaveState::Pending, TrainingRecord::SaveState::Saved,
                    TrainingRecord::SaveState::Discarded }) {
        if (toString(s) == v.toString())
            return s;
    }
    return TrainingRecord::SaveState::Pending;
}

QVariant saveStateValue(TrainingRecord::SaveState state)
{
    return state == TrainingRecord::SaveState::None ? nullText() : QVariant(toString(state));
}

TrainingRecord fromQuery(const QSqlQuery &q)
{
    TrainingRecord r;
    r.id = q.value(0).toLongLong();
    r.symbol = q.value(1).toString();
    r.timeframe = q.value(2).toString();
    r.bot = q.value(3).toString();
    r.trainedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    r.trainingDurationSeconds = q.value(5).toDouble();
    r.dataPoints = q.value(6).toLongLong();
    r.trainingPeriod = q.value(7).toString();
    r.epochs = q.value(8).toInt();
    r.finalTrainLoss = optionalDouble(q.value(9));
    r.finalValLoss = optionalDouble(q.value(10));
    r.testRmse = optionalDouble(q.value(11));
    r.testMae = optionalDouble(q.value(12));
    r.modelPath = q.value(13).toString();
    r.modelSizeMb = q.value(14).toDouble();
    r.status = statusFrom(q.value(15));
    r.errorMessage = q.value(16).toString();
    r.config = jsonObjectFrom(q.value(17));
    r.modelSha256 = q.value(18).toString();
    r.saveState = saveStateFrom(q.value(19));
    return r;
}

const QString kNewestFirst = QStringLiteral("trained_at DESC, id DESC");

ListQuery recordQuery(const QString &columns, const TrainingRecordFilter &filter)
{
    ListQuery query(QStringLiteral("SELECT ") + columns
                    + QStringLiteral(" FROM model_training_records"));
    query.equals("symbol", filter.symbol);
    query.equals("timeframe", filter.timeframe);
    query.equals("bot_name", filter.bot);
    if (filter.status)
        query.equals("status", toString(*filter.status));
    if (!filter.includeUndecided)
        query.where(QStringLiteral("(save_state IS NULL OR save_state <> 'pending')"));
    return query;
}

// Stored times are ISO-8601 UTC with milliseconds ("2024-05-01T10:00:00.000Z"). Reading them
// by hand is ~10× quicker than QDateTime::fromString, which matters for 100,000 cards; other
// spellings fall back to Qt's parser.
qint64 parseUtcMs(const QString &text)
{
    const auto digits = [&text](int from, int count, int &out) {
        out = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            out = out * 10 + int(c - u'0');
        }
        return true;
    };
    int y, mo, d, h, mi, s, ms;
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T'
        && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z'
        && digits(0, 4, y) && digits(5, 2, mo) && digits(8, 2, d) && digits(11, 2, h)
        && digits(14, 2, mi) && digits(17, 2, s) && digits(20, 3, ms)) {
        const QDate date(y, mo, d);
        if (date.isValid() && h < 24 && mi < 60 && s < 60)
            return (date.toJulianDay() - 2440588) * 86'400'000 + ((h * 60 + mi) * 60 + s) * 1000LL
                + ms;
        return 0;
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toMSecsSinceEpoch() : 0;
}

} // namespace

TrainingRecordRepository::TrainingRecordRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Result<qint64> TrainingRecordRepository::insert(const TrainingRecord &r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO model_training_records (symbol, timeframe, bot_name, trained_at, "
        "training_duration_seconds, data_points, training_period, epochs, final_train_loss, "
        "final_val_loss, test_rmse, test_mae, model_path, model_size_mb, status, error_message, "
        "config, "
        "model_sha256, save_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    q.addBindValue(r.symbol);
    q.addBindValue(r.timeframe);
    q.addBindValue(r.bot);
    q.addBindValue(isoUtc(r.trainedAt));
    q.addBindValue(r.trainingDurationSeconds);
    q.addBindValue(r.dataPoints);
    q.addBindValue(nonNullText(r.trainingPeriod));
    q.addBindValue(r.epochs);
    q.addBindValue(nullableValue(r.finalTrainLoss));
    q.addBindValue(nullableValue(r.finalValLoss));
    q.addBindValue(nullableValue(r.testRmse));
    q.addBindValue(nullableValue(r.testMae));
    q.addBindValue(optionalText(r.modelPath));
    q.addBindValue(r.modelSizeMb);
    q.addBindValue(toString(r.status));
    q.addBindValue(optionalText(r.errorMessage));
    q.addBindValue(jsonText(r.config));
    q.addBindValue(optionalText(r.modelSha256));
    q.addBindValue(saveStateValue(r.saveState));
    if (!q.exec())
        return sqlError(tr("Saving the training record"), q);
    return q.lastInsertId().toLongLong();
}

Result<std::optional<TrainingRecord>> TrainingRecordRepository::find(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM model_training_records WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Reading training record %1").arg(id), q);
    if (!q.next())
        return std::optional<TrainingRecord>();
    return std::optional<TrainingRecord>(fromQuery(q));
}

Result<QHash<qint64, TrainingRecordRepository::TestMetrics>>
TrainingRecordRepository::testMetrics(const std::vector<qint64> &ids)
{
    constexpr size_t kChunk = 500; // well under SQLite's bound-parameter limit
    QHash<qint64, TestMetrics> metrics;
    for (size_t start = 0; start < ids.size(); start += kChunk) {
        const size_t count = std::min(kChunk, ids.size() - start);
        QStringList marks(qsizetype(count), QStringLiteral("?"));
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id, test_rmse, test_mae FROM model_training_records "
                                 "WHERE id IN (%1)")
                      .arg(marks.join(u',')));
        for (size_t i = start; i < start + count; ++i)
            q.addBindValue(ids[i]);
        if (!q.exec())
            return sqlError(tr("Reading test metrics of training records"), q);
        while (q.next()) {
            metrics.insert(q.value(0).toLongLong(),
                           TestMetrics { optionalDouble(q.value(1)), optionalDouble(q.value(2)) });
        }
    }
    return metrics;
}

Result<std::vector<TrainingRecord>>
TrainingRecordRepository::list(const TrainingRecordFilter &filter)
{
    auto q = recordQuery(kColumns, filter)
                 .exec(m_db, kNewestFirst, filter.limit, tr("Listing training records"));
    if (!q)
        return q.error();
    std::vector<TrainingRecord> records;
    while (q->next())
        records.push_back(fromQuery(*q));
    return records;
}

Result<std::vector<TrainingRecordSummary>>
TrainingRecordRepository::listSummaries(const TrainingRecordFilter &filter)
{
    const QString columns
        = QStringLiteral(
              "id, symbol, timeframe, bot_name, trained_at, data_points, training_period, "
              "epochs, test_rmse, test_mae, model_size_mb, status, error_message, ")
        + SqlDialect::of(m_db).jsonNumber(QStringLiteral("config"),
                                          QStringLiteral("metrics.skill"));
    // Without a limit, a plain table scan sorted here beats walking the trained_at index,
    // which visits the rows in random order (measured: ~40 % of the query on 100,000 rows).
    const bool sortHere = filter.limit < 0;
    auto found = recordQuery(columns, filter)
                     .exec(m_db, sortHere ? QString() : kNewestFirst, filter.limit,
                           tr("Listing training records"));
    if (!found)
        return found.error();
    QSqlQuery &q = *found;
    std::vector<TrainingRecordSummary> summaries;
    while (q.next()) {
        TrainingRecordSummary r;
        r.id = q.value(0).toLongLong();
        r.symbol = q.value(1).toString();
        r.timeframe = q.value(2).toString();
        r.bot = q.value(3).toString();
        r.trainedAtMs = parseUtcMs(q.value(4).toString());
        r.dataPoints = q.value(5).toLongLong();
        r.trainingPeriod = q.value(6).toString();
        r.epochs = q.value(7).toInt();
        r.testRmse = optionalDouble(q.value(8));
        r.testMae = optionalDouble(q.value(9));
        r.modelSizeMb = q.value(10).toDouble();
        r.status = statusFrom(q.value(11));
        r.errorMessage = q.value(12).toString();
        r.skill = optionalDouble(q.value(13));
        summaries.push_back(std::move(r));
    }
    if (sortHere) {
        std::sort(summaries.begin(), summaries.end(),
                  [](const TrainingRecordSummary &a, const TrainingRecordSummary &b) {
                      return a.trainedAtMs != b.trainedAtMs ? a.trainedAtMs > b.trainedAtMs
                                                            : a.id > b.id;
                  });
    }
    return summaries;
}

Result<std::vector<TrainingRecordSummary>> TrainingRecordRepository::listStale(qint64 cutoffMs)
{
    TrainingRecordFilter filter;
    filter.status = TrainingRecord::Status::Active;
    auto records = listSummaries(filter);
    if (!records)
        return records.error();
    std::erase_if(*records, [cutoffMs](const TrainingRecordSummary &r) {
        return r.trainedAtMs <= 0 || r.trainedAtMs >= cutoffMs;
    });
    return records;
}

Status TrainingRecordRepository::setStatus(qint64 id, TrainingRecord::Status status,
                                           const QString &errorMessage)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE model_training_records SET status = ?, error_message = ? WHERE id = ?"));
    q.addBindValue(toString(status));
    q.addBindValue(optionalText(errorMessage));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Updating training record %1").arg(id), q);
    if (q.numRowsAffected() == 0)
        return Error { tr("There is no training record %1.").arg(id) };
    return {};
}

namespace {

const QString kFileRefColumns = QStringLiteral("id, status, model_path, model_size_mb");

TrainingRecordRepository::ModelFileRef fileRefFrom(const QSqlQuery &q)
{
    return { q.value(0).toLongLong(), statusFrom(q.value(1)), q.value(2).toString(),
             q.value(3).toDouble() };
}

} // namespace

Result<std::vector<TrainingRecordRepository::ModelFileRef>> TrainingRecordRepository::modelFiles()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT ") + kFileRefColumns
            + QStringLiteral(
                " FROM model_training_records WHERE model_path IS NOT NULL AND model_path <> ''")))
        return sqlError(tr("Listing model files"), q);
    std::vector<ModelFileRef> refs;
    while (q.next())
        refs.push_back(fileRefFrom(q));
    return refs;
}

Result<std::vector<TrainingRecordRepository::ModelFileRef>>
TrainingRecordRepository::fileRefs(const TrainingRecordFilter &filter)
{
    auto q = recordQuery(kFileRefColumns, filter)
                 .exec(m_db, kNewestFirst, filter.limit, tr("Listing model files"));
    if (!q)
        return q.error();
    std::vector<ModelFileRef> refs;
    while (q->next())
        refs.push_back(fileRefFrom(*q));
    return refs;
}

Result<std::optional<TrainingRecordRepository::ModelFileRef>>
TrainingRecordRepository::fileRef(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kFileRefColumns
              + QStringLiteral(" FROM model_training_records WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(tr("Reading training record %1").arg(id), q);
    if (!q.next())
        return std::optional<ModelFileRef>();
    return std::optional<ModelFileRef>(fileRefFrom(q));
}

Status TrainingRecordRepository::markArchived(const std::vector<qint64> &ids)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE model_training_records SET status = 'archived' WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(tr("Archiving training record %1").arg(id), q);
    }
    return {};
}

Result<std::vector<TrainingRecord>> TrainingRecordRepository::listUndecided()
{
    {
        WriteTransaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral(
                "UPDATE model_training_records SET save_state = 'saved' "
                "WHERE save_state = 'pending' AND id IN "
                "(SELECT training_record_id FROM ml_models WHERE training_record_id IS NOT NULL)")))
            return sqlError(tr("Tidying undecided training results"), q);
        if (auto committed = tx.commit(); !committed)
            return committed.error();
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(
                " FROM model_training_records WHERE save_state = 'pending' AND status = 'active' "
                "AND model_path IS NOT NULL AND model_path <> '' ORDER BY trained_at, id")))
        return sqlError(tr("Listing undecided training results"), q);
    std::vector<TrainingRecord> records;
    while (q.next())
        records.push_back(fromQuery(q));
    return records;
}

Status TrainingRecordRepository::setSaveState(qint64 id, TrainingRecord::SaveState from,
                                              TrainingRecord::SaveState to)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE model_training_records SET save_state = ? WHERE id = ? AND ")
              + (from == TrainingRecord::SaveState::None ? QStringLiteral("save_state IS NULL")
                                                         : QStringLiteral("save_state = ?")));
    q.addBindValue(saveStateValue(to));
    q.addBindValue(id);
    if (from != TrainingRecord::SaveState::None)
        q.addBindValue(toString(from));
    if (!q.exec())
        return sqlError(tr("Recording the decision on training record %1").arg(id), q);
    if (q.numRowsAffected() == 0)
        return Error {
            tr("Training record %1 is not waiting for this decision any more.").arg(id)
        };
    return {};
}

} // namespace modeldeck
