#include "alerts/AlertsPanel.h"

#include "alerts/AlertListModel.h"
#include "common/EmptyStateStack.h"
#include "common/Guarded.h"
#include "session/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace modeldeck {

namespace {

// Severity and kind by key, then the text anywhere in the model or message.
class AlertFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void set(QString severity, QString kind, QString text)
    {
        m_severity = std::move(severity);
        m_kind = std::move(kind);
        m_text = std::move(text);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const Alert *a = static_cast<const AlertListModel *>(sourceModel())->rowAt(row);
        if (!a)
            return false;
        if (!m_severity.isEmpty() && a->severity != m_severity)
            return false;
        if (!m_kind.isEmpty() && a->kind != m_kind)
            return false;
        return m_text.isEmpty() || a->modelName.contains(m_text, Qt::CaseInsensitive)
            || a->message.contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_severity, m_kind, m_text;
};

} // namespace

AlertsPanel::AlertsPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new AlertListModel(this))
{
    m_proxy = new AlertFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_severity = new QComboBox(this);
    m_severity->addItem(tr("All severities"), QString());
    for (const char *key : { "critical", "warning", "info" }) {
        const QString k = QString::fromLatin1(key);
        m_severity->addItem(AlertListModel::severityLabel(k), k);
    }
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &k : AlertListModel::kinds())
        m_kind->addItem(AlertListModel::kindLabel(k), k);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Filter by model or message"));
    m_text->setClearButtonEnabled(true);
    m_showAcknowledged = new QCheckBox(tr("Show ac&knowledged"), this);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(AlertListModel::MessageColumn,
                                                     QHeaderView::Stretch);
    // Every column but the message fits its contents; the message takes the rest and shows
    // in full as the tooltip.
    for (int c : { AlertListModel::CreatedColumn, AlertListModel::SeverityColumn,
                   AlertListModel::ModelColumn, AlertListModel::KindColumn,
                   AlertListModel::AcknowledgedColumn })
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_stack = new EmptyStateStack(m_view, this);

    m_acknowledge = new QPushButton(tr("&Acknowledge"), this);
    m_acknowledge->setToolTip(tr("Mark the selected alerts as seen (Ctrl+Return)"));
    m_acknowledgeAll = new QPushButton(tr("Acknowledge A&ll Shown"), this);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    m_count = new QLabel(this);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_view);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, &AlertsPanel::acknowledgeSelected);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_severity);
    filters->addWidget(m_kind);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_showAcknowledged);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(refresh);
    buttons->addWidget(m_acknowledgeAll);
    buttons->addWidget(m_acknowledge);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_severity, &QComboBox::currentIndexChanged, this, &AlertsPanel::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AlertsPanel::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &AlertsPanel::applyFilter);
    connect(m_showAcknowledged, &QCheckBox::toggled, this, &AlertsPanel::reload);
    connect(refresh, &QPushButton::clicked, this, &AlertsPanel::reload);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPanel::acknowledgeSelected);
    connect(m_acknowledgeAll, &QPushButton::clicked, this, &AlertsPanel::acknowledgeShown);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPanel::refreshState);
    connect(m_session, &WorkspaceSession::opened, this, &AlertsPanel::reload);
    refreshState();
}

QCoro::Task<> AlertsPanel::reload()
{
    if (!m_gate.enter())
        co_return;
    do {
        if (!m_session->isOpen()) {
            m_model->setRows({});
            continue;
        }
        AlertFilter filter;
        filter.includeAcknowledged = m_showAcknowledged->isChecked();
        auto loading = guarded(this, m_session->alerts().list(filter));
        auto rows = co_await loading;
        if (!rows)
            co_return;
        if (!*rows) {
            Q_EMIT message(tr("Alerts could not be read: %1").arg(rows->error().message));
            continue;
        }
        m_model->setRows(std::move(**rows));
    } while (m_gate.again());
    refreshState();
    Q_EMIT loaded();
}

QCoro::Task<> AlertsPanel::acknowledgeSelected()
{
    std::vector<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (index.data(AlertListModel::OpenRole).toBool())
            ids.push_back(index.data(AlertListModel::AlertIdRole).toLongLong());
    }
    return acknowledge(std::move(ids));
}

QCoro::Task<> AlertsPanel::acknowledgeShown()
{
    std::vector<qint64> ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(AlertListModel::OpenRole).toBool())
            ids.push_back(index.data(AlertListModel::AlertIdRole).toLongLong());
    }
    return acknowledge(std::move(ids));
}

QCoro::Task<> AlertsPanel::acknowledge(std::vector<qint64> ids)
{
    if (ids.empty() || !m_session->isOpen())
        co_return;
    auto acknowledging = guarded(this, m_session->alerts().acknowledge(std::move(ids)));
    auto done = co_await acknowledging;
    if (!done)
        co_return;
    if (!*done) {
        Q_EMIT message(tr("Alerts could not be acknowledged: %1").arg(done->error().message));
        co_return;
    }
    Q_EMIT message(tr("Acknowledged %n alert(s).", nullptr, **done));
    Q_EMIT acknowledged(**done);
    co_await reload();
}

void AlertsPanel::applyFilter()
{
    static_cast<AlertFilterProxy *>(m_proxy)->set(m_severity->currentData().toString(),
                                                  m_kind->currentData().toString(),
                                                  m_text->text().trimmed());
    refreshState();
}

void AlertsPanel::refreshState()
{
    int open = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        open += m_proxy->index(row, 0).data(AlertListModel::OpenRole).toBool() ? 1 : 0;
    bool selectedOpen = false;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        selectedOpen = selectedOpen || index.data(AlertListModel::OpenRole).toBool();
    m_acknowledge->setEnabled(selectedOpen);
    m_acknowledgeAll->setEnabled(open > 0);
    m_count->setText(tr("%n open alert(s) shown", nullptr, open));
    if (m_model->rowCount() == 0) {
        m_stack->setEmptyText(
            m_showAcknowledged->isChecked()
                ? tr("No alerts have been raised in this workspace.")
                : tr("No open alerts. An alert is raised when a saved model's live accuracy "
                     "drifts from what it promised, when a series fails to train several times "
                     "in a row, or when an active model goes stale."));
        m_stack->setContentShown(false);
    } else if (m_proxy->rowCount() == 0) {
        m_stack->setEmptyText(tr("No alert matches the filter."));
        m_stack->setContentShown(false);
    } else {
        m_stack->setContentShown(true);
    }
}

} // namespace modeldeck
