// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

namespace convener::core {

// The largest request the scheduler takes, from a problem file, the command
// line or the Rooms area. Cohorts are 20 to 30 people and the benchmarks go
// to 500; these leave room for far more, while keeping every table the
// scheduler builds (people x people, rounds x people) small and a hostile file
// from asking for work that takes minutes or more memory than there is.
inline constexpr int kScheduleMaxPeople = 1000;
inline constexpr int kScheduleMaxGroupSize = 50;
inline constexpr int kScheduleMaxRounds = 100;
inline constexpr int kScheduleMaxHistoryRounds = 250;
// A group of history may be larger than a planned one (a plenary kept as history).
inline constexpr int kScheduleMaxHistoryGroup = 100;
inline constexpr int kScheduleMaxKeepApart = 1000;
inline constexpr std::size_t kScheduleMaxFileBytes = 16 * 1024 * 1024;

} // namespace convener::core
