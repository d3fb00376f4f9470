// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scheduler/scheduler.h"
#include "core/scheduler/schedulerdeadline.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace convener::core {

// Pieces of the scheduler's lower bounds, public so that tests can hold them
// against exhaustive search.

// Fewest pairs from the same clique when `cliqueTotal` clique members and
// `freeCount` others fill groups of `groupSizes`, clique c holding at most
// cliqueCaps[c] of them. With caps summing to cliqueTotal the cliques are exact.
std::int64_t minimumClashes(const std::vector<int> &groupSizes, const std::vector<int> &cliqueCaps, int cliqueTotal,
    int freeCount, const ScheduleDeadline &deadline = {});

// Smallest possible sum over people of (seats in odd-sized groups)^2 when round t
// has oddSeats[t] such seats, filled by distinct people of present[t].
std::int64_t minimumOddLoad(int people, const std::vector<std::vector<int>> &present, const std::vector<int> &oddSeats,
    const ScheduleDeadline &deadline = {});

// scheduleLowerBound() within a plan's deadline: past it, what the bound has
// proven so far, which is still a lower bound, only a weaker one.
int scheduleLowerBound(const ScheduleProblem &problem, const ScheduleDeadline &deadline);

// evaluateSchedule() without the lower bound (left 0), for a plan that keeps
// its bound apart and must not pay for it again at every evaluation.
ScheduleStats evaluatePlan(const ScheduleProblem &problem, const std::vector<ScheduleRound> &rounds);

// A bound that meets the plan on most calls: every round on its own can hold no
// fewer met pairs than its exact minimum given the history (RoundOptimum), nor
// fewer than the pigeonhole count against an earlier round of the call; the
// sum of those per-round figures, or the counting bound when that is higher.
struct PlanBound
{
    int lowerBound = 0;
    // Per planned round: a split with fewer pairs met in history than the
    // plan's, when the exact search found one (worth starting from).
    std::vector<std::optional<ScheduleRound>> betterRounds;
    std::int64_t nodes = 0;
};

// `plan` caps the exact searches (no round needs a proof above what it already
// has); `nodeBudget` caps the work, shared by the rounds in order, so the
// result depends on the inputs only, never on the machine's speed.
// Past the deadline, the work stops where it is, as when the budget runs out.
PlanBound planLowerBound(const ScheduleProblem &problem, const std::vector<ScheduleRound> &plan,
    std::int64_t nodeBudget, const ScheduleDeadline &deadline = {});

} // namespace convener::core
