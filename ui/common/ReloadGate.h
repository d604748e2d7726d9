#pragma once
// Coalesces reloads of a view's data: a request while a load runs makes exactly one more
// load follow it, so bursts of change signals never pile up loads on the pool.
//
//     if (!m_gate.enter()) co_return;   // a load runs; it will go round once more
//     do { ...load and apply... } while (m_gate.again());

namespace modeldeck {

class ReloadGate
{
public:
    // False when a load is already running (it is told to run once more).
    bool enter()
    {
        if (m_running) {
            m_again = true;
            return false;
        }
        m_running = true;
        m_again = false;
        return true;
    }
    // True when another load was asked for meanwhile; otherwise the gate opens again.
    bool again()
    {
        const bool more = m_again;
        m_again = false;
        m_running = more;
        return more;
    }
    bool isRunning() const { return m_running; }

private:
    bool m_running = false;
    bool m_again = false;
};

} // namespace modeldeck
