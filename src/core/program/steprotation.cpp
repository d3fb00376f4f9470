// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/steprotation.h"

#include <array>
#include <utility>

namespace convener::core {

namespace {
constexpr std::array kKindKeys{
    std::pair{RotationKind::None, std::string_view("none")},
    std::pair{RotationKind::PerMember, std::string_view("per_member")},
    std::pair{RotationKind::Fixed, std::string_view("fixed")},
};
} // namespace

std::string_view rotationKindKey(RotationKind kind)
{
    for (const auto &[value, key] : kKindKeys) {
        if (value == kind)
            return key;
    }
    return "none";
}

std::optional<RotationKind> rotationKindFromKey(std::string_view key)
{
    for (const auto &[value, k] : kKindKeys) {
        if (k == key)
            return value;
    }
    return std::nullopt;
}

} // namespace convener::core
