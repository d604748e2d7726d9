// ModelDeck's background work must not need QThreadPool::globalInstance(): Qt's raster engine
// waits on that pool from the GUI thread while painting, so our long reads there froze the
// window (1 s opening 100,000 records, bench/app_load). With every global thread held, a
// workspace still opens, its queue still reconciles model files and a pool task still runs.

#include "queue/TrainingQueue.h"
#include "services/PoolTask.h"
#include "session/WorkspaceSession.h"
#include "storage/Database.h"
#include "util/WorkPool.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace modeldeck;

namespace {

// Occupies every thread of the global pool until destroyed.
class GlobalPoolHold
{
public:
    GlobalPoolHold()
    {
        QThreadPool *pool = QThreadPool::globalInstance();
        m_threads = pool->maxThreadCount();
        for (int i = 0; i < m_threads; ++i) {
            pool->start([this] {
                m_holding.release();
                m_hold.acquire();
            });
        }
    }
    ~GlobalPoolHold()
    {
        m_hold.release(m_threads);
        QThreadPool::globalInstance()->waitForDone();
    }
    bool held() { return m_holding.tryAcquire(m_threads, 10000); }

private:
    int m_threads = 0;
    QSemaphore m_hold;
    QSemaphore m_holding;
};

QCoro::Task<int> countSymbols(std::shared_ptr<Database> database, int *out)
{
    auto counted = co_await onPool(std::move(database), [](const Database &db) -> Result<int> {
        auto c = db.connection();
        if (!c)
            return c.error();
        return 42;
    });
    *out = counted ? *counted : -1;
    co_return *out;
}

} // namespace

class TestWorkPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isNotTheGlobalPool()
    {
        QVERIFY(workPool());
        QVERIFY(workPool() != QThreadPool::globalInstance());
        QCOMPARE(workPool(), workPool());
        QCOMPARE(workPool()->parent(), QCoreApplication::instance()); // waited for at exit
    }

    void workspaceOpensWhileTheGlobalPoolIsBusy()
    {
        QTemporaryDir dir;
        GlobalPoolHold hold;
        QVERIFY(hold.held());
        WorkspaceSession session;
        QSignalSpy opened(&session, &WorkspaceSession::opened);
        QSignalSpy failed(&session, &WorkspaceSession::failed);
        // Connected as the queue appears: its reconciliation may end during opened.wait().
        QStringList reconciled;
        connect(&session, &WorkspaceSession::queueChanged, this, [&](TrainingQueue *queue) {
            connect(queue, &TrainingQueue::startupCleanupFinished, this,
                    [&](const QString &error) { reconciled << error; });
        });
        session.open(dir.filePath(QStringLiteral("ws")));
        QVERIFY(opened.wait(20000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(reconciled, QStringList { QString() }, 20000);

        int counted = 0;
        countSymbols(session.database(), &counted);
        QTRY_COMPARE_WITH_TIMEOUT(counted, 42, 20000);
    }
};

QTEST_GUILESS_MAIN(TestWorkPool)
#include "tst_workpool.moc"
