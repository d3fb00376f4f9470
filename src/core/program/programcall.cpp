// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/programcall.h"

#include <algorithm>
#include <limits>

namespace convener::core {

namespace {
// Steps saturate rather than overflow, and so does their sum.
Seconds saturatingAdd(Seconds a, Seconds b)
{
    constexpr auto kMax = std::numeric_limits<Seconds::rep>::max();
    return b.count() > 0 && a.count() > kMax - b.count() ? Seconds{kMax} : a + b;
}
} // namespace

Seconds ProgramCall::plannedDuration() const
{
    Seconds sum{0};
    for (const Step &s : steps)
        sum = saturatingAdd(sum, s.plannedDuration());
    return sum;
}

Seconds ProgramCall::minimumDuration() const
{
    Seconds sum{0};
    for (const Step &s : steps)
        sum = saturatingAdd(sum, s.minimumDuration());
    return sum;
}

std::vector<Seconds> ProgramCall::startOffsets() const
{
    std::vector<Seconds> offsets;
    offsets.reserve(steps.size());
    Seconds at{0};
    for (const Step &s : steps) {
        offsets.push_back(at);
        at = saturatingAdd(at, s.plannedDuration());
    }
    return offsets;
}

const Step *ProgramCall::findStep(std::string_view stepId) const
{
    const auto it = std::find_if(steps.begin(), steps.end(), [&](const Step &s) { return s.id == stepId; });
    return it == steps.end() ? nullptr : &*it;
}

} // namespace convener::core
