#pragma once
// Training ▸ Retrain Stale Models…: finds the series whose active model is older than the stale
// threshold (off the GUI thread), asks, and queues a new version of each, optionally refreshing
// their price data first. Outcomes are reported through message(), never by a dialog that waits.

#include <QObject>
#include <functional>
#include <qcoro/qcorotask.h>

class QWidget;

namespace modeldeck {

class RefreshThenTrain;
class WorkspaceSession;

class StaleRetrain : public QObject
{
    Q_OBJECT
public:
    // The session is not owned and must outlive this object; `dialogParent` hosts the question.
    StaleRetrain(WorkspaceSession *session, QWidget *dialogParent);

    struct Answer
    {
        bool retrain = false;
        bool refreshFirst = true;
    };
    // Asks before queuing; `refreshText` labels the "refresh their data first" choice, which
    // starts ticked. The default is a question box; tests replace it to answer without one.
    using AskFunction = std::function<Answer(QWidget *parent, const QString &title,
                                             const QString &question, const QString &refreshText)>;
    // An empty function restores the default.
    void setAskFunction(AskFunction ask);

    QCoro::Task<> run();

Q_SIGNALS:
    void message(const QString &text);

private:
    WorkspaceSession *m_session;
    QWidget *m_dialogParent;
    RefreshThenTrain *m_refreshThenTrain;
    AskFunction m_ask;
};

} // namespace modeldeck
