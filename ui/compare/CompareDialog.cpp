#include "compare/CompareDialog.h"

#include "common/Guarded.h"
#include "compare/AbTestPanel.h"
#include "compare/CompareForecastChart.h"
#include "compare/CompareLossChart.h"
#include "monitoring/AbTest.h"
#include "session/WorkspaceSession.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace modeldeck {

namespace {

QString modelLabel(const RegisteredModel &m)
{
    return CompareDialog::tr("%1 v%2").arg(m.name).arg(m.version);
}

} // namespace

CompareDialog::CompareDialog(WorkspaceSession *session, SavedModelActions *actions,
                             std::vector<ModelRef> models, QWidget *parent)
    : QDialog(parent), m_session(session), m_models(std::move(models))
{
    setWindowTitle(m_models.size() == 2 ? tr("Compare / A/B Test") : tr("Compare Models"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Comparison progress"));
    m_cancel = new QPushButton(tr("Cancel Loading"), this);
    m_table = new QTableWidget(RowCount, 0, this);
    m_table->setVerticalHeaderLabels({ tr("RMSE"), tr("MAE"), tr("R²"), tr("Direction"),
                                       tr("Skill vs naive"), tr("95 % coverage"), tr("Forecasts"),
                                       tr("Trained at (UTC)"), tr("Bot"), tr("Series") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Metrics of each model on the newest bars"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_lossChart = new CompareLossChart(this);
    m_forecastChart = new CompareForecastChart(this);
    // One view at a time, each with the dialog's full width: side by side, the loss chart was
    // squeezed to a sliver and the table showed four of its ten rows (looked at under Xvfb).
    auto *views = new QTabWidget(this);
    views->addTab(m_table, tr("&Metrics"));
    views->addTab(m_forecastChart, tr("&Forecasts"));
    views->addTab(m_lossChart, tr("&Loss Curves"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(views, 1);
    if (m_models.size() == 2) {
        auto *box = new QGroupBox(tr("A/B test"), this);
        m_abPanel = new AbTestPanel(session, actions, box);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(m_abPanel);
        layout->addWidget(box);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &CompareDialog::cancelLoad);
    // Closing while a run goes on cancels it: its result would have nowhere to go.
    connect(this, &QDialog::finished, this, [this] {
        cancelLoad();
        if (m_abPanel)
            m_abPanel->cancel();
    });
    resize(1100, 680); // fits the 1280×720 minimum with the window frame
    load();
}

void CompareDialog::cancelLoad()
{
    if (m_control)
        m_control->token.cancel(tr("Loading the comparison was cancelled."));
}

QCoro::Task<> CompareDialog::load()
{
    if (isLoading() || !m_session->isOpen())
        co_return;
    m_control = std::make_shared<AbTestControl>();
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Scoring %n model(s) on the newest %1 bars of their series…", nullptr,
                         int(m_models.size()))
                          .arg(QLocale().toString(AbTest::kDefaultWindow)));
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this] {
        if (!m_control)
            return;
        const int total = m_control->total.load();
        m_progress->setValue(total > 0 ? int(100.0 * m_control->done.load() / total) : 0);
    });
    poll->start();
    auto loading
        = guarded(this, m_session->compare().compare(m_models, AbTest::kDefaultWindow, m_control));
    auto resultGuarded = co_await loading;
    if (!resultGuarded)
        co_return;
    auto result = std::move(*resultGuarded);
    delete poll;
    m_control.reset();
    m_cancel->setEnabled(false);
    m_progress->hide();
    if (!result) {
        m_status->setText(tr("Error: %1").arg(result.error().toString()));
        Q_EMIT loaded(false);
        co_return;
    }
    display(*result);
    Q_EMIT loaded(true);
}

void CompareDialog::display(const ModelComparison &comparison)
{
    const QLocale locale;
    const auto number = [&locale](double v) { return locale.toString(v, 'g', 5); };
    const auto percent
        = [&locale](double v) { return tr("%1 %").arg(locale.toString(v * 100, 'f', 1)); };
    QStringList names;
    QStringList failures;
    std::vector<std::vector<EpochRecord>> epochs;
    QStringList chartNames;
    std::vector<std::vector<Prediction>> forecasts;
    m_table->setColumnCount(int(comparison.models.size()));
    for (size_t c = 0; c < comparison.models.size(); ++c) {
        const ComparedModel &m = comparison.models[c];
        const QString name = modelLabel(m.model);
        names << name;
        epochs.push_back(m.epochs);
        const bool scored = m.error.isEmpty();
        if (!scored)
            failures << tr("%1: %2").arg(name, m.error);
        const ForecastMetrics &f = m.live.metrics;
        const QString none = tr("—");
        const QStringList cells {
            scored ? number(f.rmse) : none,
            scored ? number(f.mae) : none,
            scored ? locale.toString(f.r2, 'f', 3) : none,
            scored ? percent(f.directionalAccuracy) : none,
            scored ? locale.toString(f.skill, 'f', 3) : none,
            scored && m.live.coverage95 ? percent(*m.live.coverage95) : none,
            locale.toString(qint64(m.forecasts.size())),
            m.trainedAt.isValid() ? m.trainedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : none,
            m.model.bot,
            tr("%1 %2").arg(m.model.symbol, m.model.timeframe),
        };
        for (int r = 0; r < RowCount; ++r)
            m_table->setItem(r, int(c), new QTableWidgetItem(cells[r]));
        // Only forecasts of the charted series belong over its closes.
        if (scored && m.model.symbol == comparison.symbol
            && m.model.timeframe == comparison.timeframe) {
            chartNames << name;
            forecasts.push_back(m.forecasts);
        }
    }
    m_table->setHorizontalHeaderLabels(names);
    m_lossChart->setModels(names, epochs);
    m_forecastChart->setData(comparison.bars, chartNames, forecasts);
    QString status = comparison.symbol.isEmpty()
        ? tr("No model could be scored.")
        : tr("Each model forecast the newest bars of its series, each from the bars before it; "
             "the chart shows %1 %2.")
              .arg(comparison.symbol, comparison.timeframe);
    if (!failures.isEmpty())
        status += u'\n' + failures.join(u'\n');
    m_status->setText(status);
    if (m_abPanel && comparison.models.size() == 2)
        m_abPanel->setModels(comparison.models[0].model, comparison.models[1].model);
}

} // namespace modeldeck
