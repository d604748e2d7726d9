#include "cards/RecordDetailsPane.h"

#include "cards/RecordListModel.h"
#include "common/EmptyStateStack.h"
#include "common/Guarded.h"
#include "common/ImportanceChart.h"
#include "common/InlineMessage.h"
#include "common/LossChart.h"
#include "common/SkillWarning.h"
#include "domain/EpochRecord.h"
#include "session/WorkspaceSession.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <cmath>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

namespace {

// Marks a metrics-table value painted in the warning colour (re-coloured on a palette change).
constexpr int kWarningRole = Qt::UserRole + 1;

QString number(double value)
{
    return std::isfinite(value) ? QLocale().toString(value, 'g', 6) : QStringLiteral("—");
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? number(*value) : QStringLiteral("—");
}

// Names for what the training engine stores in config.metrics (core/training/Metrics.h).
QString metricName(const QString &key)
{
    static const QHash<QString, const char *> names {
        { QStringLiteral("rmse"),
          QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane", "RMSE (test)") },
        { QStringLiteral("mae"), QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane", "MAE (test)") },
        { QStringLiteral("mape"), QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane", "MAPE %") },
        { QStringLiteral("smape"), QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane", "sMAPE %") },
        { QStringLiteral("mase"), QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane", "MASE") },
        { QStringLiteral("r2"), QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane", "R²") },
        { QStringLiteral("directional_accuracy"),
          QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane", "Directional accuracy") },
        { QStringLiteral("naive_rmse"),
          QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane", "RMSE of the naive forecast") },
        { QStringLiteral("skill"),
          QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane", "Skill vs naive") },
        { QStringLiteral("count"),
          QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane", "Test samples") },
        // The deployed forecast blends the model (a network or trees) with persistence
        // (docs/forecasting.md).
        { QStringLiteral("raw_skill"),
          QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane", "Skill of the model alone") },
        { QStringLiteral("raw_rmse"),
          QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane", "RMSE of the model alone") },
        { QStringLiteral("validation_skill"),
          QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane", "Skill vs naive (validation)") },
        { QStringLiteral("raw_validation_skill"),
          QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane",
                            "Skill of the model alone (validation)") },
        { QStringLiteral("model_weight"),
          QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane",
                            "Weight of the model vs the last close") },
        { QStringLiteral("blend_evidence"),
          QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane",
                            "Evidence the model helps (validation, σ)") },
        { QStringLiteral("coverage_80"),
          QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane", "80 % interval coverage (test)") },
        { QStringLiteral("coverage_95"),
          QT_TRANSLATE_NOOP("modeldeck::RecordDetailsPane", "95 % interval coverage (test)") },
    };
    const char *name = names.value(key);
    return name ? RecordDetailsPane::tr(name) : key;
}

QString jsonScalar(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return number(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

void addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent, { key, jsonScalar(value) });
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addJson(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        item->setText(1, RecordDetailsPane::tr("%n item(s)", nullptr, int(array.size())));
        for (qsizetype i = 0; i < array.size(); ++i)
            addJson(item, QString::number(i), array.at(i));
    }
}

// The status its card shows (Active or Stale by age, as on the cards).
RecordListModel::CardStatus cardStatusOf(const TrainingRecord &r)
{
    TrainingRecordSummary s;
    s.status = r.status;
    s.trainedAtMs = r.trainedAt.isValid() ? r.trainedAt.toMSecsSinceEpoch() : 0;
    return RecordListModel::statusOf(s, QDateTime::currentMSecsSinceEpoch(),
                                     qint64(RecordListModel::staleHoursSetting() * 3'600'000));
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

} // namespace

RecordDetailsPane::RecordDetailsPane(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(content);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout->addWidget(m_title);
    m_skillWarning = new InlineMessage(content);
    contentLayout->addWidget(m_skillWarning);
    m_tabs = new QTabWidget(content);
    m_metrics = makeTable({ tr("Metric"), tr("Value") }, m_tabs);
    m_metrics->setAccessibleName(tr("Metrics"));
    m_tabs->addTab(m_metrics, tr("&Metrics"));
    m_chart = new LossChart(m_tabs);
    m_chart->setEmptyText(tr("No epochs recorded"));
    m_chart->setAccessibleName(tr("Loss curve"));
    m_chart->setMinimumHeight(200);
    m_tabs->addTab(m_chart, tr("&Loss curve"));
    m_epochs = makeTable({ tr("Epoch"), tr("Training loss"), tr("Validation loss"),
                           tr("Learning rate"), tr("Duration") },
                         m_tabs);
    m_epochs->setAccessibleName(tr("Epochs"));
    m_tabs->addTab(m_epochs, tr("&Epochs"));
    m_importance = new ImportanceChart(m_tabs);
    m_tabs->addTab(m_importance, tr("Feature &importance"));
    m_config = new QTreeWidget(m_tabs);
    m_config->setHeaderLabels({ tr("Setting"), tr("Value") });
    m_config->setAccessibleName(tr("Configuration"));
    m_tabs->addTab(m_config, tr("&Configuration"));
    contentLayout->addWidget(m_tabs);
    m_stack = new EmptyStateStack(content, this);
    m_stack->emptyLabel()->setMargin(12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setAccessibleName(tr("Model details"));
    showNothing();
}

void RecordDetailsPane::showMessage(const QString &text)
{
    m_stack->setEmptyText(text);
    m_stack->setContentShown(false);
}

void RecordDetailsPane::showNothing()
{
    ++m_request; // results still loading are dropped
    m_recordId = 0;
    showMessage(
        tr("Select a model card to see its metrics, loss curve, epochs and configuration."));
}

QCoro::Task<> RecordDetailsPane::showRecord(qint64 recordId)
{
    const int request = ++m_request;
    m_recordId = recordId;
    if (!m_session || !m_session->isOpen()) {
        showMessage(tr("No workspace is open."));
        co_return;
    }
    showMessage(tr("Loading…"));
    auto loading = guarded(this, m_session->records().details(recordId));
    auto details = co_await loading;
    if (!details || request != m_request)
        co_return;
    Loaded result;
    if (*details) {
        result.record = std::move((*details)->record);
        result.epochs = std::move((*details)->epochs);
        result.error = (*details)->epochsError;
    } else {
        result.error = details->error().toString();
    }
    populate(result);
    Q_EMIT loaded(recordId);
}

void RecordDetailsPane::populate(const Loaded &result)
{
    if (!result.record) {
        showMessage(result.error.isEmpty()
                        ? tr("This training record no longer exists.")
                        : tr("The record could not be read: %1").arg(result.error));
        return;
    }
    const TrainingRecord &r = *result.record;
    m_title->setText(
        QStringLiteral("<b>%1</b> · %2 · %3")
            .arg(r.bot.toHtmlEscaped(), r.symbol.toHtmlEscaped(), r.timeframe.toHtmlEscaped()));
    const QString warning
        = SkillWarning::text(r.config.value(QStringLiteral("metrics")).toObject());
    if (warning.isEmpty())
        m_skillWarning->clearMessage();
    else
        m_skillWarning->showMessage(InlineMessage::Kind::Warning, warning);
    fillMetrics(r);
    if (!result.error.isEmpty()) {
        const int row = m_metrics->rowCount();
        m_metrics->insertRow(row);
        m_metrics->setItem(row, 0, new QTableWidgetItem(tr("Epochs")));
        m_metrics->setItem(row, 1,
                           new QTableWidgetItem(tr("could not be read: %1").arg(result.error)));
    }
    fillEpochs(result.epochs);
    m_chart->setSeries(result.epochs);
    const QJsonArray importance = r.config.value(QStringLiteral("feature_importance")).toArray();
    m_importance->setImportance(importance);
    m_tabs->setTabVisible(m_tabs->indexOf(m_importance), !importance.isEmpty());
    m_config->clear();
    for (auto it = r.config.begin(); it != r.config.end(); ++it)
        addJson(m_config->invisibleRootItem(), it.key(), it.value());
    m_config->expandToDepth(0);
    m_config->resizeColumnToContents(0);
    m_stack->setContentShown(true);
}

void RecordDetailsPane::fillMetrics(const TrainingRecord &r)
{
    const QLocale locale;
    QList<QPair<QString, QString>> rows {
        { tr("Status"), RecordListModel::statusText(cardStatusOf(r)) },
        { tr("Trained at"),
          r.trainedAt.isValid() ? locale.toString(r.trainedAt.toLocalTime(), QLocale::LongFormat)
                                : QStringLiteral("—") },
        { tr("Training time"), tr("%1 s").arg(locale.toString(r.trainingDurationSeconds, 'f', 1)) },
        { tr("Data points"), locale.toString(r.dataPoints) },
        { tr("Training period"),
          r.trainingPeriod.isEmpty() ? QStringLiteral("—") : r.trainingPeriod },
        { tr("Epochs"), locale.toString(r.epochs) },
        { tr("Final training loss"), optionalNumber(r.finalTrainLoss) },
        { tr("Final validation loss"), optionalNumber(r.finalValLoss) },
        { tr("Test RMSE"), optionalNumber(r.testRmse) },
        { tr("Test MAE"), optionalNumber(r.testMae) },
    };
    const QJsonObject metrics = r.config.value(QStringLiteral("metrics")).toObject();
    const QString warning = SkillWarning::text(metrics);
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        if (it.key() != QLatin1StringView("rmse") && it.key() != QLatin1StringView("mae"))
            rows.append({ metricName(it.key()), jsonScalar(it.value()) });
    }
    if (r.config.contains(QStringLiteral("best_epoch")))
        rows.append({ tr("Best epoch"), jsonScalar(r.config.value(QStringLiteral("best_epoch"))) });
    rows.append({ tr("Model size"), tr("%1 MB").arg(locale.toString(r.modelSizeMb, 'f', 2)) });
    rows.append({ tr("Model file"), r.modelPath.isEmpty() ? QStringLiteral("—") : r.modelPath });
    rows.append({ tr("SHA-256"), r.modelSha256.isEmpty() ? QStringLiteral("—") : r.modelSha256 });
    if (!r.errorMessage.isEmpty())
        rows.append({ tr("Error"), r.errorMessage });

    m_metrics->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_metrics->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        auto *value = new QTableWidgetItem(rows[i].second);
        value->setToolTip(rows[i].second);
        // The skill row of a model worse than naive: coloured, and its tooltip says why.
        if (!warning.isEmpty() && rows[i].first == metricName(QStringLiteral("skill"))) {
            value->setData(kWarningRole, true);
            value->setToolTip(warning);
            QFont bold = value->font();
            bold.setBold(true);
            value->setFont(bold);
        }
        m_metrics->setItem(i, 1, value);
    }
    colorWarnings();
    m_metrics->resizeColumnToContents(0);
}

void RecordDetailsPane::colorWarnings()
{
    // The pane's palette: on a palette change the table's own is updated only after the pane's.
    const QColor color = SkillWarning::textColor(palette());
    for (int row = 0; row < m_metrics->rowCount(); ++row) {
        if (QTableWidgetItem *item = m_metrics->item(row, 1);
            item && item->data(kWarningRole).toBool())
            item->setForeground(color);
    }
}

void RecordDetailsPane::fillEpochs(const std::vector<EpochRecord> &epochs)
{
    const QLocale locale;
    m_epochs->setRowCount(int(epochs.size()));
    for (int i = 0; i < int(epochs.size()); ++i) {
        const EpochRecord &e = epochs[size_t(i)];
        const QStringList cells { QString::number(e.epoch), number(e.trainLoss), number(e.valLoss),
                                  number(e.learningRate),
                                  tr("%1 ms").arg(locale.toString(e.durationMs)) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_epochs->setItem(i, c, item);
        }
    }
}

void RecordDetailsPane::changeEvent(QEvent *event)
{
    // The warning hue follows the palette (light/dark switch while a record is shown); the
    // chart follows it by itself.
    if (event->type() == QEvent::PaletteChange && m_stack && m_stack->isContentShown())
        colorWarnings();
    QWidget::changeEvent(event);
}

} // namespace modeldeck
