#pragma once
// "Compare / A/B test" for two or more saved models (from the Saved Models page): a metrics
// table side by side (one column per model, all scored on the newest bars of their series the
// same way), their validation loss per epoch overlaid, and the actual closes with each model's
// forecasts overlaid. For exactly two models the A/B panel (AbTestPanel) runs the test. Loads
// through CompareFacade on a pool thread, with progress and Cancel.

#include "services/CompareFacade.h"

#include <QDialog>
#include <memory>
#include <qcoro/qcorotask.h>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace modeldeck {

class AbTestPanel;
class CompareForecastChart;
class CompareLossChart;
class SavedModelActions;
class WorkspaceSession;

class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    // Session and actions are not owned and outlive the dialog. Loads at once.
    CompareDialog(WorkspaceSession *session, SavedModelActions *actions,
                  std::vector<ModelRef> models, QWidget *parent = nullptr);

    QCoro::Task<> load();
    void cancelLoad();
    bool isLoading() const { return m_control != nullptr; }

    // The table's rows, in order (tests read cells by them).
    enum Row {
        Rmse,
        Mae,
        R2,
        Direction,
        Skill,
        Coverage95,
        Forecasts,
        TrainedAt,
        Bot,
        Series,
        RowCount
    };

    QTableWidget *metricsTable() const { return m_table; }
    CompareLossChart *lossChart() const { return m_lossChart; }
    CompareForecastChart *forecastChart() const { return m_forecastChart; }
    AbTestPanel *abTestPanel() const { return m_abPanel; } // null unless two models
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void loaded(bool ok);

private:
    void display(const ModelComparison &comparison);

    WorkspaceSession *m_session;
    std::vector<ModelRef> m_models;
    std::shared_ptr<AbTestControl> m_control;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableWidget *m_table;
    CompareLossChart *m_lossChart;
    CompareForecastChart *m_forecastChart;
    AbTestPanel *m_abPanel = nullptr;
};

} // namespace modeldeck
