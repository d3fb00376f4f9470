// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programcall.h"

#include <string>
#include <vector>

namespace convener::models {

// How a call's agenda fits its length, for the fit-to-time bar: the planned
// minutes against the call's, and when it runs over, which steps could give
// time back by running at their minimum durations, most time first.
struct CallFit
{
    struct Compressible
    {
        int row = 0;                                         // the step's place in the call
        std::string title;
        core::Seconds saving{0};
    };

    core::Seconds planned{0};
    core::Seconds minimum{0};
    core::Seconds length{0};
    std::vector<Compressible> compressible;                  // only when over

    core::Seconds over() const { return planned > length ? planned - length : core::Seconds(0); }
    core::Seconds spare() const { return planned < length ? length - planned : core::Seconds(0); }
    // Even every step at its minimum does not fit.
    bool overAtMinimum() const { return minimum > length; }
};

CallFit fitCall(const core::ProgramCall &call);

} // namespace convener::models
