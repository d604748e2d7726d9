// WorkerPlan's rule for torch threads per job and jobs at once, which modeldeck-cli train,
// queue run and the GUI's "Auto" share: one thread per job, a job per core.

#include "queue/WorkerPlan.h"

#include <QTest>

using namespace modeldeck;

class TestWorkerPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneTorchThreadPerJobByDefault()
    {
        QCOMPARE(WorkerPlan::torchThreads(0), 1);
        QCOMPARE(WorkerPlan::torchThreads(-3), 1);
        QCOMPARE(WorkerPlan::torchThreads(3), 3); // --threads and Settings win
    }

    void queueRunsAJobPerCoreByDefault()
    {
        QCOMPARE(WorkerPlan::defaultWorkers(0, 1, 2), 2);
        QCOMPARE(WorkerPlan::defaultWorkers(0, 1, 8), 8);
        QCOMPARE(WorkerPlan::defaultWorkers(0, 2, 8), 4); // --threads 2: workers × threads fit
        QCOMPARE(WorkerPlan::defaultWorkers(0, 4, 2), 1); // more threads than cores: still one
        QCOMPARE(WorkerPlan::defaultWorkers(0, 0, 1), 1);
        QCOMPARE(WorkerPlan::defaultWorkers(3, 1, 2), 3); // --workers wins
    }
};

QTEST_GUILESS_MAIN(TestWorkerPlan)
#include "tst_workerplan.moc"
