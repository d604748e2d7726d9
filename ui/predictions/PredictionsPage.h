#pragma once
// The Predictions tab: pick a series, one of its registered models and a horizon, and predict
// the close that many bars ahead (off the GUI thread: it loads the model file and runs the
// network), optionally saving it. Below, the series' recent closes with the saved predictions
// and their intervals (or, in the next tab, the model's live accuracy at each fill of actual
// values), and the table of saved predictions. Actual closes are filled in when
// the page opens and whenever imports or downloads change the workspace's bars.

#include "common/ReloadGate.h"
#include "domain/Prediction.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <qcoro/qcorotask.h>
#include <vector>

class QCheckBox;
class QPushButton;
class QTabWidget;

namespace modeldeck {

class InlineMessage;
class LiveAccuracyChart;
class PredictionChart;
class PredictionHistoryView;
class PredictionPicker;
class PredictionResultPanel;
class WorkspaceSession;

class PredictionsPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kHistoryBars = 200;
    static constexpr int kChartPredictions = 500;
    static constexpr int kAccuracyPoints = 200;

    explicit PredictionsPage(WorkspaceSession *session, QWidget *parent = nullptr);
    ~PredictionsPage() override;

    // Fills in actuals, then reloads models, chart and table; emits refreshed() at the end.
    QCoro::Task<> refresh();
    // Predict with the chosen model and horizon (Ctrl+Enter); emits predictionFinished().
    QCoro::Task<> predict();

    const std::optional<Prediction> &lastPrediction() const { return m_last; }

    PredictionPicker *picker() const { return m_picker; }
    QCheckBox *saveCheck() const { return m_save; }
    QPushButton *predictButton() const { return m_predict; }
    InlineMessage *message() const { return m_message; }
    PredictionResultPanel *resultPanel() const { return m_result; }
    PredictionChart *chart() const { return m_chart; }
    LiveAccuracyChart *accuracyChart() const { return m_accuracy; }
    QTabWidget *views() const { return m_views; }
    PredictionHistoryView *history() const { return m_history; }

Q_SIGNALS:
    void predictionFinished(bool ok, const QString &error);
    void refreshed();
    void chartLoaded();
    void accuracyLoaded();
    // After each fill: how many saved predictions got their actual close.
    void actualsFilled(int count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QCoro::Task<> loadModels();
    QCoro::Task<> loadChart();
    QCoro::Task<> loadAccuracy();
    // The table and the chart, after a save or new actuals.
    QCoro::Task<> reloadSaved();
    void updateState();

    WorkspaceSession *m_session;
    PredictionPicker *m_picker;
    QCheckBox *m_save;
    QPushButton *m_predict;
    InlineMessage *m_message;
    PredictionResultPanel *m_result;
    PredictionChart *m_chart;
    LiveAccuracyChart *m_accuracy;
    QTabWidget *m_views = nullptr;
    PredictionHistoryView *m_history;

    std::optional<Prediction> m_last;
    ReloadGate m_refreshGate;
    ReloadGate m_chartGate;
    ReloadGate m_accuracyGate;
    bool m_predicting = false;
    quint64 m_modelsGeneration = 0;
};

} // namespace modeldeck
