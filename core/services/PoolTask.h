#pragma once
// How the async facades run a service call: on a pool thread with that thread's own database
// connection, released afterwards (pool threads are reused and eventually exit, and a connection
// must not outlive its thread). Private to core: it names Database.

#include "storage/Database.h"
#include "util/WorkPool.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>
#include <qcoro/qcorofuture.h>
#include <qcoro/qcorotask.h>
#include <type_traits>
#include <utility>

namespace modeldeck {

// A coroutine with its arguments taken by value, so the caller's temporaries (a facade, a
// lambda) may die while it is suspended. The work gets a const Database & and returns a Result.
template<typename Work>
auto onPool(std::shared_ptr<Database> database, Work work)
    -> QCoro::Task<std::invoke_result_t<Work &, const Database &>>
{
    using R = std::invoke_result_t<Work &, const Database &>;
    // Named: GCC 12 destroys temporaries of a full-expression that contains co_await twice.
    QFuture<R> future = QtConcurrent::run(workPool(), [database, work = std::move(work)]() mutable {
        R result = work(std::as_const(*database));
        database->releaseThreadConnection();
        return result;
    });
    co_await future;
    co_return future.takeResult();
}

} // namespace modeldeck
