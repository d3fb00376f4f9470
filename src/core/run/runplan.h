// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programlimits.h"

#include <string>
#include <vector>

namespace convener::core {

// The lengths a run gives each slot of each step, starting from the program's
// and changed by the host (a minute more, fit to end on time).
struct RunPlan
{
    std::vector<std::vector<Seconds>> durations;             // [step][slot]

    bool operator==(const RunPlan &) const = default;
};

// One step that "fit to end on time" shortened.
struct RunPlanChange
{
    int step = 0;
    std::string title;
    Seconds before{0};
    Seconds after{0};

    bool operator==(const RunPlanChange &) const = default;
};

// What "fit to end on time" did. previous restores the plan as it was.
struct RunFit
{
    RunPlan previous;
    std::vector<RunPlanChange> changes;
    Seconds overBy{0};                                       // projected past the planned end, before the fit
    Seconds saved{0};
    Seconds stillOver{0};                                    // what the minimums would not give

    bool changed() const { return saved > Seconds{0}; }
};

} // namespace convener::core
