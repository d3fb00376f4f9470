// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/clock.h"

namespace convener::core {

// Where a run stands against the call's planned length.
struct RunSchedule
{
    Clock::Time started;
    Clock::Time plannedEnd;                                  // started + the call's length
    Clock::Time projectedEnd;                                // now + what is left of the plan
    Clock::Duration elapsed{};
    Clock::Duration ahead{};                                 // plannedEnd - projectedEnd; negative = behind
    double progress = 0.0;                                   // share of the plan done, 0..1
};

} // namespace convener::core
