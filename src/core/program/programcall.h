// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programlimits.h"
#include "core/program/step.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace convener::core {

// One video call of a program: a planned length and its ordered steps.
struct ProgramCall
{
    std::string id;                                          // unique within its program
    std::string title;
    std::string description;
    Seconds length = kDefaultCallLength;
    std::string plannedStart;                                // local "YYYY-MM-DDTHH:MM"; empty in a template
    std::vector<Step> steps;
    nlohmann::ordered_json unknownFields;

    // Sums of the steps at their planned group sizes.
    Seconds plannedDuration() const;
    Seconds minimumDuration() const;

    // Where each step starts, from the start of the call, when every step
    // takes its planned time.
    std::vector<Seconds> startOffsets() const;

    const Step *findStep(std::string_view stepId) const;

    bool operator==(const ProgramCall &) const = default;
};

} // namespace convener::core
