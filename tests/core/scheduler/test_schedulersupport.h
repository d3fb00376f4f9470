// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scheduler/scheduler.h"
#include "core/scheduler/schedulerbound.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

namespace convener::core::testing {

// Every structural promise of a plan: each round splits exactly the people
// present, with the sizes the rules give, keep-apart pairs apart, and the
// odd-sized groups shared out as evenly as presence allows.
inline void requireValidSchedule(const ScheduleProblem &problem, const ScheduleResult &result)
{
    REQUIRE(result.ok());
    REQUIRE(result.rounds.size() == problem.rounds.size());
    const auto present = presentPeople(problem);
    std::set<std::pair<int, int>> apart;
    for (auto [a, b] : problem.keepApart)
        apart.insert({std::min(a, b), std::max(a, b)});
    std::vector<int> oddSeats;
    std::map<int, int> oddCount;
    for (size_t t = 0; t < result.rounds.size(); ++t) {
        INFO("round " << t);
        const auto &round = result.rounds[t];
        std::vector<int> members;
        std::vector<int> sizes;
        for (const auto &group : round) {
            members.insert(members.end(), group.begin(), group.end());
            sizes.push_back(static_cast<int>(group.size()));
            for (size_t a = 0; a < group.size(); ++a) {
                for (size_t b = a + 1; b < group.size(); ++b)
                    CHECK_FALSE(apart.count({std::min(group[a], group[b]), std::max(group[a], group[b])}));
            }
        }
        std::sort(members.begin(), members.end());
        CHECK(members == present[t]);
        std::sort(sizes.rbegin(), sizes.rend());
        const auto &request = problem.rounds[t];
        const auto expected = roundGroupSizes(static_cast<int>(present[t].size()), request.groupSize, request.smallerGroups);
        CHECK(sizes == expected);
        // The odd size is the one the round has fewer groups of (ties: the one not asked for).
        std::map<int, int> bySize;
        for (const int s : sizes)
            ++bySize[s];
        int seats = 0;
        if (bySize.size() == 2) {
            const auto small = *bySize.begin();
            const auto large = *std::next(bySize.begin());
            int odd = small.second < large.second ? small.first : large.first;
            if (small.second == large.second)
                odd = small.first == request.groupSize ? large.first : small.first;
            for (const auto &group : round) {
                if (static_cast<int>(group.size()) == odd) {
                    seats += odd;
                    for (const int p : group)
                        ++oddCount[p];
                }
            }
        }
        oddSeats.push_back(seats);
    }
    // Repeats come first; where none are needed the odd seats must be shared out fully.
    std::int64_t load = 0;
    for (const auto &[p, c] : oddCount)
        load += static_cast<std::int64_t>(c) * c;
    if (result.stats.repeats == 0)
        CHECK(load == minimumOddLoad(problem.people, present, oddSeats));
    CHECK(result.stats.keepApartViolations == 0);
    CHECK(result.stats.repeats >= result.stats.lowerBound);
}

} // namespace convener::core::testing
