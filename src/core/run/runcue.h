// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/clock.h"
#include "core/program/stepcue.h"

#include <string>

namespace convener::core {

// A cue with its variables filled and the time it is due on the current plan.
struct RunCue
{
    CueMoment moment = CueMoment::Start;
    std::string text;
    int step = 0;
    int slot = 0;                                            // -1 for a cue of the step as a whole
    Clock::Time due;

    bool operator==(const RunCue &) const = default;
};

} // namespace convener::core
