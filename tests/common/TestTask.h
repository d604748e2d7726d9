#pragma once
// A facade's QCoro task awaited from a test: the event loop runs until the task's result
// arrives (QCoro::waitFor needs a default-constructible result, which Result is not).

#include <QCoreApplication>
#include <QTest>
#include <optional>
#include <qcoro/qcorotask.h>

namespace modeldeck::test {

// nullopt when the task has not finished within `timeoutMs`.
template<typename T>
std::optional<T> await(QCoro::Task<T> task, int timeoutMs = 60000)
{
    std::optional<T> out;
    QCoro::connect(std::move(task), qApp, [&out](T value) { out.emplace(std::move(value)); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs))
        return std::nullopt;
    return out;
}

} // namespace modeldeck::test
