#pragma once
// A compact picker of the active model per series: symbol and timeframe combos, then a combo
// of the saved models (every version) for that series with the active one selected. Choosing
// another one asks for confirmation (saying which model it replaces) and activates it off the
// GUI thread. For the Predictions tab and the saved-models page header.

#include "common/ReloadGate.h"
#include "domain/RegisteredModel.h"
#include "registry/SavedModelActions.h"

#include <QWidget>
#include <qcoro/qcorotask.h>
#include <vector>

class QComboBox;

namespace modeldeck {

class WorkspaceSession;

class ModelSwitcher : public QWidget
{
    Q_OBJECT
public:
    // The session is not owned and outlives the switcher. Loads when a workspace is open or opens.
    explicit ModelSwitcher(WorkspaceSession *session, QWidget *parent = nullptr);

    // Reads the registry again (off the GUI thread), keeping the chosen series.
    QCoro::Task<> reload();
    bool isLoading() const { return m_gate.isRunning(); }
    // Shows `symbol` `timeframe` when the registry has models for it.
    void setSeries(const QString &symbol, const QString &timeframe);
    QString symbol() const;
    QString timeframe() const;
    // The model chosen in the combo ("" when the series has no active model).
    QString activeName() const;
    int activeVersion() const;

    void setConfirmFunction(SavedModelActions::ConfirmFunction confirm);
    QComboBox *symbolCombo() const { return m_symbol; }
    QComboBox *timeframeCombo() const { return m_timeframe; }
    QComboBox *modelCombo() const { return m_model; }

Q_SIGNALS:
    void activeModelChanged(const QString &symbol, const QString &timeframe, const QString &name,
                            int version);
    // What an activation did or why it failed, for a status bar.
    void statusMessage(const QString &text, bool error);
    void reloaded();

private:
    void fillSymbols();
    void fillTimeframes();
    void fillModels();
    QCoro::Task<> choose(int row);

    WorkspaceSession *m_session;
    SavedModelActions *m_actions;
    QComboBox *m_symbol;
    QComboBox *m_timeframe;
    QComboBox *m_model;
    std::vector<RegisteredModel> m_models;
    ReloadGate m_gate;
};

} // namespace modeldeck
