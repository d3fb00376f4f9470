// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scheduler/scheduler.h"

#include <atomic>
#include <chrono>
#include <functional>

namespace convener::core {

// When a plan must be done: the time limit counted from the moment planning
// began, read from the options' clock, or as soon as the cancel flag is set.
// Every stage of a plan asks the same deadline (checking the request, the
// start, the bounds, the proof and the search), so the limit bounds the whole
// run rather than the search alone. A stage cut short keeps what it has: a
// bound proven so far, which is still a bound, or a plan that is still valid.
class ScheduleDeadline final
{
public:
    using Clock = std::chrono::steady_clock;

    // Never passes: for the bounds when they are asked for on their own.
    ScheduleDeadline() = default;
    explicit ScheduleDeadline(const ScheduleOptions &options);

    Clock::time_point now() const;
    Clock::time_point started() const { return m_started; }
    // Reads the clock (and the cancel flag).
    bool passed() const;
    // What is left of the limit, never below zero.
    std::chrono::milliseconds left() const;

private:
    std::function<Clock::time_point()> m_clock;
    const std::atomic<bool> *m_cancel = nullptr;
    Clock::time_point m_started;
    Clock::time_point m_end = Clock::time_point::max();
};

} // namespace convener::core
