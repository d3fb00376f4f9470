// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/stepspace.h"

#include <array>
#include <utility>

namespace convener::core {

namespace {
constexpr std::array kSpaceKeys{
    std::pair{StepSpace::Self, std::string_view("self")},     std::pair{StepSpace::Pair, std::string_view("pair")},
    std::pair{StepSpace::Trio, std::string_view("trio")},     std::pair{StepSpace::Group, std::string_view("group")},
    std::pair{StepSpace::Circle, std::string_view("circle")},
};
} // namespace

std::string_view spaceKey(StepSpace space)
{
    for (const auto &[value, key] : kSpaceKeys) {
        if (value == space)
            return key;
    }
    return "circle";
}

std::optional<StepSpace> spaceFromKey(std::string_view key)
{
    for (const auto &[value, k] : kSpaceKeys) {
        if (k == key)
            return value;
    }
    return std::nullopt;
}

std::optional<int> impliedGroupSize(StepSpace space)
{
    switch (space) {
    case StepSpace::Self:
        return 1;
    case StepSpace::Pair:
        return 2;
    case StepSpace::Trio:
        return 3;
    case StepSpace::Group:
    case StepSpace::Circle:
        break;
    }
    return std::nullopt;
}

} // namespace convener::core
