// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/stepcue.h"
#include "core/program/programlimits.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace convener::core {

// One stretch of a step with its own length and cues: "client shares",
// "consultants confer", "client reflects". When the step rotates, its phases
// repeat together as one block per turn.
struct Phase
{
    std::string id;                                          // unique within its step
    std::string title;
    Seconds duration{0};
    std::optional<Seconds> minimum;                          // how far it may be compressed; none = not at all
    std::vector<StepCue> cues;
    nlohmann::ordered_json unknownFields;

    Seconds minimumDuration() const { return minimum.value_or(duration); }

    bool operator==(const Phase &) const = default;
};

} // namespace convener::core
