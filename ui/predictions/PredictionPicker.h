#pragma once
// What to predict: symbol and timeframe (the workspace's series and those of registered
// models), one of that series' models (its active one first) and one of the model's
// horizons. A plain set of combo boxes; the model switcher widget is where models are
// activated.

#include "domain/MarketData.h"
#include "domain/RegisteredModel.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QHBoxLayout;

namespace modeldeck {

class PredictionPicker : public QWidget
{
    Q_OBJECT
public:
    explicit PredictionPicker(QWidget *parent = nullptr);

    // Every registered version (as ModelRegistry::list gives them) and the workspace's series.
    // Keeps the current choice where it is still offered.
    void setChoices(const std::vector<SymbolSummary> &symbols, std::vector<RegisteredModel> models);

    QString symbol() const;
    QString timeframe() const;
    QString modelName() const;
    int horizon() const; // 0 when none is offered
    // The version that predicts for the chosen name: the active one, else the newest.
    const RegisteredModel *chosenModel() const;
    const std::vector<RegisteredModel> &models() const { return m_models; }
    QStringList offeredSymbols() const;

    QComboBox *symbolCombo() const { return m_symbol; }
    QComboBox *timeframeCombo() const { return m_timeframe; }
    QComboBox *modelCombo() const { return m_model; }
    QComboBox *horizonCombo() const { return m_horizon; }

Q_SIGNALS:
    // The series or the model changed (by the user or by setChoices): what the chart shows.
    void selectionChanged();
    void horizonChanged();

private:
    void fillTimeframes();
    void fillModels(bool preferActive);
    void fillHorizons();

    QComboBox *m_symbol;
    QComboBox *m_timeframe;
    QComboBox *m_model;
    QComboBox *m_horizon;
    std::vector<SymbolSummary> m_symbols;
    std::vector<RegisteredModel> m_models;
};

} // namespace modeldeck
