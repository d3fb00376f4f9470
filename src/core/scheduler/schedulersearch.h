// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scheduler/scheduler.h"
#include "core/scheduler/schedulerdeadline.h"

#include <chrono>
#include <cstdint>
#include <vector>

namespace convener::core {

// One round as the local search sees it. Group sizes are fixed by `groups` when
// given, otherwise by `sizes` (the search then fills the round greedily).
struct SearchRound
{
    std::vector<int> present;
    std::vector<int> sizes;
    std::vector<ScheduleGroup> groups;
    std::vector<char> oddGroup;                              // per group: the size the round has fewer of
    // Per person: the group they had in the previous plan, -1 for none. Re-planning only.
    std::vector<int> anchor;
    bool frozen = false;
};

struct SearchInput
{
    int people = 0;
    std::vector<int> historyMeetings;                        // people x people
    std::vector<int> recencyCost;                            // people x people, 0..15, larger = met more recently
    std::vector<char> keepApart;                             // people x people
    std::vector<SearchRound> rounds;
    int repeatTarget = 0;                                    // the lower bound
    std::int64_t oddTarget = 0;                              // see minimumOddLoad()
    // End the search once this many iterations have passed without a better
    // plan (0: only the bound, the limits or cancelling end it). Counted in
    // iterations, not time, so the plan stays the same on every machine.
    std::int64_t stallStop = 0;
};

struct SearchOutput
{
    std::vector<ScheduleRound> rounds;
    std::int64_t iterations = 0;
    bool stoppedEarly = false;
    // Ended by input.stallStop.
    bool stalled = false;
    // When the returned plan was first reached (read from options.clock).
    std::chrono::steady_clock::time_point bestFoundAt;
};

// Tabu search over all unfrozen rounds at once. A move swaps two people in
// different groups of one round; its cost change is computed from the pair
// meeting counts in O(group size). The cost, lexicographic through its weights:
// keep-apart violations; repeats, with a moved person (re-planning) at half a
// repeat; odd-group balance; spread of repeats (sum of squared meeting counts);
// recency of earlier meetings.
// Ends at the deadline (or when options.cancel is set) wherever it is, the
// start included: a round not yet filled by then is filled in order, so a
// plan always comes back. The clock is read every iteration that did much
// work, and every 64 otherwise, so one large round cannot run far past it.
SearchOutput runScheduleSearch(
    const SearchInput &input, const ScheduleOptions &options, const ScheduleDeadline &deadline);

} // namespace convener::core
