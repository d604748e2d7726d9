#include "symbols/SymbolsPage.h"

#include "common/EmptyStateStack.h"
#include "session/WorkspaceSession.h"
#include "symbols/SymbolListModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace modeldeck {

SymbolsPage::SymbolsPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new SymbolListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_stack(new EmptyStateStack(m_view, this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SymbolListModel::SortRole);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SymbolListModel::SymbolColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Symbols"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_session, &WorkspaceSession::symbolsChanged, this, [this] {
        m_model->setSymbols(m_session->symbols());
        m_model->setLatestImports(m_session->latestImports());
        updateView();
    });
    // "Last refresh" reads "5 min ago": keep it true while the window stays open.
    auto *clock = new QTimer(this);
    clock->setInterval(60'000);
    connect(clock, &QTimer::timeout, m_model, &SymbolListModel::refreshRelativeTimes);
    clock->start();
    connect(m_session, &WorkspaceSession::opened, this, &SymbolsPage::updateView);
    updateView();
}

QStringList SymbolsPage::selectedSymbols() const
{
    QStringList names;
    for (const QModelIndex &index :
         m_view->selectionModel()->selectedRows(SymbolListModel::SymbolColumn))
        names << index.data().toString();
    return names;
}

void SymbolsPage::updateView()
{
    if (m_model->rowCount() > 0) {
        m_stack->setContentShown(true);
        return;
    }
    m_stack->setEmptyText(m_session->isOpen() ? tr(
                              "No price history yet.\n\nImport a CSV file with File ▸ Import CSV… "
                              "(Ctrl+I), drop files onto this window, or download prices with "
                              "Data ▸ Download….")
                                              : tr("Opening workspace…"));
    m_stack->setContentShown(false);
}

} // namespace modeldeck
