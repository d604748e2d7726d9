#include "predictions/PredictionsPage.h"

#include "common/Guarded.h"
#include "common/InlineMessage.h"
#include "domain/MarketData.h"
#include "predictions/LiveAccuracyChart.h"
#include "predictions/PredictionChart.h"
#include "predictions/PredictionHistoryView.h"
#include "predictions/PredictionPicker.h"
#include "predictions/PredictionResultPanel.h"
#include "services/ModelRegistry.h"
#include "services/PredictionService.h"
#include "session/WorkspaceSession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <qcoro/qcorofuture.h>
#include <qcoro/qcorosignal.h>

namespace modeldeck {

PredictionsPage::PredictionsPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_picker(new PredictionPicker),
      m_save(new QCheckBox(tr("Save predi&ction"))), m_predict(new QPushButton(tr("Predict"))),
      m_message(new InlineMessage), m_result(new PredictionResultPanel),
      m_chart(new PredictionChart), m_accuracy(new LiveAccuracyChart),
      m_history(new PredictionHistoryView(session))
{
    auto *form = new QHBoxLayout;
    form->addWidget(m_picker);
    m_save->setChecked(true);
    m_save->setToolTip(
        tr("Keep the prediction in the table below, where it gets its actual close once "
           "that bar is imported or downloaded"));
    m_predict->setToolTip(tr("Predict the close with the chosen model and horizon (Ctrl+Enter)"));
    m_predict->setDefault(true);
    form->addWidget(m_save);
    form->addWidget(m_predict);
    form->addStretch(1);
    for (const QKeySequence &keys :
         { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { predict(); });
    }
    connect(m_predict, &QPushButton::clicked, this, [this] { predict(); });

    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_result);
    // The closes with the saved predictions, or how the model has done since it was saved.
    m_views = new QTabWidget;
    m_views->setDocumentMode(true);
    m_views->addTab(m_chart, tr("Closes && Predictions"));
    m_views->addTab(m_accuracy, tr("Live Accuracy"));
    top->addWidget(m_views);
    top->setStretchFactor(1, 1);
    // The result needs its text's width; the chart gets the rest.
    top->setSizes({ m_result->sizeHint().width(), 4 * m_result->sizeHint().width() });
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(m_history);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_picker, &PredictionPicker::selectionChanged, this, [this] {
        updateState();
        loadChart();
        loadAccuracy();
    });
    connect(m_picker, &PredictionPicker::horizonChanged, this, [this] {
        updateState();
        loadAccuracy();
    });
    const auto dataChanged = [this] {
        if (isVisible())
            refresh();
    };
    connect(m_session, &WorkspaceSession::symbolsChanged, this, dataChanged);
    connect(m_session, &WorkspaceSession::opened, this, [this, dataChanged] {
        m_result->clear();
        m_message->clearMessage();
        m_last.reset();
        dataChanged();
    });
    updateState();
}

PredictionsPage::~PredictionsPage() = default;

void PredictionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Every time: bars may have arrived from outside this window (the CLI), and filling in
    // actuals is a few indexed queries.
    refresh();
}

QCoro::Task<> PredictionsPage::refresh()
{
    if (!m_session->isOpen() || !m_refreshGate.enter())
        co_return;
    QPointer<PredictionsPage> self(this);
    do {
        // Actuals first, so the table and chart below already show them.
        auto filling = guarded(this, m_session->predictions().fillActuals());
        auto filledGuarded = co_await filling;
        if (!filledGuarded)
            co_return;
        auto filled = std::move(*filledGuarded);
        if (!filled)
            m_message->showMessage(
                InlineMessage::Kind::Error,
                tr("Actual closes could not be filled in: %1").arg(filled.error().toString()));
        else if (!filled->driftActions.isEmpty())
            // What the fill's drift alerts set off (a retrain queued, or why not): the alerts
            // themselves reach the Alerts dock.
            m_message->showMessage(InlineMessage::Kind::Info, filled->driftActions.join(u' '));
        Q_EMIT actualsFilled(filled ? filled->filled : 0);
        auto models = loadModels();
        co_await models;
        if (!self)
            co_return;
        auto saved = reloadSaved();
        co_await saved;
        if (!self)
            co_return;
    } while (m_refreshGate.again());
    Q_EMIT refreshed();
}

QCoro::Task<> PredictionsPage::loadModels()
{
    // Loads can overlap (a refresh and the reload after a failed prediction): the one started
    // last read the newest registry, so an older one finishing later must not overwrite it.
    const quint64 generation = ++m_modelsGeneration;
    auto future = guarded(this, m_session->registry().list());
    auto modelsGuarded = co_await future;
    if (!modelsGuarded || generation != m_modelsGeneration)
        co_return;
    auto models = std::move(*modelsGuarded);
    if (!models) {
        m_message->showMessage(
            InlineMessage::Kind::Error,
            tr("The registered models could not be listed: %1").arg(models.error().toString()));
        co_return;
    }
    m_picker->setChoices(m_session->symbols(), std::move(*models));
    QStringList names;
    for (const RegisteredModel &m : m_picker->models()) {
        if (!names.contains(m.name))
            names << m.name;
    }
    names.sort(Qt::CaseInsensitive);
    m_history->setChoices(names, m_picker->offeredSymbols());
    updateState();
}

