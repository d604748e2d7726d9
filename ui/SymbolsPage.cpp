#include "SymbolsPage.h"

#include "SymbolListModel.h"
#include "WorkspaceSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace modeldeck {

SymbolsPage::SymbolsPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SymbolListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SymbolListModel::SymbolColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Symbols"));

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);

    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_session, &WorkspaceSession::symbolsChanged, this, [this] {
        m_model->setSymbols(m_session->symbols());
        updateView();
    });
    connect(m_session, &WorkspaceSession::opened, this, &SymbolsPage::updateView);
    updateView();
}

void SymbolsPage::updateView()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_emptyLabel->setText(m_session->isOpen()
                              ? tr("No price history yet.\n\nImport a CSV file with File ▸ Import CSV… "
                                   "(Ctrl+I) or drop files onto this window.")
                              : tr("Opening workspace…"));
    m_stack->setCurrentWidget(m_emptyLabel);
}

} // namespace modeldeck
