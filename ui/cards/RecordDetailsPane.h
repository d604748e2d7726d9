#pragma once
// Everything about one training record: all metrics, the loss curve per epoch, the epochs
// table, the feature importance of tree models and the configuration as a tree. Loaded off the GUI
// thread when a card is selected.

#include "domain/EpochRecord.h"
#include "domain/TrainingRecord.h"

#include <QWidget>
#include <optional>
#include <qcoro/qcorotask.h>
#include <vector>

class QLabel;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace modeldeck {

class EmptyStateStack;
class ImportanceChart;
class InlineMessage;
class LossChart;
class WorkspaceSession;

class RecordDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit RecordDetailsPane(WorkspaceSession *session, QWidget *parent = nullptr);

    // Loads and shows the record; a later call wins over one still loading.
    QCoro::Task<> showRecord(qint64 recordId);
    void showNothing();
    qint64 recordId() const { return m_recordId; }

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *metricsTable() const { return m_metrics; }
    QTableWidget *epochsTable() const { return m_epochs; }
    QTreeWidget *configTree() const { return m_config; }
    LossChart *chartView() const { return m_chart; }
    // Its tab is shown only for records that have an importance (the tree bots).
    ImportanceChart *importanceChart() const { return m_importance; }
    QLabel *titleLabel() const { return m_title; }
    // Shown above the tabs when the record's model is worse than the naive forecast.
    InlineMessage *skillWarning() const { return m_skillWarning; }

Q_SIGNALS:
    void loaded(qint64 recordId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Loaded
    {
        std::optional<TrainingRecord> record;
        std::vector<EpochRecord> epochs;
        QString error;
    };
    void populate(const Loaded &result);
    void fillMetrics(const TrainingRecord &record);
    void fillEpochs(const std::vector<EpochRecord> &epochs);
    void colorWarnings();
    void showMessage(const QString &text);

    WorkspaceSession *m_session; // not owned; outlives the pane
    EmptyStateStack *m_stack = nullptr; // the record, or what the pane is waiting for
    QLabel *m_title;
    InlineMessage *m_skillWarning;
    QTabWidget *m_tabs;
    QTableWidget *m_metrics;
    LossChart *m_chart;
    QTableWidget *m_epochs;
    ImportanceChart *m_importance;
    QTreeWidget *m_config;
    qint64 m_recordId = 0;
    int m_request = 0;
};

} // namespace modeldeck