void PredictionsPage::updateState()
{
    const bool ready
        = m_session->isOpen() && !m_picker->modelName().isEmpty() && m_picker->horizon() > 0;
    m_predict->setEnabled(ready && !m_predicting);
    m_predict->setText(m_predicting ? tr("Predicting…") : tr("Predict"));
    // The empty-workspace hint, shown only while nothing else is, and gone once a model is there.
    const QString hint
        = tr("No models are registered yet. Save a trained model from the Models tab, or "
             "import one, to predict with it here.");
    const bool noModels = m_session->isOpen() && m_picker->models().empty();
    if (noModels && !m_message->isVisible())
        m_message->showMessage(InlineMessage::Kind::Info, hint);
    else if (!noModels && m_message->isVisible() && m_message->text() == hint)
        m_message->clearMessage();
}

QCoro::Task<> PredictionsPage::reloadSaved()
{
    QPointer<PredictionsPage> self(this);
    auto table = m_history->reload();
    co_await table;
    if (!self)
        co_return;
    auto chart = loadChart();
    co_await chart;
    if (!self)
        co_return;
    auto accuracy = loadAccuracy();
    co_await accuracy;
}

QCoro::Task<> PredictionsPage::loadAccuracy()
{
    if (!m_session->isOpen() || !m_accuracyGate.enter())
        co_return;
    do {
        const QString model = m_picker->modelName();
        const int horizon = m_picker->horizon();
        if (model.isEmpty() || horizon < 1) {
            m_accuracy->setEmptyText(tr("Choose a saved model to see its live accuracy."));
            m_accuracy->setHistory({});
            continue;
        }
        auto loading = guarded(
            this, m_session->predictions().accuracyHistory(model, horizon, kAccuracyPoints));
        auto loaded = co_await loading;
        if (!loaded)
            co_return;
        if (!*loaded) {
            m_accuracy->setEmptyText(
                tr("The live accuracy could not be loaded: %1").arg(loaded->error().toString()));
            m_accuracy->setHistory({});
            continue;
        }
        m_accuracy->setEmptyText(
            tr("No live accuracy of “%1” yet: it is recorded each time its saved predictions "
               "get their actual closes.")
                .arg(model));
        m_accuracy->setHistory(**loaded);
    } while (m_accuracyGate.again());
    Q_EMIT accuracyLoaded();
}

QCoro::Task<> PredictionsPage::loadChart()
{
    if (!m_session->isOpen())
        co_return;
    if (!m_chartGate.enter()) {
        // A load runs and will go round once more: done when that one is.
        auto finished = qCoro(this, &PredictionsPage::chartLoaded);
        co_await finished;
        co_return;
    }
    do {
        const QString s = m_picker->symbol();
        const QString tf = m_picker->timeframe();
        const QString model = m_picker->modelName();
        if (s.isEmpty() || tf.isEmpty()) {
            m_chart->setEmptyText(tr("Choose a symbol and timeframe to see its recent closes."));
            m_chart->clear();
            continue;
        }
        auto future = guarded(
            this,
            m_session->predictions().chartData(s, tf, model, kHistoryBars, kChartPredictions));
        auto loadedGuarded = co_await future;
        if (!loadedGuarded)
            co_return;
        auto loaded = std::move(*loadedGuarded);
        if (!loaded) {
            m_chart->setEmptyText(
                tr("The chart could not be loaded: %1").arg(loaded.error().toString()));
            m_chart->clear();
            continue;
        }
        m_chart->setEmptyText(tr("No %1 %2 bars are stored; import or download them.").arg(s, tf));
        m_chart->setData(loaded->bars, loaded->predictions, tf);
    } while (m_chartGate.again());
    Q_EMIT chartLoaded();
}

QCoro::Task<> PredictionsPage::predict()
{
    if (m_predicting || !m_predict->isEnabled())
        co_return;
    if (!m_session->isOpen())
        co_return;
    const PredictRequest request { m_picker->modelName(), m_picker->horizon(),
                                   m_save->isChecked() };
    QPointer<PredictionsPage> self(this);
    m_predicting = true;
    updateState();
    m_message->showMessage(InlineMessage::Kind::Info,
                           tr("Predicting with “%1”…").arg(request.modelName));
    auto predicting = guarded(this, m_session->predictions().predict(request));
    auto predicted = co_await predicting;
    if (!predicted)
        co_return;
    auto result = std::move(*predicted);
    m_predicting = false;
    if (!result) {
        // Verbatim: the service's messages say what is wrong and what to do.
        const QString error = result.error().toString();
        m_message->showMessage(InlineMessage::Kind::Error, error);
        m_result->clear();
        m_last.reset();
        updateState();
        Q_EMIT predictionFinished(false, error);
        // The registry may have changed under the page (another version, other horizons).
        loadModels();
        co_return;
    }
    m_message->clearMessage();
    m_last = *result;
    m_result->setPrediction(*result);
    updateState();
    if (result->id > 0) {
        auto saved = reloadSaved();
        co_await saved;
        if (!self)
            co_return;
    }
    Q_EMIT predictionFinished(true, QString());
}

} // namespace modeldeck
