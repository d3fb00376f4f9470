// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/scheduler/schedulerdeadline.h"

#include <algorithm>

namespace convener::core {

ScheduleDeadline::ScheduleDeadline(const ScheduleOptions &options)
    : m_clock(options.clock)
    , m_cancel(options.cancel)
    , m_started(now())
{
    // A limit beyond what the clock can count saturates instead of wrapping
    // round to a deadline in the past.
    const auto limit = std::max(options.timeLimit, std::chrono::milliseconds::zero());
    if (limit < std::chrono::duration_cast<std::chrono::milliseconds>(Clock::time_point::max() - m_started))
        m_end = m_started + limit;
}

ScheduleDeadline::Clock::time_point ScheduleDeadline::now() const
{
    return m_clock ? m_clock() : Clock::now();
}

bool ScheduleDeadline::passed() const
{
    if (m_cancel && m_cancel->load())
        return true;
    return m_end != Clock::time_point::max() && now() >= m_end;
}

std::chrono::milliseconds ScheduleDeadline::left() const
{
    if (m_end == Clock::time_point::max())
        return std::chrono::milliseconds::max();
    const auto t = now();
    return t >= m_end ? std::chrono::milliseconds::zero()
                      : std::chrono::duration_cast<std::chrono::milliseconds>(m_end - t);
}

} // namespace convener::core
