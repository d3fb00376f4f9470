// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstddef>

namespace convener::core {

// Durations are whole seconds everywhere in programs: a file stores integers,
// the run engine compares them with a clock that is a parameter.
using Seconds = std::chrono::seconds;

// The ranges the file format accepts. They keep every total of a call far
// inside 64 bits and keep a hostile file from asking for absurd work.
inline constexpr int kProgramFormat = 1;
inline constexpr Seconds kMaxDuration{24 * 60 * 60};
inline constexpr int kMaxGroupSize = 500;
inline constexpr int kMaxRotationCount = 100;
inline constexpr int kMaxRoleCount = 500;
inline constexpr std::size_t kMaxIdLength = 64;
inline constexpr std::size_t kMaxProgramFileBytes = 4 * 1024 * 1024;
inline constexpr int kMaxNestingDepth = 64;
inline constexpr Seconds kDefaultCallLength{90 * 60};

} // namespace convener::core
