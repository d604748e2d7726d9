#pragma once
// The Audit Log window: who did what to the workspace, newest first, from the GUI and the CLI
// alike (services/AuditLog). Filters by action, by text in the subject and by a range of local
// dates; each change reloads on a pool thread. Export CSV… writes what the filters select.

#include "common/ReloadGate.h"
#include "domain/AuditEntry.h"

#include <QDialog>
#include <qcoro/qcorotask.h>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace modeldeck {

class AuditLogModel;
class InlineMessage;
class WorkspaceSession;

class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    // Rows one load shows at most; the count line says when there are more.
    static constexpr int kMaxRows = 5000;

    explicit AuditLogDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    // The filter the controls describe (dates as local days: from its start to the end of "to").
    AuditFilter filter() const;
    // Reads the log again with the current filter; false when the dialog closed meanwhile or the
    // read failed.
    QCoro::Task<bool> refresh();
    // Writes what the filter selects to `path` (no file on failure) and says where.
    QCoro::Task<bool> exportCsv(const QString &path);

    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *actionCombo() const { return m_action; }
    QLineEdit *textFilter() const { return m_text; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *exportButton() const { return m_export; }
    InlineMessage *message() const { return m_message; }

Q_SIGNALS:
    void loaded(int rows); // after every load that succeeded
    void exported(bool ok, const QString &message);

private:
    void chooseExportFile();
    void updateCount();

    WorkspaceSession *m_session;
    AuditLogModel *m_model;
    QTableView *m_view;
    QComboBox *m_action;
    QLineEdit *m_text;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QLabel *m_count;
    InlineMessage *m_message;
    QTimer *m_reloadTimer;
    ReloadGate m_gate;
    bool m_exporting = false;
};

} // namespace modeldeck
