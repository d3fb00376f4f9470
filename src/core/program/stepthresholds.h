// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programlimits.h"

#include <nlohmann/json.hpp>

namespace convener::core {

// How long before the end of each phase (or of a step without phases) the clock
// warns and then enters its final minute. A threshold longer than a phase
// simply fires at its start.
struct StepThresholds
{
    Seconds warning{120};
    Seconds finalMinute{60};
    nlohmann::ordered_json unknownFields;

    bool operator==(const StepThresholds &) const = default;
};

} // namespace convener::core
