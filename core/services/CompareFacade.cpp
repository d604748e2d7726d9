#include "services/CompareFacade.h"

#include "services/PoolTask.h"

namespace modeldeck {

namespace {

ModelBacktest::Progress reporter(const std::shared_ptr<AbTestControl> &control)
{
    return [control](int done, int total) {
        control->total.store(total, std::memory_order_relaxed);
        control->done.store(done, std::memory_order_relaxed);
    };
}

} // namespace

CompareFacade::CompareFacade(std::shared_ptr<Database> database) : m_database(std::move(database))
{
}

QCoro::Task<Result<ModelComparison>>
CompareFacade::compare(std::vector<ModelRef> models, int window,
                       std::shared_ptr<AbTestControl> control) const
{
    return onPool(m_database, [models = std::move(models), window, control](const Database &db) {
        return AbTestService(db).compare(models, window, &control->token, reporter(control));
    });
}

QCoro::Task<Result<AbTestOutcome>>
CompareFacade::runAbTest(AbTestRequest request, std::shared_ptr<AbTestControl> control) const
{
    return onPool(m_database, [request, control](const Database &db) {
        return AbTestService(db).run(request, &control->token, reporter(control));
    });
}

QCoro::Task<Result<std::vector<AbTestRecord>>>
CompareFacade::history(QString modelA, QString modelB, int limit) const
{
    return onPool(m_database, [modelA, modelB, limit](const Database &db) {
        return AbTestService(db).history(modelA, modelB, limit);
    });
}

QCoro::Task<Result<Activation>> CompareFacade::activateWinner(qint64 testId) const
{
    return onPool(m_database, [testId](const Database &db) {
        return AbTestService(db).activateWinner(testId);
    });
}

} // namespace modeldeck
