#pragma once
// The "Models" page of the main window: a card per training record (filtered and sorted from
// the sidebar), details of the selected record, Retrain and Clear. Reloads when a workspace
// opens, shortly after a queued job finishes, and refreshes ages every minute; shows the
// progress of a retrain on the card of the model being retrained.

#include "cards/ModelCardView.h"
#include "cards/ModelClearer.h"
#include "cards/RecordFilterModel.h"
#include "cards/RecordListModel.h"

#include <QWidget>
#include <qcoro/qcorotask.h>

class QLabel;
class QMenu;
class QTimer;
class QPushButton;

namespace modeldeck {

class EmptyStateStack;
class FilterSidebar;
class MessageBanner;
class ModelCardDelegate;
class RecordDetailsPane;
class RetrainTracker;
class WorkspaceSession;

class ModelsPage : public QWidget
{
    Q_OBJECT
public:
    using ConfirmFunction = ModelClearer::ConfirmFunction;

    explicit ModelsPage(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ModelsPage() override;

    // Reads the records again (off the GUI thread). Calls while one runs are folded into one
    // more run after it.
    QCoro::Task<> reload();

    // Queues retraining of the record with the same settings; says so, or why not.
    void retrain(qint64 recordId);
    // Each confirms with what will go (count and MB), then archives and deletes the files.
    QCoro::Task<> clearRecord(qint64 recordId);
    QCoro::Task<> clearSeries(const QString &symbol, const QString &timeframe);
    QCoro::Task<> clearEverything();

    void setConfirmFunction(ConfirmFunction confirm);
    qint64 currentRecordId() const;
    // The last message shown above the cards (info or error).
    QString message() const;

    ModelCardView *listView() const { return m_view; }
    RecordListModel *recordModel() const { return m_records; }
    RecordFilterModel *filterModel() const { return m_filter; }
    FilterSidebar *sidebar() const { return m_sidebar; }
    RecordDetailsPane *detailsPane() const { return m_details; }
    ModelCardDelegate *delegate() const { return m_delegate; }

Q_SIGNALS:
    void reloaded(int records);
    void cleared(int archived);
    // A one-line message for the main window's status bar.
    void statusMessage(const QString &text);

private:
    void applyRecords(std::vector<TrainingRecordSummary> records,
                      std::optional<RecordListModel::FacetCounts> counts,
                      std::vector<QString> searchText = {});
    QCoro::Task<> clear(ArchiveScope scope, QString what);
    void showMessage(const QString &text, bool error = false);
    void updateSummary();
    void showContextMenu(const QPoint &viewportPos);
    void openDetails();
    void showDetailsOf(const QModelIndex &current);
    QModelIndex currentIndex() const;
    void tick();

    WorkspaceSession *m_session; // not owned; outlives the page
    RetrainTracker *m_tracker;
    RecordListModel *m_records;
    RecordFilterModel *m_filter;
    ModelCardDelegate *m_delegate;
    FilterSidebar *m_sidebar;
    RecordDetailsPane *m_details;
    ModelCardView *m_view;
    EmptyStateStack *m_stack;
    QLabel *m_summary;
    MessageBanner *m_banner;
    QPushButton *m_clearButton;
    QMenu *m_clearMenu;
    QAction *m_retrainAction;
    QAction *m_clearAction;
    QAction *m_clearSeriesAction;
    QAction *m_clearAllAction;
    QAction *m_detailsAction;
    QTimer *m_reloadDelay;
    QTimer *m_clock;
    ModelClearer *m_clearer;
    bool m_loading = false;
    bool m_partial = false; // only the newest records are loaded so far
    bool m_reloadAgain = false;
};

} // namespace modeldeck
