#pragma once
// The workspace's symbols and their series, or a hint on how to import some when there are none.

#include <QStringList>
#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace modeldeck {

class EmptyStateStack;
class SymbolListModel;
class WorkspaceSession;

class SymbolsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SymbolsPage(WorkspaceSession *session, QWidget *parent = nullptr);

    SymbolListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The symbols of the selected rows, in view order (for "Download…" with a selection).
    QStringList selectedSymbols() const;

private:
    void updateView();

    WorkspaceSession *m_session;
    SymbolListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    EmptyStateStack *m_stack; // the view, or a hint on importing when there are no symbols
};

} // namespace modeldeck
