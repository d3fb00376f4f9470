// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scheduler/scheduler.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace convener::core {

// The fewest pairs who have met that one round can put together, found by
// branch and bound: the exact minimum of a single round, which is what makes a
// plan's lower bound meet its repeats. Rounds of a call are solved one by one;
// summed, their minima are a bound for the whole call, since a round can only
// add repeats with the rounds planned before it, never remove them.
//
// Works on at most 64 people present (one machine word per person), which
// covers every cohort where the counting bounds fall short; larger rounds are
// left to those bounds.
class RoundOptimum final
{
public:
    static constexpr int kMaxPeople = 64;

    struct Outcome
    {
        // No split of the round has fewer met pairs than this.
        int lowerBound = 0;
        // A split with exactly lowerBound met pairs, when the search found one.
        std::optional<ScheduleRound> groups;
        // Nodes visited, for the budget shared between rounds.
        std::int64_t nodes = 0;
        // lowerBound is the minimum itself (a split reaching it is known).
        bool exact = false;
    };

    // `met` and `apart` are people x people (0/1), over all the problem's people;
    // `present` the people of the round, `sizes` its group sizes.
    RoundOptimum(int people, const std::vector<char> &met, const std::vector<char> &apart, const std::vector<int> &present,
                 const std::vector<int> &sizes);

    bool fits() const { return m_fits; }

    // Raises the bound level by level, from `from`, up to `known` (a split with
    // `known` met pairs exists, so the minimum is at most that) or until
    // `nodeBudget` nodes have been visited. Deterministic: no clock involved.
    Outcome solve(int from, int known, std::int64_t nodeBudget);

    // Calls `visit` with every split of at most `budget` met pairs (and its
    // count) until `visit` returns true, which it then returns; false when no
    // split is left or the work counted in `nodes`, shared with any search
    // nested inside `visit`, passes `nodeLimit` (which the caller sees in
    // `nodes`). This chains rounds: a split of one round becomes history for
    // the next.
    using Visitor = std::function<bool(const ScheduleRound &split, int cost)>;
    bool forEachSplit(int budget, std::int64_t &nodes, std::int64_t nodeLimit, const Visitor &visit);

private:
    ScheduleRound currentSplit() const;
    bool openGroup(std::uint64_t unplaced, int cost);
    bool extend(std::uint64_t unplaced, std::uint64_t group, int last, int need, int cost);
    int futureBound(std::uint64_t unplaced, std::uint64_t group, std::uint64_t candidates, int need) const;

    bool m_fits = false;
    int m_count = 0;
    std::vector<int> m_person;                               // local index -> person
    std::vector<std::uint64_t> m_met;                        // local index -> met people (local)
    std::vector<std::uint64_t> m_apart;
    std::vector<int> m_sizeValues;                           // distinct sizes, largest first
    std::vector<int> m_sizeLeft;                             // groups of each size still to open
    int m_smallest = 2;
    int m_budget = 0;
    std::int64_t m_ownNodes = 0;
    std::int64_t *m_nodes = &m_ownNodes;
    std::int64_t m_nodeLimit = 0;
    const Visitor *m_visit = nullptr;
    bool m_gaveUp = false;
    std::vector<std::uint64_t> m_groups;                     // the split being built
};

} // namespace convener::core
