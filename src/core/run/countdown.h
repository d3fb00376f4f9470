// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/clock.h"
#include "core/program/programlimits.h"

namespace convener::core {

// A countdown to one deadline, for a timer that is not a step of the call
// (a retro phase). Like the run engine it keeps the deadline, never a count
// of ticks: the time left is the deadline minus the "now" it is given, so a
// late or missed repaint changes nothing.
class Countdown final
{
public:
    void start(Clock::Time now, Seconds length);
    void stop();

    bool running() const { return m_running; }
    Seconds length() const { return m_length; }
    Clock::Time deadline() const { return m_deadline; }
    // Negative once the time is up; zero when not running.
    Clock::Duration remaining(Clock::Time now) const;
    // True exactly once per start: on the first call at or past the deadline.
    bool advanceTo(Clock::Time now);

private:
    bool m_running = false;
    bool m_ended = false;
    Seconds m_length{0};
    Clock::Time m_deadline{};
};

} // namespace convener::core
