#include "training/AutoTrainDialog.h"

#include "domain/Timeframe.h"
#include "download/RefreshPanel.h"
#include "download/RefreshThenTrain.h" // RefreshOutcome
#include "models/ModelConfig.h"
#include "queue/AutoTrainPlan.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"
#include "training/TrainingSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace modeldeck {

namespace {

QStringList checkedNames(const QListWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        if (item->checkState() == Qt::Checked)
            names << item->data(Qt::UserRole).toString();
    }
    return names;
}

void checkNames(QListWidget *list, const QStringList &names)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(names.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

// Sorted by length, shortest first; names that do not parse go last, alphabetically.
bool timeframeLess(const QString &a, const QString &b)
{
    const auto ta = Timeframe::parse(a);
    const auto tb = Timeframe::parse(b);
    if (ta && tb)
        return ta->seconds() < tb->seconds();
    if (ta || tb)
        return bool(ta);
    return a < b;
}

} // namespace

AutoTrainDialog::AutoTrainDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_symbols(makeList(tr("Symbols"))),
      m_timeframes(makeList(tr("Timeframes"))), m_bots(makeList(tr("Bots"))),
      m_symbolFilter(new QLineEdit(this)), m_summary(new QLabel(this)),
      m_skippedList(new QPlainTextEdit(this)),
      m_startNow(new QCheckBox(tr("Start the &queue when the jobs are queued"), this)),
      m_refreshFirst(new QCheckBox(tr("Re&fresh price data first (downloaded series only)"), this)),
      m_refreshPanel(new RefreshPanel(session, this)), m_result(new QLabel(this)),
      m_pages(new QStackedWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Auto-train"));
    setObjectName(QStringLiteral("autoTrainDialog"));

    for (const QString &bot : ModelConfig::bots()) {
        // Default settings at horizon 1, as enqueueAuto is called below.
        if (const auto settings = TrainingSettings::fromParams(bot, {}))
            m_requiredBars.insert(bot, settings->barsRequired());
    }

    m_symbolFilter->setPlaceholderText(tr("Filter symbols"));
    m_symbolFilter->setClearButtonEnabled(true);
    m_symbolFilter->setAccessibleName(tr("Filter symbols"));
    connect(m_symbolFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_symbols->count(); ++i)
            m_symbols->item(i)->setHidden(
                !m_symbols->item(i)->text().contains(text, Qt::CaseInsensitive));
    });

    auto *columns = new QHBoxLayout;
    columns->addWidget(makeColumn(tr("&Symbols"), m_symbols, m_symbolFilter), 3);
    columns->addWidget(makeColumn(tr("&Timeframes"), m_timeframes), 2);
    columns->addWidget(makeColumn(tr("&Bots"), m_bots), 2);

    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Jobs this makes"));
    m_skippedList->setReadOnly(true);
    m_skippedList->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_skippedList->setAccessibleName(tr("Combinations skipped for too few bars"));
    m_skippedList->setTabChangesFocus(true);
    m_startNow->setToolTip(tr("Start training right away, as Training ▸ Start would"));
    m_refreshFirst->setToolTip(
        tr("Before queueing, download the newest bars of the chosen series from the provider each "
           "was downloaded from (series resampled from a downloaded one are rebuilt). Series "
           "imported from CSV files are trained as they are."));
    connect(m_refreshFirst, &QCheckBox::toggled, this, &AutoTrainDialog::recount);
    connect(m_refreshPanel, &RefreshPanel::finished, this, &AutoTrainDialog::showRefreshOutcome);

    auto *choose = new QWidget(this);
    m_choose = choose;
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    chooseLayout->addLayout(columns, 1);
    chooseLayout->addWidget(m_summary);
    chooseLayout->addWidget(m_skippedList);
    chooseLayout->addWidget(m_startNow);
    chooseLayout->addWidget(m_refreshFirst);

    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_result->setAccessibleName(tr("Auto-train result"));
    m_pages->addWidget(choose);
    m_pages->addWidget(m_refreshPanel);
    m_pages->addWidget(m_result);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AutoTrainDialog::queueSelection);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillLists();
    for (QListWidget *list : { m_symbols, m_timeframes, m_bots })
        connect(list, &QListWidget::itemChanged, this, &AutoTrainDialog::recount);
    recount();
    resize(760, 520);
}

