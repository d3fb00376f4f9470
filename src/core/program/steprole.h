// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace convener::core {

// A role in a step and how many people hold it at once: one client and two
// consultants; one case-giver, a timekeeper and three or four coaches.
struct StepRole
{
    std::string name;
    int minCount = 1;
    int maxCount = 1;
    nlohmann::ordered_json unknownFields;

    bool operator==(const StepRole &) const = default;
};

} // namespace convener::core
