// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/run/countdown.h"

namespace convener::core {

void Countdown::start(Clock::Time now, Seconds length)
{
    m_running = true;
    m_ended = false;
    m_length = length;
    m_deadline = now + length;
}

void Countdown::stop()
{
    m_running = false;
    m_ended = false;
}

Clock::Duration Countdown::remaining(Clock::Time now) const
{
    return m_running ? m_deadline - now : Clock::Duration::zero();
}

bool Countdown::advanceTo(Clock::Time now)
{
    if (!m_running || m_ended || now < m_deadline)
        return false;
    m_ended = true;
    return true;
}

} // namespace convener::core
