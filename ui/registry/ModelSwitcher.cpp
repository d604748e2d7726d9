#include "registry/ModelSwitcher.h"

#include "common/ComboRefill.h"
#include "common/Guarded.h"
#include "services/ModelRegistry.h"
#include "session/WorkspaceSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QSignalBlocker>
#include <algorithm>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

namespace {

constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kVersionRole = Qt::UserRole + 2;

} // namespace

ModelSwitcher::ModelSwitcher(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_actions(new SavedModelActions(session, this))
{
    m_symbol = new QComboBox(this);
    m_symbol->setAccessibleName(tr("Symbol"));
    m_symbol->setToolTip(tr("The symbol whose active model to show or change"));
    m_timeframe = new QComboBox(this);
    m_timeframe->setAccessibleName(tr("Timeframe"));
    m_timeframe->setToolTip(tr("The timeframe whose active model to show or change"));
    m_model = new QComboBox(this);
    m_model->setAccessibleName(tr("Active model"));
    m_model->setToolTip(
        tr("The model that predicts this symbol and timeframe; choose another to activate it"));
    for (QComboBox *combo : { m_symbol, m_timeframe })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Long model names must not widen the window; the list shows them whole.
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(18);

    auto *label = new QLabel(tr("Active m&odel:"), this);
    label->setBuddy(m_model);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_symbol);
    layout->addWidget(m_timeframe);
    layout->addWidget(m_model, 1);

    connect(m_symbol, &QComboBox::currentIndexChanged, this, [this] {
        fillTimeframes();
        fillModels();
    });
    connect(m_timeframe, &QComboBox::currentIndexChanged, this, &ModelSwitcher::fillModels);
    // activated(), not currentIndexChanged(): only the user's choice activates a model.
    connect(m_model, &QComboBox::activated, this, [this](int row) { choose(row); });
    connect(m_actions, &SavedModelActions::message, this, &ModelSwitcher::statusMessage);
    connect(m_actions, &SavedModelActions::activated, this, &ModelSwitcher::activeModelChanged);
    connect(m_actions, &SavedModelActions::busyChanged, m_model, &QWidget::setDisabled);
    connect(m_session, &WorkspaceSession::opened, this, [this] {
        m_models.clear();
        fillSymbols();
        reload();
    });
    fillSymbols();
    if (m_session->isOpen())
        reload();
}

void ModelSwitcher::setConfirmFunction(SavedModelActions::ConfirmFunction confirm)
{
    m_actions->setConfirmFunction(std::move(confirm));
}

QString ModelSwitcher::symbol() const
{
    return m_symbol->currentText();
}

QString ModelSwitcher::timeframe() const
{
    return m_timeframe->currentText();
}

QString ModelSwitcher::activeName() const
{
    return m_model->currentData(kNameRole).toString();
}

int ModelSwitcher::activeVersion() const
{
    return m_model->currentData(kVersionRole).toInt();
}

QCoro::Task<> ModelSwitcher::reload()
{
    if (!m_session->isOpen() || !m_gate.enter())
        co_return;
    do {
        auto loading = guarded(this, m_session->registry().list());
        auto modelsGuarded = co_await loading;
        if (!modelsGuarded)
            co_return;
        auto models = std::move(*modelsGuarded);
        if (!models) {
            Q_EMIT statusMessage(tr("Error: the saved models could not be listed: %1")
                                     .arg(models.error().toString()),
                                 true);
            continue;
        }
        m_models = std::move(*models);
        fillSymbols();
    } while (m_gate.again());
    Q_EMIT reloaded();
}

void ModelSwitcher::setSeries(const QString &symbol, const QString &timeframe)
{
    if (const int s = m_symbol->findText(symbol); s >= 0)
        m_symbol->setCurrentIndex(s);
    if (const int t = m_timeframe->findText(timeframe); t >= 0)
        m_timeframe->setCurrentIndex(t);
}

void ModelSwitcher::fillSymbols()
{
    QStringList symbols;
    for (const RegisteredModel &m : m_models) {
        if (!symbols.contains(m.symbol))
            symbols << m.symbol;
    }
    symbols.sort(Qt::CaseInsensitive);
    refillCombo(m_symbol, comboItems(symbols), m_symbol->currentText());
    m_symbol->setEnabled(!symbols.isEmpty());
    fillTimeframes();
    fillModels();
}

void ModelSwitcher::fillTimeframes()
{
    QStringList timeframes;
    for (const RegisteredModel &m : m_models) {
        if (m.symbol == symbol() && !timeframes.contains(m.timeframe))
            timeframes << m.timeframe;
    }
    timeframes.sort();
    refillCombo(m_timeframe, comboItems(timeframes), m_timeframe->currentText());
    m_timeframe->setEnabled(!timeframes.isEmpty());
}

void ModelSwitcher::fillModels()
{
    const QSignalBlocker block(m_model);
    m_model->clear();
    std::vector<const RegisteredModel *> series;
    for (const RegisteredModel &m : m_models) {
        if (m.symbol == symbol() && m.timeframe == timeframe())
            series.push_back(&m);
    }
    if (series.empty()) {
        m_model->addItem(m_session->isOpen() ? tr("No saved models") : tr("No workspace open"));
        m_model->setEnabled(false);
        return;
    }
    // The registry lists by name, newest version first.
    const auto active = std::find_if(series.begin(), series.end(),
                                     [](const RegisteredModel *m) { return m->active; });
    if (active == series.end())
        m_model->addItem(tr("No active model"));
    for (const RegisteredModel *m : series) {
        const QString text = m->active ? tr("%1 v%2 (active)").arg(m->name).arg(m->version)
                                       : tr("%1 v%2").arg(m->name).arg(m->version);
        m_model->addItem(text);
        m_model->setItemData(m_model->count() - 1, m->name, kNameRole);
        m_model->setItemData(m_model->count() - 1, m->version, kVersionRole);
        if (m->active)
            m_model->setCurrentIndex(m_model->count() - 1);
    }
    if (active == series.end())
        m_model->setCurrentIndex(0);
    m_model->setEnabled(!m_actions->isBusy());
}

QCoro::Task<> ModelSwitcher::choose(int row)
{
    const QString name = m_model->itemData(row, kNameRole).toString();
    const int version = m_model->itemData(row, kVersionRole).toInt();
    QPointer<ModelSwitcher> self(this);
    if (!name.isEmpty()) {
        auto activating = m_actions->activate(name, version, true);
        co_await activating;
        if (!self)
            co_return;
    }
    // Declined or failed: the combo shows the active model again; done: it shows the new one.
    auto reloading = reload();
    co_await reloading;
}

} // namespace modeldeck