// While the dialog is whole: the refresh's enqueue function uses it.
AutoTrainDialog::~AutoTrainDialog()
{
    m_refreshPanel->abandon();
}

QListWidget *AutoTrainDialog::makeList(const QString &accessibleName)
{
    auto *list = new QListWidget(this);
    list->setAccessibleName(accessibleName);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->setUniformItemSizes(true);
    return list;
}

QWidget *AutoTrainDialog::makeColumn(const QString &title, QListWidget *list, QLineEdit *filter)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    label->setBuddy(list);
    layout->addWidget(label);
    if (filter)
        layout->addWidget(filter);
    layout->addWidget(list, 1);
    auto *buttons = new QHBoxLayout;
    const QString name = list->accessibleName();
    auto *all = new QPushButton(tr("All"), box);
    all->setToolTip(tr("Check every item in %1").arg(name));
    all->setAccessibleName(tr("Check all %1").arg(name));
    auto *none = new QPushButton(tr("None"), box);
    none->setToolTip(tr("Uncheck every item in %1").arg(name));
    none->setAccessibleName(tr("Uncheck all %1").arg(name));
    for (QPushButton *b : { all, none }) {
        b->setAutoDefault(false); // Enter in the dialog means OK, not "All"
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    const auto checkAll = [this, list](Qt::CheckState state) {
        m_filling = true; // one recount for the lot, not one per item
        for (int i = 0; i < list->count(); ++i) {
            if (!list->item(i)->isHidden())
                list->item(i)->setCheckState(state);
        }
        m_filling = false;
        recount();
    };
    connect(all, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    return box;
}

void AutoTrainDialog::fillLists()
{
    m_filling = true;
    QStringList timeframes;
    for (const Timeframe &tf : Timeframe::standard())
        timeframes << tf.name();
    QStringList present;
    for (const SymbolSummary &s : m_session->symbols()) {
        QStringList names;
        auto &bars = m_bars[s.symbol.name];
        for (const SeriesSummary &series : s.series) {
            bars[series.timeframe] = series.barCount;
            names << series.timeframe;
            if (!timeframes.contains(series.timeframe))
                timeframes << series.timeframe;
            if (!present.contains(series.timeframe))
                present << series.timeframe;
        }
        auto *item = new QListWidgetItem(
            names.isEmpty() ? tr("%1 (no bars)").arg(s.symbol.name)
                            : tr("%1 — %2").arg(s.symbol.name, names.join(QStringLiteral(" · "))),
            m_symbols);
        item->setData(Qt::UserRole, s.symbol.name);
        QStringList tip;
        for (const SeriesSummary &series : s.series)
            tip << tr("%1: %2 bars").arg(series.timeframe, QLocale().toString(series.barCount));
        item->setToolTip(tip.isEmpty() ? tr("No price history") : tip.join(u'\n'));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    std::stable_sort(timeframes.begin(), timeframes.end(), timeframeLess);
    for (const QString &tf : timeframes) {
        auto *item = new QListWidgetItem(tf, m_timeframes);
        item->setData(Qt::UserRole, tf);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (const QString &bot : ModelConfig::bots()) {
        auto *item = new QListWidgetItem(bot, m_bots);
        item->setData(Qt::UserRole, bot);
        item->setToolTip(tr("Needs at least %1 bars per series")
                             .arg(QLocale().toString(m_requiredBars.value(bot))));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }

    // The last choice, or: every symbol, the timeframes it has, the first bot.
    QStringList allSymbols;
    for (int i = 0; i < m_symbols->count(); ++i)
        allSymbols << m_symbols->item(i)->data(Qt::UserRole).toString();
    QSettings settings;
    // A choice from another workspace may match nothing here: then the defaults apply.
    checkNames(m_symbols,
               settings.value(QStringLiteral("autotrain/symbols"), allSymbols).toStringList());
    if (checkedSymbols().isEmpty())
        checkNames(m_symbols, allSymbols);
    checkNames(m_timeframes,
               settings.value(QStringLiteral("autotrain/timeframes"), present).toStringList());
    if (checkedTimeframes().isEmpty())
        checkNames(m_timeframes, present);
    checkNames(
        m_bots,
        settings
            .value(QStringLiteral("autotrain/bots"), QStringList { ModelConfig::bots().value(0) })
            .toStringList());
    m_startNow->setChecked(settings.value(QStringLiteral("autotrain/startNow"), true).toBool());
    m_refreshFirst->setChecked(
        settings.value(QStringLiteral("autotrain/refreshFirst"), false).toBool());
    m_filling = false;
}

QStringList AutoTrainDialog::checkedSymbols() const
{
    return checkedNames(m_symbols);
}

QStringList AutoTrainDialog::checkedTimeframes() const
{
    return checkedNames(m_timeframes);
}

QStringList AutoTrainDialog::checkedBots() const
{
    return checkedNames(m_bots);
}

void AutoTrainDialog::setSelection(const QStringList &symbols, const QStringList &timeframes,
                                   const QStringList &bots)
{
    m_filling = true;
    checkNames(m_symbols, symbols);
    checkNames(m_timeframes, timeframes);
    checkNames(m_bots, bots);
    m_filling = false;
    recount();
}

void AutoTrainDialog::setStartWhenQueued(bool start)
{
    m_startNow->setChecked(start);
}

void AutoTrainDialog::recount()
{
    if (m_filling)
        return;
    const QStringList symbols = checkedSymbols();
    const QStringList timeframes = checkedTimeframes();
    const QStringList bots = checkedBots();
    m_combinations = int(symbols.size() * timeframes.size() * bots.size());
    // The queue's own plan, so the dialog shows exactly what enqueueAuto will queue and skip.
    auto plan = planAutoTrain(m_session->symbols(), symbols, timeframes, bots);
    m_skipped = plan ? plan->skipped : QStringList { plan.error().message };
    // Timeframe items say how many chosen symbols have that series.
    for (int i = 0; i < m_timeframes->count(); ++i) {
        QListWidgetItem *item = m_timeframes->item(i);
        const QString tf = item->data(Qt::UserRole).toString();
        const auto having = std::count_if(symbols.begin(), symbols.end(), [&](const QString &s) {
            return m_bars.value(s).value(tf) > 0;
        });
        const QSignalBlocker blocker(m_timeframes);
        item->setText(symbols.isEmpty()
                          ? tf
                          : tr("%1 (%2 of %3 symbols)").arg(tf).arg(having).arg(symbols.size()));
    }
    const bool refresh = m_refreshFirst->isChecked();
    QString summary = summaryText();
    if (refresh && skippedCount() > 0)
        summary += u' ' + tr("(Counted on the bars stored now: the refresh may add enough.)");
    m_summary->setText(summary);
    m_skippedList->setPlainText(m_skipped.join(u'\n'));
    m_skippedList->setVisible(!m_skipped.isEmpty());
    const int runnable = m_combinations - skippedCount();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (!refresh)
        ok->setText(tr("&Queue %n job(s)", nullptr, runnable));
    else if (runnable > 0)
        ok->setText(tr("&Refresh and Queue %n job(s)", nullptr, runnable));
    else
        ok->setText(tr("&Refresh and Queue"));
    // A refresh can turn skipped combinations into jobs: let it try.
    ok->setEnabled((runnable > 0 || (refresh && m_combinations > 0)) && m_session->queue());
}

QString AutoTrainDialog::summaryText() const
{
    if (m_combinations == 0)
        return tr("Choose at least one symbol, timeframe and bot.");
    const int runnable = m_combinations - skippedCount();
    QString text = tr("%n combination(s): ", nullptr, m_combinations)
        + tr("%n job(s) to queue", nullptr, runnable);
    if (skippedCount() > 0)
        text += tr(", %n skipped for too few bars:", nullptr, skippedCount());
    return text;
}

QString AutoTrainDialog::resultText() const
{
    return m_pages->currentWidget() == m_result ? m_result->text() : QString();
}

void AutoTrainDialog::saveSelection() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("autotrain/symbols"), checkedSymbols());
    settings.setValue(QStringLiteral("autotrain/timeframes"), checkedTimeframes());
    settings.setValue(QStringLiteral("autotrain/bots"), checkedBots());
    settings.setValue(QStringLiteral("autotrain/startNow"), m_startNow->isChecked());
    settings.setValue(QStringLiteral("autotrain/refreshFirst"), m_refreshFirst->isChecked());
}

bool AutoTrainDialog::isRefreshing() const
{
    return m_refreshPanel->isRunning();
}

void AutoTrainDialog::queueSelection()
{
    if (!m_session->queue() || m_pages->currentWidget() != m_choose)
        return;
    if (m_refreshFirst->isChecked()) {
        saveSelection(); // a refresh is a choice made, whatever the queue says after it
        startRefresh();
    } else {
        enqueueSelection();
    }
}

void AutoTrainDialog::done(int result)
{
    if (isRefreshing()) {
        m_refreshPanel->abandon();
        m_pages->setCurrentWidget(m_choose); // shown again, it offers the choice again
        recount();
    }
    QDialog::done(result);
}

void AutoTrainDialog::startRefresh()
{
    // The chosen series the workspace has: a refresh only brings stored series up to date.
    std::vector<SeriesKey> series;
    const QStringList timeframes = checkedTimeframes();
    for (const QString &symbol : checkedSymbols()) {
        for (const QString &tf : timeframes) {
            if (m_bars.value(symbol).contains(tf))
                series.push_back({ symbol, tf });
        }
    }
    m_pages->setCurrentWidget(m_refreshPanel);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setToolTip(
            tr("Close without queueing anything; series refreshed so far keep their new bars"));
    m_refreshPanel->skipButton()->setFocus();
    m_refreshPanel->start(std::move(series), [this] { enqueueSelection(); });
}

void AutoTrainDialog::showRefreshOutcome(const RefreshOutcome &outcome)
{
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(QString());
    if (m_pages->currentWidget() != m_result)
        return; // nothing was queued; the choice page says why
    m_result->setText(RefreshPanel::describe(outcome).join(u'\n') + QStringLiteral("\n\n")
                      + m_result->text());
}

void AutoTrainDialog::enqueueSelection()
{
    TrainingQueue *queue = m_session->queue();
    // A few short inserts on this thread, as TrainingQueue does for every enqueue.
    auto result = queue
        ? queue->enqueueAuto(checkedSymbols(), checkedTimeframes(), checkedBots())
        : Result<AutoTrainResult>(Error { tr("the training queue is not available.") });
    if (!result) {
        m_pages->setCurrentWidget(m_choose);
        recount();
        m_summary->setText(tr("Nothing was queued: %1").arg(result.error().message));
        return;
    }
    saveSelection();
    const int total = int(result->jobIds.size());
    const int added = total - result->alreadyQueued;
    QStringList lines;
    lines << tr("Queued %n new job(s).", nullptr, added);
    if (result->alreadyQueued > 0)
        lines << tr("%n job(s) were already queued or running.", nullptr, result->alreadyQueued);
    if (!result->skipped.isEmpty()) {
        lines << tr("%n combination(s) skipped for too few bars:", nullptr,
                    int(result->skipped.size()));
        for (const QString &reason : result->skipped)
            lines << QStringLiteral("  • ") + reason;
    }
    const bool start = m_startNow->isChecked() && total > 0 && queue->isOwner()
        && queue->state() == TrainingQueue::State::Idle;
    if (start) {
        queue->start();
        lines << tr("Training started.");
    }
    m_result->setText(lines.join(u'\n'));
    m_pages->setCurrentWidget(m_result);
    m_buttons->button(QDialogButtonBox::Ok)->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
    QString summary = tr("Queued %n new training job(s)", nullptr, added);
    if (result->alreadyQueued > 0)
        summary += tr(", %n already queued", nullptr, result->alreadyQueued);
    if (!result->skipped.isEmpty())
        summary += tr(", %n skipped for too few bars", nullptr, int(result->skipped.size()));
    Q_EMIT queued(summary);
}

} // namespace modeldeck
