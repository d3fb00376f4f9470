// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scheduler/scheduler.h"

#include <chrono>

namespace convener::tests {

// Scheduler options for tests that plan rooms: the iteration limit ends a search
// that misses the bound, so a test plans the same rooms on every machine, and
// the time limit is far enough away never to cut it short.
inline core::ScheduleOptions quickSchedule(std::uint64_t seed = 4)
{
    core::ScheduleOptions options;
    options.seed = seed;
    options.iterationLimit = 3000;
    options.timeLimit = std::chrono::minutes(10);
    return options;
}

} // namespace convener::tests
