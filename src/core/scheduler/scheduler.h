// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scheduler/scheduleerror.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace convener::core {

// The pairing scheduler plans breakout rounds so that people meet as many new
// people as possible. Inside, people are indices 0..people-1; names belong to
// the edges (the JSON codec, the GUI), which map them.

using ScheduleGroup = std::vector<int>;
using ScheduleRound = std::vector<ScheduleGroup>;

struct ScheduleRoundRequest
{
    int groupSize = 2;
    // Default: floor(n/k) groups of k or k+1. Smaller groups: ceil(n/k) groups of k or k-1.
    bool smallerGroups = false;
    std::vector<int> absent;
    // Present from this round on: absent from every earlier round of the same plan.
    std::vector<int> late;

    bool operator==(const ScheduleRoundRequest &) const = default;
};

struct ScheduleProblem
{
    int people = 0;
    // Optional display names, used only as facts of errors (ScheduleError::names).
    std::vector<std::string> names;
    // Earlier rounds, oldest first; a pair that met in a later round met more recently.
    std::vector<ScheduleRound> history;
    // Hard constraint: these two never share a group.
    std::vector<std::pair<int, int>> keepApart;
    std::vector<ScheduleRoundRequest> rounds;

    bool operator==(const ScheduleProblem &) const = default;
};

struct ScheduleOptions
{
    std::uint64_t seed = 1;
    // The search stops at the lower bound, at the time limit, at the iteration
    // limit (0 = none) or when *cancel becomes true, whichever comes first. Only
    // the iteration count decides the result, so a search that ends at the bound
    // or the iteration limit is the same for the same seed on any machine.
    // The time limit counts from the call of planSchedule (replanSchedule) and
    // covers all of it: the checks, the start, the bounds, the proof, the search.
    std::chrono::milliseconds timeLimit{2000};
    std::int64_t iterationLimit = 0;
    const std::atomic<bool> *cancel = nullptr;
    // Where "now" comes from for the time limit; empty means std::chrono::steady_clock.
    std::function<std::chrono::steady_clock::time_point()> clock;
    // Start from a known combinatorial design when one fits the request exactly.
    bool useDesigns = true;
};

struct ScheduleStats
{
    // Encounters in the planned rounds between two people who had already met
    // (in history or an earlier planned round).
    int repeats = 0;
    // No schedule can have fewer repeats than this.
    int lowerBound = 0;
    // The most times any pair that meets in the plan has met, history included.
    int maxPairMeetings = 0;
    int keepApartViolations = 0;
    // People whose group changed compared with the previous plan (re-planning only).
    int moved = 0;
    std::int64_t elapsedMs = 0;
    // When the returned plan was first reached, in microseconds from the start:
    // what a proof or a stagnation stop costs on top of finding it.
    std::int64_t planFoundUs = 0;
    std::int64_t iterations = 0;
    // Repeats equal the lower bound: proven optimal, no plan can have fewer.
    // Otherwise repeats - lowerBound is the most a better plan could save.
    bool boundReached = false;
    // The time limit or the cancel flag ended the search before the bound was reached.
    bool stoppedEarly = false;
};

struct ScheduleResult
{
    std::vector<ScheduleRound> rounds;
    ScheduleStats stats;
    std::optional<ScheduleError> error;                      // set when nothing could be planned

    bool ok() const { return !error.has_value(); }
};

// People 0..people-1, all present in every round, no history.
ScheduleProblem uniformScheduleProblem(int people, int groupSize, int rounds, bool smallerGroups = false);

// Group sizes for one round of `present` people, largest first. Sizes differ by
// at most one and no group has a single person. Empty when no group can be formed.
std::vector<int> roundGroupSizes(int present, int groupSize, bool smallerGroups);

// Who is present in each planned round, in increasing order.
std::vector<std::vector<int>> presentPeople(const ScheduleProblem &problem);

// Everything that makes a problem impossible, named for the host: bad indices,
// group size below 2 or above the people present, keep-apart pairs that no
// partition can honour. Empty when the problem can be planned.
std::optional<ScheduleError> checkScheduleProblem(const ScheduleProblem &problem);

// Fewest repeats any schedule for a valid problem can have (counting and pigeonhole bounds).
int scheduleLowerBound(const ScheduleProblem &problem);

// Statistics of a given schedule (repeats, violations, meetings); elapsed time and
// iterations stay zero, lowerBound is computed.
ScheduleStats evaluateSchedule(const ScheduleProblem &problem, const std::vector<ScheduleRound> &rounds);

ScheduleResult planSchedule(const ScheduleProblem &problem, const ScheduleOptions &options = {});

// Re-plans after a change (someone left or joined, a hand edit): the first
// `startedRounds` rounds of `previous` stay as they are; the rest are planned
// again, weighing repeats against people moved away from their group in
// `previous`: moving two people is worth avoiding one repeat. Groups keep their place in each round's list, so "room 3"
// stays room 3; a group that has to go is the one with the fewest people left.
ScheduleResult replanSchedule(const ScheduleProblem &problem, const std::vector<ScheduleRound> &previous,
                              int startedRounds, const ScheduleOptions &options = {});

} // namespace convener::core
