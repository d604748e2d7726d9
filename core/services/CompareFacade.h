#pragma once
// Model comparison and A/B tests as the GUI reaches them (AbTestService on a pool thread).
// The long calls (compare, runAbTest) take a shared AbTestControl: the widget cancels through
// it and reads the progress the pool thread stores in it (atomics; no signal crosses threads).
// Cheap to copy; a copy keeps the workspace's database open until its calls finish.

#include "domain/AbTestRecord.h"
#include "modeldeck_core_export.h"
#include "services/AbTestService.h"
#include "training/CancellationToken.h"
#include "util/Result.h"

#include <atomic>
#include <memory>
#include <qcoro/qcorotask.h>
#include <vector>

namespace modeldeck {

class Database;

struct AbTestControl
{
    CancellationToken token;
    std::atomic_int done { 0 };
    std::atomic_int total { 0 };
};

class MODELDECK_CORE_EXPORT CompareFacade
{
public:
    explicit CompareFacade(std::shared_ptr<Database> database);

    QCoro::Task<Result<ModelComparison>> compare(std::vector<ModelRef> models, int window,
                                                 std::shared_ptr<AbTestControl> control) const;
    QCoro::Task<Result<AbTestOutcome>> runAbTest(AbTestRequest request,
                                                 std::shared_ptr<AbTestControl> control) const;
    QCoro::Task<Result<std::vector<AbTestRecord>>> history(QString modelA, QString modelB,
                                                           int limit) const;
    QCoro::Task<Result<Activation>> activateWinner(qint64 testId) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace modeldeck
