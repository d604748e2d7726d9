#pragma once
// The workspace's trained strategy configurations: name, series, strategy, objective, key
// scores and when each was created. Open shows one (the page backtests its parameters),
// Export JSON… writes TrainedConfiguration::toJson to a file, Delete asks first. The file
// prompt and the confirmation go through replaceable functions so tests can answer them.

#include "domain/TrainedConfiguration.h"

#include <QWidget>
#include <functional>
#include <optional>
#include <qcoro/qcorotask.h>
#include <vector>

class QPushButton;
class QStandardItemModel;
class QTableView;

namespace modeldeck {

class InlineMessage;
class WorkspaceSession;

class SavedConfigurationsView : public QWidget
{
    Q_OBJECT
public:
    // True to go ahead; `accept` labels the go-ahead button.
    using ConfirmFunction = std::function<bool(QWidget *parent, const QString &title,
                                               const QString &text, const QString &accept)>;
    // The file to write, or empty to cancel; `suggested` is a file name.
    using SaveFileFunction = std::function<QString(QWidget *parent, const QString &suggested)>;

    explicit SavedConfigurationsView(WorkspaceSession *session, QWidget *parent = nullptr);

    void setConfirmFunction(ConfirmFunction confirm);
    void setSaveFileFunction(SaveFileFunction saveFile);

    // Loads the list again; `select` (an id) is selected afterwards when listed.
    QCoro::Task<> reload(qint64 select = 0);
    const std::vector<TrainedConfiguration> &configurations() const { return m_configurations; }
    std::optional<TrainedConfiguration> selected() const;
    void selectId(qint64 id);

    // Each acts on the selected configuration.
    void openSelected();
    QCoro::Task<> exportSelected();
    QCoro::Task<> deleteSelected();

    QTableView *view() const { return m_view; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    void openRequested(const modeldeck::TrainedConfiguration &configuration);
    void message(const QString &text, bool error);
    void reloaded(int count);

private:
    void updateButtons();

    WorkspaceSession *m_session;
    QStandardItemModel *m_model;
    QTableView *m_view;
    InlineMessage *m_status;
    QPushButton *m_open;
    QPushButton *m_export;
    QPushButton *m_delete;
    std::vector<TrainedConfiguration> m_configurations;
    ConfirmFunction m_confirm;
    SaveFileFunction m_saveFile;
    int m_loads = 0;
    bool m_busy = false;
};

} // namespace modeldeck
