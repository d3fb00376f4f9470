// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programlimits.h"

#include <string>
#include <vector>

namespace convener::core {

struct Step;

// Which parts of a step a clock threshold reaches back over entirely: the
// run engine times each phase (or a step without phases) on its own, and a
// threshold at least as long as a part fires the moment that part starts.
struct ThresholdReach
{
    std::vector<std::string> titles;                         // the parts reached, in order
    int parts = 0;                                           // how many parts the step has
    Seconds longest{0};                                      // the longest part

    bool none() const { return titles.empty(); }
    bool every() const { return parts > 0 && static_cast<int>(titles.size()) == parts; }
};

ThresholdReach thresholdReach(const Step &step, Seconds threshold);

} // namespace convener::core
