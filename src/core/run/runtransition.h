// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/clock.h"

namespace convener::core {

// What happened to a run between two looks at the clock. A phase here is any
// slot of an expanded step: a phase of a turn, a changeover, or the whole of a
// step without phases.
enum class RunEvent { PhaseStarted, Warning, FinalMinute, PhaseOver, StepOver, CallOver };

struct RunTransition
{
    RunEvent event = RunEvent::PhaseStarted;
    int step = 0;
    int slot = 0;
    Clock::Time at;                                          // when it was due, not when it was noticed

    bool operator==(const RunTransition &) const = default;
};

} // namespace convener::core
