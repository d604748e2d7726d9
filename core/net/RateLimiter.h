#pragma once
// A minimum spacing between request starts, shared by every fetch that goes to one provider,
// so concurrent downloads together stay within the provider's limits. Not a coroutine
// itself: callers reserve a slot and sleep for the returned delay.

#include "modeldeck_core_export.h"

#include <QMutex>
#include <chrono>

namespace modeldeck {

class MODELDECK_CORE_EXPORT RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;

    explicit RateLimiter(std::chrono::milliseconds minInterval);

    std::chrono::milliseconds minInterval() const { return m_minInterval; }

    // Claims the next free slot and returns how long the caller must wait before sending.
    // Claiming (not sending) advances the schedule, so two callers never get the same slot.
    std::chrono::milliseconds reserve();
    // No slot starts before `until` (a 429's Retry-After concerns the whole client, not only
    // the request that received it).
    void holdUntil(Clock::time_point until);

private:
    const std::chrono::milliseconds m_minInterval;
    QMutex m_mutex;
    Clock::time_point m_next;
};

} // namespace modeldeck
