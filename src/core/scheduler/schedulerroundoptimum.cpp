// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/scheduler/schedulerroundoptimum.h"

#include <algorithm>
#include <array>
#include <bit>
#include <utility>

namespace convener::core {

namespace {

std::uint64_t bitOf(int i)
{
    return std::uint64_t{1} << i;
}

// People with a higher index than `last`.
std::uint64_t above(int last)
{
    return last >= 63 ? 0 : ~((std::uint64_t{1} << (last + 1)) - 1);
}

} // namespace

RoundOptimum::RoundOptimum(int people, const std::vector<char> &met, const std::vector<char> &apart,
                           const std::vector<int> &present, const std::vector<int> &sizes)
{
    m_count = static_cast<int>(present.size());
    if (m_count > kMaxPeople || sizes.empty())
        return;
    m_fits = true;
    const auto cell = [people](int a, int b) { return static_cast<size_t>(a) * static_cast<size_t>(people) + static_cast<size_t>(b); };
    // The people who have met the most come first: they open groups and are
    // placed while there is still room to keep them from old partners, which
    // is where a split fails soonest.
    std::vector<std::pair<int, int>> byDegree;
    for (const int p : present) {
        int degree = 0;
        for (const int q : present)
            degree += met[cell(p, q)] ? 1 : 0;
        byDegree.emplace_back(-degree, p);
    }
    std::sort(byDegree.begin(), byDegree.end());
    for (const auto &[degree, p] : byDegree)
        m_person.push_back(p);
    m_met.assign(static_cast<size_t>(m_count), 0);
    m_apart.assign(static_cast<size_t>(m_count), 0);
    for (int i = 0; i < m_count; ++i) {
        for (int j = 0; j < m_count; ++j) {
            if (i == j)
                continue;
            const size_t ij = cell(m_person[static_cast<size_t>(i)], m_person[static_cast<size_t>(j)]);
            if (met[ij])
                m_met[static_cast<size_t>(i)] |= bitOf(j);
            if (apart[ij])
                m_apart[static_cast<size_t>(i)] |= bitOf(j);
        }
    }
    std::vector<int> sorted = sizes;
    std::sort(sorted.rbegin(), sorted.rend());
    for (const int s : sorted) {
        if (m_sizeValues.empty() || m_sizeValues.back() != s) {
            m_sizeValues.push_back(s);
            m_sizeLeft.push_back(0);
        }
        ++m_sizeLeft.back();
    }
    m_smallest = sorted.back();
}

// Repeats still to come, at least: everyone needs `m_smallest - 1` partners
// (those in the open group, `need` more of the candidates); every partner they
// cannot find among the unplaced people they have not met is a repeat, and a
// repeat is counted by both of its people.
int RoundOptimum::futureBound(std::uint64_t unplaced, std::uint64_t group, std::uint64_t candidates, int need) const
{
    int deficit = 0;
    // The smallest group anyone unplaced can still end up in.
    int smallest = need > 0 ? std::popcount(group) + need : 1 << 20;
    for (size_t s = 0; s < m_sizeValues.size(); ++s) {
        if (m_sizeLeft[s] > 0)
            smallest = std::min(smallest, m_sizeValues[s]);
    }
    if (smallest == 1 << 20)
        smallest = m_smallest;
    for (std::uint64_t rest = unplaced; rest; rest &= rest - 1) {
        const int u = std::countr_zero(rest);
        // Only a candidate of the open group can have its members as partners.
        const std::uint64_t reachable = (candidates & bitOf(u)) ? unplaced | group : unplaced;
        const int fresh = std::popcount(~m_met[static_cast<size_t>(u)] & reachable & ~bitOf(u));
        deficit += std::max(0, smallest - 1 - fresh);
    }
    if (need > 0) {
        for (std::uint64_t members = group; members; members &= members - 1) {
            const int c = std::countr_zero(members);
            deficit += std::max(0, need - std::popcount(~m_met[static_cast<size_t>(c)] & candidates));
        }
    }
    return (deficit + 1) / 2;
}

bool RoundOptimum::openGroup(std::uint64_t unplaced, int cost)
{
    if (unplaced == 0)
        return m_visit ? (*m_visit)(currentSplit(), cost) : true;
    if (m_gaveUp)
        return false;
    if (++*m_nodes > m_nodeLimit) {
        m_gaveUp = true;
        return false;
    }
    if (cost + futureBound(unplaced, 0, 0, 0) > m_budget)
        return false;
    // The first unplaced person opens the next group, so each split is visited once.
    const int opener = std::countr_zero(unplaced);
    for (size_t s = 0; s < m_sizeValues.size() && !m_gaveUp; ++s) {
        if (m_sizeLeft[s] == 0)
            continue;
        --m_sizeLeft[s];
        m_groups.push_back(bitOf(opener));
        if (extend(unplaced & ~bitOf(opener), bitOf(opener), opener, m_sizeValues[s] - 1, cost))
            return true;
        m_groups.pop_back();
        ++m_sizeLeft[s];
    }
    return false;
}

bool RoundOptimum::extend(std::uint64_t unplaced, std::uint64_t group, int last, int need, int cost)
{
    if (need == 0)
        return openGroup(unplaced, cost);
    if (++*m_nodes > m_nodeLimit) {
        m_gaveUp = true;
        return false;
    }
    std::uint64_t blocked = 0;
    for (std::uint64_t members = group; members; members &= members - 1)
        blocked |= m_apart[static_cast<size_t>(std::countr_zero(members))];
    // Members join in increasing order, so a group is built one way only.
    const std::uint64_t candidates = unplaced & above(last) & ~blocked;
    if (std::popcount(candidates) < need)
        return false;
    if (cost + futureBound(unplaced, group, candidates, need) > m_budget)
        return false;
    // Cheapest first: a split within budget, when there is one, turns up sooner.
    std::array<std::pair<int, int>, kMaxPeople> order{};
    size_t count = 0;
    for (std::uint64_t rest = candidates; rest; rest &= rest - 1) {
        const int x = std::countr_zero(rest);
        order[count++] = {std::popcount(m_met[static_cast<size_t>(x)] & group), x};
    }
    std::stable_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(count),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (size_t i = 0; i < count && !m_gaveUp; ++i) {
        const auto [increase, x] = order[i];
        if (cost + increase > m_budget)
            break;
        m_groups.back() = group | bitOf(x);
        if (extend(unplaced & ~bitOf(x), group | bitOf(x), x, need - 1, cost + increase))
            return true;
    }
    m_groups.back() = group;
    return false;
}

RoundOptimum::Outcome RoundOptimum::solve(int from, int known, std::int64_t nodeBudget)
{
    Outcome outcome;
    outcome.lowerBound = from;
    if (!m_fits)
        return outcome;
    const std::uint64_t everyone = m_count == 64 ? ~std::uint64_t{0} : bitOf(m_count) - 1;
    m_ownNodes = 0;
    m_nodes = &m_ownNodes;
    m_visit = nullptr;
    m_nodeLimit = nodeBudget;
    m_gaveUp = false;
    int level = std::max(from, futureBound(everyone, 0, 0, 0));
    outcome.lowerBound = std::min(level, known);
    for (; level < known; ++level) {
        m_budget = level;
        m_groups.clear();
        const std::vector<int> sizeLeft = m_sizeLeft;
        const bool found = openGroup(everyone, 0);
        m_sizeLeft = sizeLeft;
        if (found) {
            outcome.lowerBound = level;
            outcome.groups = currentSplit();
            outcome.exact = true;
            outcome.nodes = m_ownNodes;
            return outcome;
        }
        if (m_gaveUp) {
            outcome.nodes = m_ownNodes;
            return outcome;
        }
        outcome.lowerBound = level + 1;
    }
    outcome.exact = outcome.lowerBound >= known;
    outcome.nodes = m_ownNodes;
    return outcome;
}

ScheduleRound RoundOptimum::currentSplit() const
{
    ScheduleRound round;
    for (const std::uint64_t g : m_groups) {
        ScheduleGroup group;
        for (std::uint64_t rest = g; rest; rest &= rest - 1)
            group.push_back(m_person[static_cast<size_t>(std::countr_zero(rest))]);
        std::sort(group.begin(), group.end());
        round.push_back(std::move(group));
    }
    return round;
}

bool RoundOptimum::forEachSplit(int budget, std::int64_t &nodes, std::int64_t nodeLimit, const Visitor &visit)
{
    m_gaveUp = false;
    if (!m_fits || budget < 0)
        return false;
    const std::uint64_t everyone = m_count == 64 ? ~std::uint64_t{0} : bitOf(m_count) - 1;
    m_nodes = &nodes;
    m_nodeLimit = nodeLimit;
    m_visit = &visit;
    m_budget = budget;
    m_groups.clear();
    const std::vector<int> sizeLeft = m_sizeLeft;
    const bool stopped = openGroup(everyone, 0);
    m_sizeLeft = sizeLeft;
    m_visit = nullptr;
    m_nodes = &m_ownNodes;
    if (nodes > nodeLimit)
        m_gaveUp = true;
    return stopped;
}

} // namespace convener::core
