#pragma once
// The Alerts dock: open alerts (and, when asked, acknowledged ones), filtered by severity, kind
// and text, acknowledged one by one or all at once. Loads through AlertsFacade on the pool;
// reload() coalesces bursts (the watcher asks whenever the open count changes).

#include "common/ReloadGate.h"

#include <QWidget>
#include <qcoro/qcorotask.h>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace modeldeck {

class AlertListModel;
class EmptyStateStack;
class WorkspaceSession;

class AlertsPanel : public QWidget
{
    Q_OBJECT
public:
    // `session` is not owned and must outlive the panel.
    explicit AlertsPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    AlertListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *severityFilter() const { return m_severity; }
    QComboBox *kindFilter() const { return m_kind; }
    QLineEdit *textFilter() const { return m_text; }
    QCheckBox *showAcknowledged() const { return m_showAcknowledged; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *acknowledgeAllButton() const { return m_acknowledgeAll; }

public Q_SLOTS:
    QCoro::Task<> reload();
    // The selected open alerts, or every open one shown.
    QCoro::Task<> acknowledgeSelected();
    QCoro::Task<> acknowledgeShown();

Q_SIGNALS:
    void message(const QString &text);
    void loaded();
    void acknowledged(int count);

private:
    QCoro::Task<> acknowledge(std::vector<qint64> ids);
    void applyFilter();
    void refreshState();

    WorkspaceSession *m_session;
    AlertListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    EmptyStateStack *m_stack;
    QComboBox *m_severity;
    QComboBox *m_kind;
    QLineEdit *m_text;
    QCheckBox *m_showAcknowledged;
    QPushButton *m_acknowledge;
    QPushButton *m_acknowledgeAll;
    QLabel *m_count;
    ReloadGate m_gate;
};

} // namespace modeldeck
