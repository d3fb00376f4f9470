// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programlimits.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace convener::core {

// How the phases of a step repeat. Per member: one turn for each person of the
// group, with the rotating role passing round (each trio member is the client
// once). Fixed: a set number of rounds (three speed-dating encounters).
enum class RotationKind { None, PerMember, Fixed };

std::string_view rotationKindKey(RotationKind kind);          // "none", "per_member", "fixed"
std::optional<RotationKind> rotationKindFromKey(std::string_view key);

struct StepRotation
{
    RotationKind kind = RotationKind::None;
    int count = 1;                                           // rounds of a fixed rotation
    std::string role;                                        // the role that passes round; empty = none named
    Seconds changeover{0};                                   // between two turns, e.g. to move people to new rooms
    nlohmann::ordered_json unknownFields;

    bool operator==(const StepRotation &) const = default;
};

} // namespace convener::core
