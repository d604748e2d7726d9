#include "strategy/SavedConfigurationsView.h"

#include "backtest/BacktestScores.h"
#include "common/ConfirmBox.h"
#include "common/Guarded.h"
#include "common/InlineMessage.h"
#include "services/StrategyFacade.h"
#include "session/WorkspaceSession.h"
#include "strategy/StrategyText.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace modeldeck {

namespace {

QStandardItem *cell(const QString &text, bool number = false)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// "wave bands" → "wave_bands.json": a file name a user would type for it.
bool confirmBox(QWidget *parent, const QString &title, const QString &text, const QString &accept)
{
    return confirmDestructive(parent, title, text, accept);
}

QString fileNameFor(const QString &name)
{
    QString base = name.trimmed();
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    return (base.isEmpty() ? QStringLiteral("strategy") : base) + QStringLiteral(".json");
}

} // namespace

SavedConfigurationsView::SavedConfigurationsView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new QStandardItemModel(this)),
      m_view(new QTableView(this)), m_status(new InlineMessage(this)),
      m_open(new QPushButton(tr("Open"), this)),
      m_export(new QPushButton(tr("E&xport JSON…"), this)),
      m_delete(new QPushButton(tr("Delete…"), this)), m_confirm(confirmBox),
      m_saveFile([](QWidget *dialogParent, const QString &suggested) {
          return QFileDialog::getSaveFileName(dialogParent, tr("Export Strategy Configuration"),
                                              QDir::home().filePath(suggested),
                                              tr("JSON files (*.json)"));
      })
{
    m_model->setHorizontalHeaderLabels({ tr("Name"), tr("Symbol"), tr("Timeframe"), tr("Strategy"),
                                         tr("Objective"), tr("Total return"), tr("Buy and hold"),
                                         tr("Sharpe"), tr("Max drawdown"), tr("Created") });
    // The scores a configuration keeps are those of the window its training searched.
    for (int column = 5; column <= 8; ++column)
        m_model->horizontalHeaderItem(column)->setToolTip(
            tr("On the window the training searched (the last train window with walk-forward)"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Saved strategy configurations"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_open->setToolTip(tr("Show the configuration's parameters and backtest them (Enter)"));
    m_export->setToolTip(tr("Write the configuration, its scores and folds to a JSON file"));
    m_delete->setToolTip(tr("Delete the configuration from the workspace (Delete)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_export);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &SavedConfigurationsView::openSelected);
    connect(m_export, &QPushButton::clicked, this, [this] { exportSelected(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_view, &QTableView::activated, this, &SavedConfigurationsView::openSelected);
    auto *del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr,
                              Qt::WidgetWithChildrenShortcut);
    connect(del, &QShortcut::activated, this, [this] { deleteSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SavedConfigurationsView::updateButtons);
    updateButtons();
}

void SavedConfigurationsView::setConfirmFunction(ConfirmFunction confirm)
{
    m_confirm = confirm ? std::move(confirm) : ConfirmFunction(confirmBox);
}

void SavedConfigurationsView::setSaveFileFunction(SaveFileFunction saveFile)
{
    if (saveFile)
        m_saveFile = std::move(saveFile);
}

QCoro::Task<> SavedConfigurationsView::reload(qint64 select)
{
    if (!m_session->isOpen())
        co_return;
    const int load = ++m_loads;
    if (select == 0) {
        if (auto current = selected())
            select = current->id;
    }
    auto listed = co_await guarded(this, m_session->strategy().list());
    if (!listed || load != m_loads)
        co_return; // gone, or a newer load is on its way
    if (!*listed) {
        m_status->showMessage(
            InlineMessage::Kind::Error,
            tr("Could not load the saved configurations: %1").arg((*listed).error().message));
        co_return;
    }
    m_status->clearMessage();
    m_configurations = std::move(**listed);
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const TrainedConfiguration &c : m_configurations) {
        const BacktestScores s = BacktestScores::fromJson(c.scores);
        const auto objective = BacktestObjective::parse(c.objective);
        QList<QStandardItem *> row {
            cell(c.name),
            cell(c.symbol),
            cell(c.timeframe),
            cell(c.strategy),
            cell(objective ? StrategyText::objectiveName(*objective) : c.objective),
            cell(StrategyText::percent(s.totalReturn), true),
            cell(StrategyText::percent(s.buyAndHoldReturn), true),
            cell(StrategyText::ratio(s.sharpe), true),
            cell(StrategyText::percent(s.maxDrawdown), true),
            cell(locale.toString(c.createdAt.toLocalTime(), QLocale::ShortFormat)),
        };
        row.front()->setData(c.id, Qt::UserRole);
        row.front()->setToolTip(StrategyText::params(c.params));
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    if (m_configurations.empty())
        m_status->showMessage(InlineMessage::Kind::Info,
                              tr("No saved configurations yet: train a strategy and save it."));
    selectId(select);
    updateButtons();
    Q_EMIT reloaded(int(m_configurations.size()));
}

void SavedConfigurationsView::selectId(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_view->selectRow(row);
            return;
        }
    }
}

std::optional<TrainedConfiguration> SavedConfigurationsView::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const qint64 id = m_model->item(rows.front().row(), 0)->data(Qt::UserRole).toLongLong();
    for (const TrainedConfiguration &c : m_configurations) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

void SavedConfigurationsView::updateButtons()
{
    const bool one = selected().has_value() && !m_busy;
    for (QPushButton *button : { m_open, m_export, m_delete })
        button->setEnabled(one);
}

void SavedConfigurationsView::openSelected()
{
    if (auto c = selected())
        Q_EMIT openRequested(*c);
}

QCoro::Task<> SavedConfigurationsView::exportSelected()
{
    const auto c = selected();
    if (!c || m_busy)
        co_return;
    const QString path = m_saveFile(this, fileNameFor(c->name));
    if (path.isEmpty())
        co_return;
    m_busy = true;
    updateButtons();
    auto written = co_await guarded(this, m_session->strategy().exportJson(*c, path));
    if (!written)
        co_return;
    m_busy = false;
    updateButtons();
    if (!*written) {
        Q_EMIT message(tr("Could not export “%1”: %2").arg(c->name, written->error().message),
                       true);
        co_return;
    }
    Q_EMIT message(tr("Exported “%1” to %2.").arg(c->name, QDir::toNativeSeparators(path)), false);
}

QCoro::Task<> SavedConfigurationsView::deleteSelected()
{
    const auto c = selected();
    if (!c || m_busy)
        co_return;
    if (!m_confirm(this, tr("Delete Strategy Configuration"),
                   tr("Delete “%1” (%2 on %3 %4)? Its parameters, scores and walk-forward "
                      "folds are removed from the workspace; exported files stay.")
                       .arg(c->name, c->strategy, c->symbol, c->timeframe),
                   tr("&Delete")))
        co_return;
    m_busy = true;
    updateButtons();
    auto removed = co_await guarded(this, m_session->strategy().remove(c->id));
    if (!removed)
        co_return;
    m_busy = false;
    if (!*removed) {
        updateButtons();
        Q_EMIT message(tr("Could not delete “%1”: %2").arg(c->name, removed->error().message),
                       true);
        co_return;
    }
    Q_EMIT message(tr("Deleted “%1”.").arg(c->name), false);
    co_await reload();
}

} // namespace modeldeck
