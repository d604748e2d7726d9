#pragma once
// Saved predictions in a sortable, copyable table with filters (model, horizon, symbol,
// limit). Loads its rows itself on a pool thread whenever a filter changes or reload() is
// called; the page calls reload() after a save or when actuals were filled in.

#include "common/ReloadGate.h"
#include "domain/Prediction.h"

#include <QWidget>
#include <qcoro/qcorotask.h>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace modeldeck {

class EmptyStateStack;
class PredictionTableModel;
class WorkspaceSession;

class PredictionHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit PredictionHistoryView(WorkspaceSession *session, QWidget *parent = nullptr);

    // The names offered by the model and symbol filters (the current choice is kept when it
    // is still offered, and otherwise falls back to "All").
    void setChoices(const QStringList &models, const QStringList &symbols);
    PredictionFilter filter() const;

    PredictionTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *modelFilter() const { return m_modelFilter; }
    QComboBox *symbolFilter() const { return m_symbolFilter; }
    QSpinBox *horizonFilter() const { return m_horizonFilter; }
    QSpinBox *limitFilter() const { return m_limitFilter; }
    QAction *copyAction() const { return m_copy; }

    // Done when the rows for the current filter are shown (also when a load was running).
    QCoro::Task<> reload();
    // Copies the selected rows (all rows when none is selected) as tab-separated text.
    void copySelection();

Q_SIGNALS:
    // After a load (and the reloads asked for while it ran), with the row count or the error
    // text (empty on success).
    void loaded(int rows, const QString &error);

private:
    WorkspaceSession *m_session;
    PredictionTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_modelFilter;
    QSpinBox *m_horizonFilter;
    QComboBox *m_symbolFilter;
    QSpinBox *m_limitFilter;
    QTableView *m_view;
    EmptyStateStack *m_stack; // shows m_view, or why there is nothing to show
    QAction *m_copy;
    ReloadGate m_gate;
};

} // namespace modeldeck
