// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/scheduler/schedulerbound.h"

#include "core/scheduler/scheduler.h"
#include "core/scheduler/schedulerflow.h"
#include "core/scheduler/schedulerroundoptimum.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <numeric>

namespace convener::core {

std::int64_t minimumClashes(const std::vector<int> &groupSizes, const std::vector<int> &cliqueCaps, int cliqueTotal,
    int freeCount, const ScheduleDeadline &deadline)
{
    const int groups = static_cast<int>(groupSizes.size());
    const int largestClique = cliqueCaps.empty() ? 0 : *std::max_element(cliqueCaps.begin(), cliqueCaps.end());
    // Cliques no larger than the number of groups can always be spread one per group
    // (Gale-Ryser with group sizes differing by at most one), so no flow is needed.
    if (largestClique <= groups || cliqueTotal == 0)
        return 0;

    const int cliques = static_cast<int>(cliqueCaps.size());
    // Nodes: source, pool of clique members, cliques, free people, groups, sink.
    const int source = 0;
    const int pool = 1;
    const int firstClique = 2;
    const int freeNode = firstClique + cliques;
    const int firstGroup = freeNode + 1;
    const int sink = firstGroup + groups;
    SchedulerFlow flow(sink + 1);
    flow.addArc(source, pool, cliqueTotal, 0);
    flow.addArc(source, freeNode, freeCount, 0);
    for (int c = 0; c < cliques; ++c) {
        flow.addArc(pool, firstClique + c, cliqueCaps[static_cast<size_t>(c)], 0);
        for (int g = 0; g < groups; ++g) {
            const int units = std::min(cliqueCaps[static_cast<size_t>(c)], groupSizes[static_cast<size_t>(g)]);
            // The u-th member of one clique in a group meets u earlier clique-mates.
            for (int u = 0; u < units; ++u)
                flow.addArc(firstClique + c, firstGroup + g, 1, u);
        }
    }
    for (int g = 0; g < groups; ++g) {
        flow.addArc(freeNode, firstGroup + g, groupSizes[static_cast<size_t>(g)], 0);
        flow.addArc(firstGroup + g, sink, groupSizes[static_cast<size_t>(g)], 0);
    }
    return flow.run(source, sink, cliqueTotal + freeCount, [&deadline]() { return deadline.passed(); }).second;
}

std::int64_t minimumOddLoad(int people, const std::vector<std::vector<int>> &present, const std::vector<int> &oddSeats,
    const ScheduleDeadline &deadline)
{
    const int rounds = static_cast<int>(present.size());
    const int total = std::accumulate(oddSeats.begin(), oddSeats.end(), 0);
    if (total == 0)
        return 0;
    const int source = 0;
    const int firstRound = 1;
    const int firstPerson = firstRound + rounds;
    const int sink = firstPerson + people;
    SchedulerFlow flow(sink + 1);
    std::vector<int> roundsPresent(static_cast<size_t>(people), 0);
    for (int t = 0; t < rounds; ++t) {
        flow.addArc(source, firstRound + t, oddSeats[static_cast<size_t>(t)], 0);
        for (const int p : present[static_cast<size_t>(t)]) {
            flow.addArc(firstRound + t, firstPerson + p, 1, 0);
            ++roundsPresent[static_cast<size_t>(p)];
        }
    }
    for (int p = 0; p < people; ++p) {
        // Squares grow by 1, 3, 5, ...: the u-th odd seat of a person costs 2u+1.
        for (int u = 0; u < roundsPresent[static_cast<size_t>(p)]; ++u)
            flow.addArc(firstPerson + p, sink, 1, 2 * u + 1);
    }
    return flow.run(source, sink, total, [&deadline]() { return deadline.passed(); }).second;
}

namespace {

std::vector<char> metInHistory(const ScheduleProblem &problem)
{
    const int n = problem.people;
    std::vector<char> met(static_cast<size_t>(n) * static_cast<size_t>(n), 0);
    for (const auto &round : problem.history) {
        for (const auto &group : round) {
            for (size_t a = 0; a < group.size(); ++a) {
                for (size_t b = a + 1; b < group.size(); ++b) {
                    met[static_cast<size_t>(group[a] * n + group[b])] = 1;
                    met[static_cast<size_t>(group[b] * n + group[a])] = 1;
                }
            }
        }
    }
    return met;
}

std::vector<std::vector<int>> sizesOf(const ScheduleProblem &problem, const std::vector<std::vector<int>> &present)
{
    std::vector<std::vector<int>> sizes;
    for (size_t t = 0; t < problem.rounds.size(); ++t) {
        const auto &request = problem.rounds[t];
        sizes.push_back(roundGroupSizes(static_cast<int>(present[t].size()), request.groupSize, request.smallerGroups));
    }
    return sizes;
}

// Pigeonhole counts per round: the groups of any earlier round are cliques of
// people who have met; a round with fewer groups than a clique has members must
// reunite some. `fromHistory` holds what history's rounds force, `fromEarlier`
// what the call's own earlier rounds force.
void pigeonholeByRound(const ScheduleProblem &problem, const std::vector<std::vector<int>> &present,
    const std::vector<std::vector<int>> &sizes, std::vector<std::int64_t> &fromHistory,
    std::vector<std::int64_t> &fromEarlier, const ScheduleDeadline &deadline)
{
    const int n = problem.people;
    const int rounds = static_cast<int>(problem.rounds.size());
    fromHistory.assign(static_cast<size_t>(rounds), 0);
    fromEarlier.assign(static_cast<size_t>(rounds), 0);
    std::vector<int> groupOf(static_cast<size_t>(n));
    // Rounds x (history + earlier rounds) flows: past the deadline the rest
    // count as zero, which keeps the sum a lower bound.
    for (int t = 0; t < rounds && !deadline.passed(); ++t) {
        const auto &here = present[static_cast<size_t>(t)];
        const auto &roundSizes = sizes[static_cast<size_t>(t)];
        const int people = static_cast<int>(here.size());
        for (const auto &round : problem.history) {
            if (deadline.passed())
                return;
            std::fill(groupOf.begin(), groupOf.end(), -1);
            for (size_t g = 0; g < round.size(); ++g) {
                for (const int p : round[g])
                    groupOf[static_cast<size_t>(p)] = static_cast<int>(g);
            }
            std::vector<int> cliques(round.size(), 0);
            for (const int p : here) {
                if (groupOf[static_cast<size_t>(p)] >= 0)
                    ++cliques[static_cast<size_t>(groupOf[static_cast<size_t>(p)])];
            }
            const int inCliques = std::accumulate(cliques.begin(), cliques.end(), 0);
            fromHistory[static_cast<size_t>(t)] = std::max(fromHistory[static_cast<size_t>(t)],
                minimumClashes(roundSizes, cliques, inCliques, people - inCliques, deadline));
        }
        for (int earlier = 0; earlier < t && !deadline.passed(); ++earlier) {
            const auto &before = present[static_cast<size_t>(earlier)];
            std::vector<int> both;
            std::set_intersection(here.begin(), here.end(), before.begin(), before.end(), std::back_inserter(both));
            const int shared = static_cast<int>(both.size());
            // Who of the earlier round is missing now is unknown to the bound, so each
            // earlier group counts with at most its size: the flow picks the kindest case.
            fromEarlier[static_cast<size_t>(t)] = std::max(fromEarlier[static_cast<size_t>(t)],
                minimumClashes(roundSizes, sizes[static_cast<size_t>(earlier)], shared, people - shared, deadline));
        }
    }
}

} // namespace

int scheduleLowerBound(const ScheduleProblem &problem)
{
    return scheduleLowerBound(problem, ScheduleDeadline());
}

int scheduleLowerBound(const ScheduleProblem &problem, const ScheduleDeadline &deadline)
{
    const int n = problem.people;
    const auto present = presentPeople(problem);
    const int rounds = static_cast<int>(problem.rounds.size());
    const auto sizes = sizesOf(problem, present);
    std::int64_t encounters = 0;
    for (const auto &roundSizes : sizes) {
        for (const int s : roundSizes)
            encounters += static_cast<std::int64_t>(s) * (s - 1) / 2;
    }
    const std::vector<char> met = metInHistory(problem);
    // Counting bound: person i can meet at most U_i new people (never met, present
    // with i at least once) and at most E_i people at all; every other encounter repeats.
    std::int64_t counting = 0;
    {
        std::vector<char> together(static_cast<size_t>(n) * static_cast<size_t>(n), 0);
        std::vector<std::int64_t> reach(static_cast<size_t>(n), 0);
        std::vector<char> isPresent(static_cast<size_t>(n));
        // Marking who is together costs people x people a round: a round with
        // the same people as the one before marks nothing new. Cut short by
        // the deadline, `together` would be missing pairs and the bound too
        // high, so it is then left out.
        bool complete = true;
        for (int t = 0; t < rounds; ++t) {
            const auto &here = present[static_cast<size_t>(t)];
            const int largest = sizes[static_cast<size_t>(t)].empty() ? 1 : sizes[static_cast<size_t>(t)].front();
            const bool same = t > 0 && here == present[static_cast<size_t>(t - 1)];
            if (!same && deadline.passed()) {
                complete = false;
                break;
            }
            for (const int i : here) {
                reach[static_cast<size_t>(i)] += largest - 1;
                if (same)
                    continue;
                for (const int j : here)
                    together[static_cast<size_t>(i * n + j)] = 1;
            }
        }
        std::int64_t newPairs = 0;
        std::int64_t perPerson = 0;
        for (int i = 0; i < n; ++i) {
            std::int64_t unmet = 0;
            for (int j = 0; j < n; ++j) {
                const size_t ij = static_cast<size_t>(i * n + j);
                if (j != i && together[ij] && !met[ij])
                    ++unmet;
            }
            newPairs += unmet;
            perPerson += std::min(unmet, reach[static_cast<size_t>(i)]);
        }
        const std::int64_t reachable = std::min({newPairs / 2, perPerson / 2, encounters});
        counting = complete ? encounters - reachable : 0;
    }

    std::vector<std::int64_t> fromHistory;
    std::vector<std::int64_t> fromEarlier;
    pigeonholeByRound(problem, present, sizes, fromHistory, fromEarlier, deadline);
    std::int64_t pigeonhole = 0;
    for (int t = 0; t < rounds; ++t)
        pigeonhole += std::max(fromHistory[static_cast<size_t>(t)], fromEarlier[static_cast<size_t>(t)]);
    return static_cast<int>(std::max(counting, pigeonhole));
}

PlanBound planLowerBound(const ScheduleProblem &problem, const std::vector<ScheduleRound> &plan,
    std::int64_t nodeBudget, const ScheduleDeadline &deadline)
{
    PlanBound bound;
    const int n = problem.people;
    const auto present = presentPeople(problem);
    const auto sizes = sizesOf(problem, present);
    const std::vector<char> met = metInHistory(problem);
    std::vector<char> apart(met.size(), 0);
    for (const auto &[a, b] : problem.keepApart) {
        apart[static_cast<size_t>(a * n + b)] = 1;
        apart[static_cast<size_t>(b * n + a)] = 1;
    }
    std::vector<std::int64_t> fromHistory;
    std::vector<std::int64_t> fromEarlier;
    pigeonholeByRound(problem, present, sizes, fromHistory, fromEarlier, deadline);
    std::int64_t sum = 0;
    std::vector<std::int64_t> roundBounds(problem.rounds.size(), 0);
    bound.betterRounds.resize(problem.rounds.size());
    for (size_t t = 0; t < problem.rounds.size(); ++t) {
        std::int64_t roundBound = fromHistory[t];
        int known = 0;
        if (t < plan.size()) {
            for (const auto &group : plan[t]) {
                for (size_t a = 0; a < group.size(); ++a) {
                    for (size_t b = a + 1; b < group.size(); ++b)
                        known += met[static_cast<size_t>(group[a] * n + group[b])] ? 1 : 0;
                }
            }
        }
        if (t < plan.size() && roundBound < known && nodeBudget > bound.nodes && !deadline.passed()) {
            RoundOptimum optimum(n, met, apart, present[t], sizes[t]);
            if (optimum.fits()) {
                const auto outcome = optimum.solve(static_cast<int>(roundBound), known, nodeBudget - bound.nodes);
                bound.nodes += outcome.nodes;
                roundBound = std::max<std::int64_t>(roundBound, outcome.lowerBound);
                if (outcome.groups && outcome.lowerBound < known)
                    bound.betterRounds[t] = outcome.groups;
            }
        }
        roundBounds[t] = std::max(roundBound, fromEarlier[t]);
        sum += roundBounds[t];
    }
    bound.lowerBound = std::max(scheduleLowerBound(problem, deadline), static_cast<int>(sum));
    const int planRepeats = evaluatePlan(problem, plan).repeats;
    if (problem.rounds.size() < 2 || plan.size() != problem.rounds.size() || bound.lowerBound >= planRepeats
        || deadline.passed())
        return bound;

    // Across rounds: a call's rounds are chained, each split of one round
    // becoming history for the next, and every chain within a level is
    // tried. Each round still has its own minimum as a floor, which prunes
    // the chains; the work shares the node budget with the rounds above.
    std::vector<std::int64_t> floorFrom(problem.rounds.size() + 1, 0);
    for (size_t t = problem.rounds.size(); t-- > 0;)
        floorFrom[t] = floorFrom[t + 1] + roundBounds[t];
    std::int64_t nodes = bound.nodes;
    std::function<bool(size_t, const std::vector<char> &, int)> chain = [&](size_t t, const std::vector<char> &metSoFar, int budget) {
        if (t == problem.rounds.size())
            return true;
        RoundOptimum round(n, metSoFar, apart, present[t], sizes[t]);
        if (!round.fits()) {
            nodes = nodeBudget + 1;
            return false;
        }
        return round.forEachSplit(budget - static_cast<int>(floorFrom[t + 1]), nodes, nodeBudget,
                                  [&](const ScheduleRound &split, int cost) {
                                      std::vector<char> metNext = metSoFar;
                                      for (const auto &group : split) {
                                          for (const int a : group) {
                                              for (const int b : group) {
                                                  if (a != b)
                                                      metNext[static_cast<size_t>(a * n + b)] = 1;
                                              }
                                          }
                                      }
                                      return chain(t + 1, metNext, budget - cost);
                                  });
    };
    for (int level = bound.lowerBound; level < planRepeats && nodes <= nodeBudget && !deadline.passed(); ++level) {
        if (chain(0, met, level) || nodes > nodeBudget || deadline.passed())
            break;
        bound.lowerBound = level + 1;
    }
    bound.nodes = nodes;
    return bound;
}

} // namespace convener::core
