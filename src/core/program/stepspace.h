// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

namespace convener::core {

// Where a step happens: the four spaces a good gathering visits, with pairs and
// trios named apart because the practices are written for them.
enum class StepSpace { Self, Pair, Trio, Group, Circle };

std::string_view spaceKey(StepSpace space);                      // "self", "pair", "trio", "group", "circle"
std::optional<StepSpace> spaceFromKey(std::string_view key);

// The group size a space fixes by itself; a group and the circle have none.
std::optional<int> impliedGroupSize(StepSpace space);

} // namespace convener::core
