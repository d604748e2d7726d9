#include "RateLimiter.h"

#include <algorithm>

namespace modeldeck {

RateLimiter::RateLimiter(std::chrono::milliseconds minInterval)
    : m_minInterval(std::max(minInterval, std::chrono::milliseconds(0))), m_next(Clock::now())
{
}

std::chrono::milliseconds RateLimiter::reserve()
{
    QMutexLocker lock(&m_mutex);
    const Clock::time_point now = Clock::now();
    const Clock::time_point slot = std::max(now, m_next);
    m_next = slot + m_minInterval;
    // Rounded up: sleeping a fraction of a millisecond too little would break the spacing.
    return std::chrono::ceil<std::chrono::milliseconds>(slot - now);
}

void RateLimiter::holdUntil(Clock::time_point until)
{
    QMutexLocker lock(&m_mutex);
    m_next = std::max(m_next, until);
}

} // namespace modeldeck
