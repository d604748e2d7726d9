#pragma once
// Auto-train: choose symbols, timeframes and bots; the dialog counts live how many jobs that
// makes and how many combinations have too few bars, then queues them (TrainingQueue::
// enqueueAuto) and reports what was queued, already queued and skipped, with the reasons.
// Optionally it first refreshes the chosen series' price data (RefreshPanel, a page of the
// dialog), so combinations that gain enough bars are queued too; closing it meanwhile queues
// nothing.

#include <QDialog>
#include <QHash>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;

namespace modeldeck {

class RefreshPanel;
class WorkspaceSession;
struct RefreshOutcome;

class AutoTrainDialog : public QDialog
{
    Q_OBJECT
public:
    // Symbols and their series come from session->symbols() (already loaded, no SQL here).
    explicit AutoTrainDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~AutoTrainDialog() override; // a running refresh is abandoned: nothing is queued

    QStringList checkedSymbols() const;
    QStringList checkedTimeframes() const;
    QStringList checkedBots() const;
    // Checks exactly these names in each list (unknown names are ignored).
    void setSelection(const QStringList &symbols, const QStringList &timeframes,
                      const QStringList &bots);
    void setStartWhenQueued(bool start);

    // From the current selection: every combination, and those with too few bars.
    int combinationCount() const { return m_combinations; }
    int skippedCount() const { return int(m_skipped.size()); }
    QString summaryText() const;
    // After queueing: what happened, as shown on the result page (empty before).
    QString resultText() const;

    QListWidget *symbolList() const { return m_symbols; }
    QListWidget *timeframeList() const { return m_timeframes; }
    QListWidget *botList() const { return m_bots; }
    // "Refresh price data first" (autotrain/refreshFirst) and the page shown while it runs.
    QCheckBox *refreshFirstBox() const { return m_refreshFirst; }
    RefreshPanel *refreshPanel() const { return m_refreshPanel; }
    bool isRefreshing() const;

public Q_SLOTS:
    // Queues the selection (the OK button), after refreshing its price data when that is
    // checked; shows the result or the error in the dialog.
    void queueSelection();
    // Closing while refreshing abandons the refresh (series already written stay).
    void done(int result) override;

Q_SIGNALS:
    // One line for the status bar after jobs were queued.
    void queued(const QString &summary);

private:
    QListWidget *makeList(const QString &accessibleName);
    QWidget *makeColumn(const QString &title, QListWidget *list, QLineEdit *filter = nullptr);
    void fillLists();
    void recount();
    void saveSelection() const;
    void startRefresh();
    void enqueueSelection();
    void showRefreshOutcome(const RefreshOutcome &outcome);

    WorkspaceSession *m_session;
    QHash<QString, qint64> m_requiredBars; // per bot, with its default lookback
    QHash<QString, QHash<QString, qint64>> m_bars; // symbol → timeframe → bars
    QListWidget *m_symbols;
    QListWidget *m_timeframes;
    QListWidget *m_bots;
    QLineEdit *m_symbolFilter;
    QLabel *m_summary;
    QPlainTextEdit *m_skippedList;
    QCheckBox *m_startNow;
    QCheckBox *m_refreshFirst;
    QWidget *m_choose = nullptr;
    RefreshPanel *m_refreshPanel;
    QLabel *m_result;
    QStackedWidget *m_pages;
    QDialogButtonBox *m_buttons;
    int m_combinations = 0;
    QStringList m_skipped;
    bool m_filling = false;
};

} // namespace modeldeck
