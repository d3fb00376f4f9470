// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/thresholdreach.h"

#include "core/program/step.h"

#include <algorithm>

namespace convener::core {

ThresholdReach thresholdReach(const Step &step, Seconds threshold)
{
    ThresholdReach reach;
    // A zero threshold never fires early, however short the part.
    const auto add = [&](const std::string &title, Seconds length) {
        ++reach.parts;
        reach.longest = std::max(reach.longest, length);
        if (threshold > Seconds{0} && threshold >= length)
            reach.titles.push_back(title);
    };
    if (step.phases.empty())
        add(step.title, step.turnDuration());
    for (const Phase &phase : step.phases)
        add(phase.title.empty() ? phase.id : phase.title, std::max(phase.duration, Seconds{0}));
    return reach;
}

} // namespace convener::core
