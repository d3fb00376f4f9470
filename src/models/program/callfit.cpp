// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/program/callfit.h"

#include <algorithm>

namespace convener::models {

CallFit fitCall(const core::ProgramCall &call)
{
    CallFit fit;
    fit.planned = call.plannedDuration();
    fit.minimum = call.minimumDuration();
    fit.length = call.length;
    if (fit.over() == core::Seconds(0))
        return fit;
    for (size_t i = 0; i < call.steps.size(); ++i) {
        const auto &step = call.steps[i];
        const auto saving = step.plannedDuration() - step.minimumDuration();
        if (saving > core::Seconds(0))
            fit.compressible.push_back({static_cast<int>(i), step.title, saving});
    }
    // Largest saving first; equal savings keep agenda order.
    std::stable_sort(fit.compressible.begin(), fit.compressible.end(),
                     [](const auto &a, const auto &b) { return a.saving > b.saving; });
    return fit;
}

} // namespace convener::models
