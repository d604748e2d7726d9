#pragma once
// The one way a widget awaits a service call: the result, or nothing when the widget was
// destroyed while the call ran (a window closed mid-query), in which case the caller returns
// at once without touching its members. For a single call whose result only updates the
// widget, QCoro::connect(task, this, callback) does the same without a coroutine.

#include <QObject>
#include <QPointer>
#include <optional>
#include <qcoro/qcorotask.h>
#include <utility>

namespace modeldeck {

template<typename T>
QCoro::Task<std::optional<T>> guarded(const QObject *context, QCoro::Task<T> task)
{
    const QPointer<const QObject> alive(context);
    T value = co_await task;
    if (!alive)
        co_return std::nullopt;
    co_return std::optional<T>(std::move(value));
}

} // namespace modeldeck
