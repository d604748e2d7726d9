#include "training/StaleRetrain.h"

#include "common/Guarded.h"
#include "domain/TrainingRecord.h"
#include "download/RefreshThenTrain.h"
#include "queue/TrainingQueue.h"
#include "session/WorkspaceSession.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>
#include <qcoro/qcorofuture.h>

namespace modeldeck {

namespace {

StaleRetrain::Answer askWithBox(QWidget *parent, const QString &title, const QString &question,
                                const QString &refreshText)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                    parent);
    auto *refreshFirst = new QCheckBox(refreshText, &box);
    refreshFirst->setChecked(true);
    box.setCheckBox(refreshFirst);
    const bool retrain = box.exec() == QMessageBox::Yes;
    return { retrain, refreshFirst->isChecked() };
}

} // namespace

StaleRetrain::StaleRetrain(WorkspaceSession *session, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_dialogParent(dialogParent),
      m_refreshThenTrain(new RefreshThenTrain(session, this)), m_ask(askWithBox)
{
    connect(m_refreshThenTrain, &RefreshThenTrain::refreshFailed, this,
            [this](const QStringList &failures) {
                Q_EMIT message(tr("Refreshing before retraining failed for: %1")
                                   .arg(failures.join(QStringLiteral("; "))));
            });
}

void StaleRetrain::setAskFunction(AskFunction ask)
{
    m_ask = ask ? std::move(ask) : AskFunction(askWithBox);
}

QCoro::Task<> StaleRetrain::run()
{
    if (!m_session->queue())
        co_return;
    QPointer<StaleRetrain> self(this);
    const int hours = AppSettings::staleHours();
    auto future = guarded(this, m_session->records().staleSeries(hours));
    auto foundGuarded = co_await future;
    if (!foundGuarded)
        co_return;
    auto found = std::move(*foundGuarded);
    // A database that cannot answer is an error to show, not "nothing is stale".
    if (!found) {
        Q_EMIT message(tr("Could not look for stale models: %1").arg(found.error().message));
        co_return;
    }
    std::vector<SeriesKey> series = std::move(*found);
    if (series.empty()) {
        Q_EMIT message(tr("No active model is older than %1 hours.").arg(hours));
        co_return;
    }
    const AskFunction ask = m_ask; // a copy: the question may outlive this object
    const Answer answer
        = ask(m_dialogParent, tr("Retrain Stale Models"),
              tr("Models of %n series are older than %1 hours. Queue a new version of each?",
                 nullptr, int(series.size()))
                  .arg(hours),
              tr("&Refresh their price data first (downloaded series only)"));
    if (!self || !answer.retrain)
        co_return;
    const auto enqueue = [self, hours] {
        if (!self || !self->m_session->queue())
            return;
        auto queued = self->m_session->queue()->enqueueRetrainStale(hours);
        Q_EMIT self->message(queued ? tr("Queued %n retraining job(s).", nullptr, *queued)
                                    : queued.error().message);
    };
    if (answer.refreshFirst)
        m_refreshThenTrain->start(std::move(series), enqueue);
    else
        enqueue();
}

} // namespace modeldeck
