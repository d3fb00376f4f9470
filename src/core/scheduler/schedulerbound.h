// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

namespace convener::core {

// Pieces of the scheduler's lower bounds, public so that tests can hold them
// against exhaustive search.

// Fewest pairs from the same clique when `cliqueTotal` clique members and
// `freeCount` others fill groups of `groupSizes`, clique c holding at most
// cliqueCaps[c] of them. With caps summing to cliqueTotal the cliques are exact.
std::int64_t minimumClashes(const std::vector<int> &groupSizes, const std::vector<int> &cliqueCaps,
                            int cliqueTotal, int freeCount);

// Smallest possible sum over people of (seats in odd-sized groups)^2 when round t
// has oddSeats[t] such seats, filled by distinct people of present[t].
std::int64_t minimumOddLoad(int people, const std::vector<std::vector<int>> &present,
                            const std::vector<int> &oddSeats);

} // namespace convener::core
