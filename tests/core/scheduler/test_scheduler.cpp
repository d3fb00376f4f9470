// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/scheduler/scheduler.h"
#include "core/scheduler/schedulerbound.h"
#include "core/scheduler/schedulerroundoptimum.h"

#include "test_schedulersupport.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <functional>
#include <limits>
#include <numeric>
#include <set>

using namespace convener::core;
using convener::core::testing::requireValidSchedule;

namespace {

ScheduleOptions quickOptions(std::uint64_t seed = 1)
{
    ScheduleOptions options;
    options.seed = seed;
    options.timeLimit = std::chrono::milliseconds(20000);
    return options;
}

// Every way to split `people` into groups of `sizes`, each split listed once:
// the smallest person not yet placed always opens the next group.
void forEachPartition(const std::vector<int> &people, const std::vector<int> &sizes,
                      const std::function<void(const ScheduleRound &)> &visit)
{
    ScheduleRound current;
    std::function<void(const std::vector<int> &, const std::vector<int> &)> split =
        [&](const std::vector<int> &rest, const std::vector<int> &left) {
            if (rest.empty()) {
                visit(current);
                return;
            }
            std::vector<int> distinct = left;
            std::sort(distinct.begin(), distinct.end());
            distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
            const std::vector<int> others(rest.begin() + 1, rest.end());
            for (const int size : distinct) {
                std::vector<char> pick(others.size(), 0);
                std::fill(pick.begin(), pick.begin() + (size - 1), 1);
                do {
                    ScheduleGroup group{rest.front()};
                    std::vector<int> remaining;
                    for (size_t i = 0; i < others.size(); ++i)
                        (pick[i] ? group : remaining).push_back(others[i]);
                    std::vector<int> sizesLeft = left;
                    sizesLeft.erase(std::find(sizesLeft.begin(), sizesLeft.end(), size));
                    current.push_back(group);
                    split(remaining, sizesLeft);
                    current.pop_back();
                } while (std::prev_permutation(pick.begin(), pick.end()));
            }
        };
    split(people, sizes);
}

// The true fewest repeats, by trying every schedule (branch and bound).
int exhaustiveMinimum(const ScheduleProblem &problem)
{
    const auto present = presentPeople(problem);
    std::vector<std::vector<ScheduleRound>> options;
    for (size_t t = 0; t < problem.rounds.size(); ++t) {
        std::vector<ScheduleRound> all;
        forEachPartition(present[t],
                         roundGroupSizes(static_cast<int>(present[t].size()), problem.rounds[t].groupSize,
                                         problem.rounds[t].smallerGroups),
                         [&](const ScheduleRound &r) { all.push_back(r); });
        options.push_back(std::move(all));
    }
    const int n = problem.people;
    std::vector<int> met(static_cast<size_t>(n * n), 0);
    std::set<std::pair<int, int>> apart;
    for (auto [a, b] : problem.keepApart)
        apart.insert({std::min(a, b), std::max(a, b)});
    for (const auto &round : problem.history) {
        for (const auto &g : round) {
            for (size_t a = 0; a < g.size(); ++a) {
                for (size_t b = a + 1; b < g.size(); ++b) {
                    ++met[static_cast<size_t>(g[a] * n + g[b])];
                    ++met[static_cast<size_t>(g[b] * n + g[a])];
                }
            }
        }
    }
    int best = std::numeric_limits<int>::max();
    std::function<void(size_t, int)> go = [&](size_t t, int repeats) {
        if (repeats >= best)
            return;
        if (t == options.size()) {
            best = repeats;
            return;
        }
        for (const auto &round : options[t]) {
            int added = 0;
            bool allowed = true;
            for (const auto &g : round) {
                for (size_t a = 0; a < g.size(); ++a) {
                    for (size_t b = a + 1; b < g.size(); ++b) {
                        added += met[static_cast<size_t>(g[a] * n + g[b])] > 0;
                        allowed = allowed && !apart.count({std::min(g[a], g[b]), std::max(g[a], g[b])});
                    }
                }
            }
            if (!allowed)
                continue;
            for (const auto &g : round) {
                for (size_t a = 0; a < g.size(); ++a) {
                    for (size_t b = a + 1; b < g.size(); ++b) {
                        ++met[static_cast<size_t>(g[a] * n + g[b])];
                        ++met[static_cast<size_t>(g[b] * n + g[a])];
                    }
                }
            }
            go(t + 1, repeats + added);
            for (const auto &g : round) {
                for (size_t a = 0; a < g.size(); ++a) {
                    for (size_t b = a + 1; b < g.size(); ++b) {
                        --met[static_cast<size_t>(g[a] * n + g[b])];
                        --met[static_cast<size_t>(g[b] * n + g[a])];
                    }
                }
            }
        }
    };
    go(0, 0);
    return best;
}

ScheduleRoundRequest roundOf(int groupSize, std::vector<int> absent = {}, std::vector<int> late = {})
{
    ScheduleRoundRequest r;
    r.groupSize = groupSize;
    r.absent = std::move(absent);
    r.late = std::move(late);
    return r;
}

} // namespace

TEST_CASE("Scheduler: group sizes differ by at most one and nobody is alone")
{
    CHECK(roundGroupSizes(21, 2, false) == std::vector<int>{3, 2, 2, 2, 2, 2, 2, 2, 2, 2});
    CHECK(roundGroupSizes(22, 3, false) == std::vector<int>{4, 3, 3, 3, 3, 3, 3});
    CHECK(roundGroupSizes(22, 3, true) == std::vector<int>{3, 3, 3, 3, 3, 3, 2, 2});
    CHECK(roundGroupSizes(22, 5, false) == std::vector<int>{6, 6, 5, 5});
    CHECK(roundGroupSizes(22, 5, true) == std::vector<int>{5, 5, 4, 4, 4});
    CHECK(roundGroupSizes(11, 4, false) == std::vector<int>{4, 4, 3});      // 3 left over, 2 groups: smaller groups instead
    CHECK(roundGroupSizes(5, 2, true) == std::vector<int>{3, 2});           // never a group of one
    CHECK(roundGroupSizes(3, 4, false).empty());
    CHECK(roundGroupSizes(3, 4, true) == std::vector<int>{3});
    CHECK(roundGroupSizes(10, 1, false).empty());
    for (int n = 2; n <= 60; ++n) {
        for (int k = 2; k <= 8; ++k) {
            for (const bool smaller : {false, true}) {
                const auto sizes = roundGroupSizes(n, k, smaller);
                if (sizes.empty())
                    continue;
                INFO(n << " people, groups of " << k << (smaller ? ", smaller" : ""));
                CHECK(std::accumulate(sizes.begin(), sizes.end(), 0) == n);
                CHECK(sizes.front() - sizes.back() <= 1);
                CHECK(sizes.back() >= 2);
                if (smaller && k > 2)                        // pairs never leave anyone alone
                    CHECK(sizes.front() <= k);
                else
                    CHECK(sizes.front() <= k + 1);
            }
        }
    }
}

TEST_CASE("Scheduler: nobody meets twice while new partners remain")
{
    const auto problem = uniformScheduleProblem(16, 4, 4);
    const auto result = planSchedule(problem, quickOptions());
    requireValidSchedule(problem, result);
    CHECK(result.stats.repeats == 0);
    CHECK(result.stats.lowerBound == 0);
    CHECK(result.stats.maxPairMeetings == 1);
    CHECK(result.stats.boundReached);
}

TEST_CASE("Scheduler: 24 people in fours meet only new people for all 7 rounds, whatever the seed")
{
    const auto problem = uniformScheduleProblem(24, 4, 7);
    std::set<std::vector<ScheduleRound>> plans;
    for (const std::uint64_t seed : {1, 2, 3, 4, 5}) {
        const auto result = planSchedule(problem, quickOptions(seed));
        requireValidSchedule(problem, result);
        CHECK(result.stats.repeats == 0);
        CHECK(result.stats.boundReached);
        plans.insert(result.rounds);
    }
    CHECK(plans.size() == 5);                                // each seed its own plan
}

TEST_CASE("Scheduler: 32 people in fours meet only new people for all 10 rounds, whatever the seed")
{
    // The 8-4-10 social golfer schedule: every round full of new partners, the most 32 people in fours can have.
    const auto problem = uniformScheduleProblem(32, 4, 10);
    std::set<std::vector<ScheduleRound>> plans;
    for (const std::uint64_t seed : {1, 2, 3}) {
        const auto result = planSchedule(problem, quickOptions(seed));
        requireValidSchedule(problem, result);
        CHECK(result.stats.repeats == 0);
        CHECK(result.stats.maxPairMeetings == 1);
        CHECK(result.stats.boundReached);
        plans.insert(result.rounds);
    }
    CHECK(plans.size() == 3);
}

TEST_CASE("Scheduler: the same seed gives the same plan")
{
    ScheduleProblem problem = uniformScheduleProblem(22, 3, 5);
    problem.rounds[1].absent = {4, 9};
    problem.keepApart = {{0, 1}, {2, 3}};
    for (const bool designs : {true, false}) {
        ScheduleOptions options = quickOptions(42);
        options.useDesigns = designs;
        const auto a = planSchedule(problem, options);
        const auto b = planSchedule(problem, options);
        requireValidSchedule(problem, a);
        CHECK(a.stats.boundReached);
        CHECK(a.rounds == b.rounds);
        CHECK(a.stats.iterations == b.stats.iterations);
    }
}

TEST_CASE("Scheduler: an iteration limit makes an unfinished search repeatable")
{
    const auto problem = uniformScheduleProblem(24, 4, 7);
    ScheduleOptions options = quickOptions(7);
    options.useDesigns = false;
    options.iterationLimit = 50;
    const auto a = planSchedule(problem, options);
    const auto b = planSchedule(problem, options);
    requireValidSchedule(problem, a);
    CHECK(a.rounds == b.rounds);
    CHECK(a.stats.iterations <= 50);
}

TEST_CASE("Scheduler: keep-apart pairs never share a group")
{
    ScheduleProblem problem = uniformScheduleProblem(12, 4, 5);
    problem.keepApart = {{0, 1}, {0, 2}, {1, 2}, {5, 9}};
    const auto result = planSchedule(problem, quickOptions());
    requireValidSchedule(problem, result);
    CHECK(result.stats.keepApartViolations == 0);
}

TEST_CASE("Scheduler: absentees are left out and late joiners start with their round")
{
    ScheduleProblem problem = uniformScheduleProblem(14, 2, 4);
    problem.rounds[0].absent = {3};
    problem.rounds[2].late = {10, 11};
    problem.rounds[3].absent = {3, 5};
    const auto present = presentPeople(problem);
    CHECK(std::count(present[0].begin(), present[0].end(), 3) == 0);
    CHECK(std::count(present[1].begin(), present[1].end(), 10) == 0);
    CHECK(std::count(present[2].begin(), present[2].end(), 10) == 1);
    CHECK(present[3].size() == 12);
    const auto result = planSchedule(problem, quickOptions());
    requireValidSchedule(problem, result);
    CHECK(result.stats.repeats == 0);
}

TEST_CASE("Scheduler: history counts, so earlier partners are avoided")
{
    ScheduleProblem problem;
    problem.people = 8;
    problem.history = {{{0, 1}, {2, 3}, {4, 5}, {6, 7}}, {{0, 2}, {1, 3}, {4, 6}, {5, 7}}};
    problem.rounds = {roundOf(2), roundOf(2), roundOf(2), roundOf(2), roundOf(2)};
    const auto result = planSchedule(problem, quickOptions());
    requireValidSchedule(problem, result);
    CHECK(result.stats.repeats == 0);                        // 7 rounds of a round robin in all
    problem.rounds.push_back(roundOf(2));
    const auto more = planSchedule(problem, quickOptions());
    requireValidSchedule(problem, more);
    CHECK(more.stats.lowerBound == 4);
    CHECK(more.stats.repeats == 4);
    CHECK(more.stats.maxPairMeetings == 2);                  // repeats spread: nobody meets a third time
}

TEST_CASE("Scheduler: unavoidable repeats go to the pairs that met longest ago")
{
    ScheduleProblem problem;
    problem.people = 4;
    problem.history = {{{0, 1}, {2, 3}}, {{0, 2}, {1, 3}}, {{0, 3}, {1, 2}}};
    problem.rounds = {roundOf(2)};
    const auto result = planSchedule(problem, quickOptions());
    requireValidSchedule(problem, result);
    CHECK(result.stats.repeats == 2);
    CHECK(result.rounds[0] == ScheduleRound{{0, 1}, {2, 3}});
}

TEST_CASE("Scheduler: the lower bound never exceeds the true optimum on small cases")
{
    struct Case
    {
        const char *name;
        ScheduleProblem problem;
        bool tight;
    };
    std::vector<Case> cases;
    cases.push_back({"6 in pairs for 6 rounds", uniformScheduleProblem(6, 2, 6), true});
    cases.push_back({"7 in pairs for 4 rounds", uniformScheduleProblem(7, 2, 4), false});
    cases.push_back({"8 in fours for 3 rounds", uniformScheduleProblem(8, 4, 3), false});
    cases.push_back({"9 in trios for 2 rounds", uniformScheduleProblem(9, 3, 2), true});
    cases.push_back({"6 in trios for 3 rounds", uniformScheduleProblem(6, 3, 3), false});
    cases.push_back({"5 in pairs for 4 rounds", uniformScheduleProblem(5, 2, 4), false});
    {
        ScheduleProblem p;
        p.people = 6;
        p.history = {{{0, 1, 2}, {3, 4, 5}}};
        p.rounds = {roundOf(3)};
        cases.push_back({"trios after trios", p, true});
    }
    {
        ScheduleProblem p;
        p.people = 8;
        p.history = {{{0, 1, 2, 3}, {4, 5, 6, 7}}};
        p.rounds = {roundOf(4, {0, 4}), roundOf(2, {1})};
        cases.push_back({"fours with absentees", p, false});
    }
    {
        ScheduleProblem p = uniformScheduleProblem(8, 4, 2);
        p.rounds[1].absent = {0, 1};
        cases.push_back({"second round with two away", p, false});
    }
    {
        ScheduleProblem p = uniformScheduleProblem(7, 3, 3);
        p.keepApart = {{0, 1}};
        p.history = {{{0, 2}, {3, 4}}};
        cases.push_back({"keep-apart and history", p, false});
    }
    for (const auto &c : cases) {
        INFO(c.name);
        const int optimum = exhaustiveMinimum(c.problem);
        const int bound = scheduleLowerBound(c.problem);
        CHECK(bound <= optimum);
        if (c.tight)
            CHECK(bound == optimum);
        ScheduleOptions options = quickOptions();
        options.timeLimit = std::chrono::milliseconds(300);
        const auto result = planSchedule(c.problem, options);
        requireValidSchedule(c.problem, result);
        CHECK(result.stats.repeats == optimum);
    }
}

TEST_CASE("Scheduler: fewer groups than group size forces the pigeonhole number of repeats")
{
    CHECK(scheduleLowerBound(uniformScheduleProblem(24, 6, 2)) == 8);
    CHECK(scheduleLowerBound(uniformScheduleProblem(30, 6, 2)) == 5);
    CHECK(minimumClashes({6, 6, 6, 6}, {6, 6, 6, 6}, 24, 0) == 8);
    CHECK(minimumClashes({3, 3}, {3, 3}, 6, 0) == 2);
    CHECK(minimumClashes({3, 3}, {3, 3}, 4, 2) == 0);
    const auto result = planSchedule(uniformScheduleProblem(24, 6, 2), quickOptions());
    CHECK(result.stats.repeats == 8);
    CHECK(result.stats.maxPairMeetings == 2);
}

TEST_CASE("Scheduler: nobody sits in the odd-sized group more often than needed")
{
    const auto problem = uniformScheduleProblem(21, 2, 6);
    const auto result = planSchedule(problem, quickOptions());
    requireValidSchedule(problem, result);
    std::map<int, int> trios;
    for (const auto &round : result.rounds) {
        for (const auto &g : round) {
            if (g.size() == 3) {
                for (const int p : g)
                    ++trios[p];
            }
        }
    }
    CHECK(trios.size() == 18);                               // 6 trios, 18 different people
    CHECK(result.stats.repeats == 0);
}

TEST_CASE("Scheduler: impossible requests are refused with the reason")
{
    // The kind and its facts; tests/models/rooms/test_scheduleerrortext.cpp checks the words.
    const auto errorOf = [](const ScheduleProblem &p) {
        const auto e = checkScheduleProblem(p);
        REQUIRE(e);
        return *e;
    };
    ScheduleProblem p = uniformScheduleProblem(10, 1, 2);
    ScheduleError e = errorOf(p);
    CHECK(e.kind == ScheduleErrorKind::GroupSizeBelowTwo);
    CHECK(e.field == "rounds[0].group_size");
    p = uniformScheduleProblem(4, 6, 1);
    e = errorOf(p);
    CHECK(e.kind == ScheduleErrorKind::TooFewPresent);
    CHECK(e.field == "rounds[0].group_size");
    CHECK((e.present == 4 && e.groupSize == 6));
    p = uniformScheduleProblem(10, 2, 2);
    p.rounds[1].absent = {0, 1, 2, 3, 4, 5, 6, 7, 8};
    e = errorOf(p);
    CHECK(e.kind == ScheduleErrorKind::MostAway);
    CHECK(e.field == "rounds[1].absent");
    CHECK((e.count == 9 && e.present == 1 && e.groupSize == 2));
    p = uniformScheduleProblem(10, 2, 2);
    p.rounds[0].absent = {12};
    e = errorOf(p);
    CHECK(e.kind == ScheduleErrorKind::UnknownPerson);
    CHECK(e.field == "rounds[0].absent");
    CHECK(e.count == 12);
    p = uniformScheduleProblem(6, 2, 1);
    p.names = {"Ana", "Ben", "Cy", "Dee", "Eve", "Fay"};
    p.keepApart = {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}};
    e = errorOf(p);
    CHECK(e.kind == ScheduleErrorKind::KeptApartFromTooMany);
    CHECK(e.field == "keep_apart");
    CHECK(e.people == std::vector<int> { 0 });
    CHECK(e.names == std::vector<std::string> { "Ana" });
    CHECK((e.count == 5 && e.present == 6 && e.round == 0 && e.groupSize == 2));
    p.keepApart.clear();
    for (int a = 0; a < 6; ++a) {
        for (int b = a + 1; b < 6; ++b)
            p.keepApart.emplace_back(a, b);
    }
    p.rounds[0].groupSize = 3;
    CHECK(errorOf(p).field == "keep_apart");
    p = uniformScheduleProblem(8, 4, 1);
    p.keepApart = {{0, 1}, {1, 2}, {0, 2}};
    e = errorOf(p);
    CHECK(e.kind == ScheduleErrorKind::KeptApartMoreThanGroups);
    CHECK(e.people == std::vector<int> { 0, 1, 2 });
    CHECK(e.names.empty());
    CHECK((e.round == 0 && e.groups == 2));
    p = uniformScheduleProblem(8, 2, 3);
    p.rounds[1].late = {3};
    p.rounds[2].late = {3};
    e = errorOf(p);
    CHECK(e.kind == ScheduleErrorKind::LateTwice);
    CHECK(e.field == "rounds[2].late");
    CHECK(e.people == std::vector<int> { 3 });
    CHECK(e.round == 1);
    const auto refused = planSchedule(uniformScheduleProblem(1, 2, 1));
    CHECK_FALSE(refused.ok());
    CHECK(refused.error->kind == ScheduleErrorKind::TooFewPeople);
    CHECK(refused.rounds.empty());
}

TEST_CASE("Scheduler: a cancelled or timed-out search still returns a valid plan")
{
    const auto problem = uniformScheduleProblem(32, 4, 10);
    ScheduleOptions options = quickOptions();
    options.useDesigns = false;
    std::atomic<bool> cancel{true};
    options.cancel = &cancel;
    const auto cancelled = planSchedule(problem, options);
    requireValidSchedule(problem, cancelled);
    CHECK(cancelled.stats.iterations <= 64);

    // A clock that jumps a second per reading: the first check already passes the limit.
    ScheduleOptions timed = quickOptions();
    timed.useDesigns = false;
    timed.timeLimit = std::chrono::milliseconds(500);
    auto fake = std::chrono::steady_clock::time_point{};
    timed.clock = [&fake]() { return fake += std::chrono::seconds(1); };
    const auto result = planSchedule(problem, timed);
    requireValidSchedule(problem, result);
    CHECK(result.stats.iterations <= 64);
    CHECK(result.stats.elapsedMs >= 1000);
}

TEST_CASE("Scheduler: the time limit covers the whole run, set-up and bounds included")
{
    // 1,000 people in groups of 50 for 20 rounds: the pigeonhole bound alone
    // took minutes, and the search's own limit started only after it. A clock
    // that moves a millisecond each time it is read: the plan may read it a few
    // times past the limit, as each stage stops, but never run on.
    const auto problem = uniformScheduleProblem(1000, 50, 20);
    ScheduleOptions options;
    options.timeLimit = std::chrono::milliseconds(100);
    auto fake = std::chrono::steady_clock::time_point {};
    options.clock = [&fake]() { return fake += std::chrono::milliseconds(1); };
    const auto result = planSchedule(problem, options);
    requireValidSchedule(problem, result);
    CHECK(result.stats.elapsedMs >= 100);
    CHECK(result.stats.elapsedMs <= 150);
    CHECK(result.stats.lowerBound <= result.stats.repeats);

    // Re-planning spends the same one limit.
    fake = std::chrono::steady_clock::time_point {};
    const auto again = replanSchedule(problem, result.rounds, 1, options);
    requireValidSchedule(problem, again);
    CHECK(again.rounds[0] == result.rounds[0]);
    CHECK(again.stats.elapsedMs <= 150);
}

TEST_CASE("Scheduler: re-planning keeps started rounds and moves few people")
{
    ScheduleProblem problem = uniformScheduleProblem(20, 4, 4);
    const auto first = planSchedule(problem, quickOptions());
    requireValidSchedule(problem, first);

    // Person 7 leaves after round 1; rounds 3 and 4 must do without them.
    problem.rounds[2].absent = {7};
    problem.rounds[3].absent = {7};
    const auto again = replanSchedule(problem, first.rounds, 2, quickOptions());
    requireValidSchedule(problem, again);
    CHECK(again.rounds[0] == first.rounds[0]);
    CHECK(again.rounds[1] == first.rounds[1]);
    // 19 people make four groups (5,5,5,4), so 7's three group-mates must move in
    // each of the two rounds; a fresh plan would move nearly everyone.
    CHECK(again.stats.moved >= 6);
    CHECK(again.stats.moved <= 12);

    // Nothing changed: nothing moves.
    const auto same = replanSchedule(uniformScheduleProblem(20, 4, 4), first.rounds, 1, quickOptions());
    CHECK(same.rounds == first.rounds);
    CHECK(same.stats.moved == 0);

    // Someone joins late for the last round: everyone else can stay where they were.
    ScheduleProblem bigger = uniformScheduleProblem(21, 4, 4);
    for (size_t t = 0; t < 3; ++t)
        bigger.rounds[t].absent = {20};
    const auto base = planSchedule(bigger, quickOptions());
    bigger.rounds[3].absent.clear();
    const auto joined = replanSchedule(bigger, base.rounds, 3, quickOptions());
    requireValidSchedule(bigger, joined);
    CHECK(joined.stats.moved == 0);
    CHECK(joined.stats.repeats == joined.stats.lowerBound);
}

TEST_CASE("Scheduler: a whole program of four calls reaches the bound call after call")
{
    // 24 people; call 1 three rounds of pairs, call 2 two of trios, call 3 one of
    // fives (the case clinic), call 4 pairs twice then trios; two or three people
    // away each call; each call sees every earlier round as history.
    struct Call
    {
        int groupSize[3];
        int rounds;
        std::vector<int> away;
    };
    const std::vector<Call> calls{
        {{2, 2, 2}, 3, {3, 17}},
        {{3, 3, 3}, 2, {5, 11, 20}},
        {{5, 5, 5}, 1, {0, 23}},
        {{2, 2, 3}, 3, {8, 9, 14}},
    };
    std::vector<ScheduleRound> history;
    for (size_t c = 0; c < calls.size(); ++c) {
        INFO("call " << c + 1);
        ScheduleProblem problem;
        problem.people = 24;
        problem.history = history;
        problem.keepApart = {{0, 1}};                        // the two co-hosts
        for (int r = 0; r < calls[c].rounds; ++r)
            problem.rounds.push_back(roundOf(calls[c].groupSize[r], calls[c].away));
        const auto result = planSchedule(problem, quickOptions(c + 1));
        requireValidSchedule(problem, result);
        CHECK(result.stats.repeats == result.stats.lowerBound);
        history.insert(history.end(), result.rounds.begin(), result.rounds.end());
    }
}

namespace {

// A call of one round in groups of `groupSize` after `history`, 2 people away.
ScheduleProblem oneRoundAfter(int people, int groupSize, const std::vector<ScheduleRound> &history)
{
    ScheduleProblem problem = uniformScheduleProblem(people, groupSize, 1);
    problem.history = history;
    problem.keepApart = {{0, 1}};
    problem.rounds[0].absent = {4, 9};
    return problem;
}

// The rounds of a dense earlier program: everyone has met most of the others.
std::vector<ScheduleRound> denseHistory(int people)
{
    std::vector<ScheduleRound> history;
    for (const int size : {2, 2, 2, 2, 4, 3, 6}) {
        ScheduleProblem earlier = uniformScheduleProblem(people, size, 1);
        earlier.history = history;
        const auto planned = planSchedule(earlier, quickOptions(7));
        REQUIRE(planned.ok());
        history.push_back(planned.rounds.front());
    }
    return history;
}

} // namespace

TEST_CASE("Scheduler: the exact minimum of one round never exceeds an exhaustive search")
{
    for (const int people : {8, 9, 10}) {
        for (const int groupSize : {2, 3, 4}) {
            INFO(people << " people in groups of " << groupSize);
            ScheduleProblem problem = uniformScheduleProblem(people, groupSize, 1);
            problem.history = denseHistory(people);
            problem.keepApart = {{0, 1}};
            const int optimum = exhaustiveMinimum(problem);
            const auto result = planSchedule(problem, quickOptions());
            requireValidSchedule(problem, result);
            // One round: the exact minimum is the optimum, and the plan proves it.
            CHECK(result.stats.lowerBound == optimum);
            CHECK(result.stats.repeats == optimum);
            CHECK(result.stats.boundReached);
        }
    }
}

TEST_CASE("Scheduler: a call whose plan meets the bound stops early and says it is optimal")
{
    // 16 people who have met most of each other: the counting bounds fall short
    // of the repeats one round of fours must have, so only the exact proof can
    // stop the search before its time limit.
    const auto problem = oneRoundAfter(16, 4, denseHistory(16));
    REQUIRE(scheduleLowerBound(problem) < planSchedule(problem, quickOptions()).stats.repeats);
    ScheduleOptions options = quickOptions();
    // A clock that never moves: only the proof or a stall can end the search,
    // and the iteration count shows which.
    options.clock = []() { return std::chrono::steady_clock::time_point{}; };
    const auto result = planSchedule(problem, options);
    requireValidSchedule(problem, result);
    CHECK(result.stats.boundReached);
    CHECK_FALSE(result.stats.stoppedEarly);
    CHECK(result.stats.repeats == result.stats.lowerBound);
    CHECK(result.stats.iterations < 100000);
}

TEST_CASE("Scheduler: the bound never exceeds the best known repeats of a whole program")
{
    // Four calls as in the practice program, 12 people, so that later calls
    // have many unavoidable repeats; each bound must stay at or below a plan.
    const std::vector<std::vector<int>> calls{{2, 2, 2, 2}, {4, 3}, {6}, {4}};
    std::vector<ScheduleRound> history;
    for (size_t c = 0; c < calls.size(); ++c) {
        INFO("call " << c + 1);
        ScheduleProblem problem;
        problem.people = 12;
        problem.history = history;
        problem.keepApart = {{0, 1}, {2, 7}};
        for (const int size : calls[c])
            problem.rounds.push_back(roundOf(size, {static_cast<int>(c) + 3, 11 - static_cast<int>(c)}));
        int best = std::numeric_limits<int>::max();
        ScheduleResult kept;
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            const auto result = planSchedule(problem, quickOptions(seed));
            requireValidSchedule(problem, result);
            if (result.stats.repeats < best) {
                best = result.stats.repeats;
                kept = result;
            }
        }
        for (std::uint64_t seed = 1; seed <= 4; ++seed)
            CHECK(planSchedule(problem, quickOptions(seed)).stats.lowerBound <= best);
        if (calls[c].size() == 1)
            CHECK(kept.stats.boundReached);                  // one round: the proof is exact
        history.insert(history.end(), kept.rounds.begin(), kept.rounds.end());
    }
}

TEST_CASE("Scheduler: the exact round search stays within its node budget")
{
    const auto history = denseHistory(20);
    ScheduleProblem problem = oneRoundAfter(20, 4, history);
    std::vector<char> met(20 * 20, 0);
    for (const auto &round : history) {
        for (const auto &g : round) {
            for (const int a : g) {
                for (const int b : g)
                    met[static_cast<size_t>(a * 20 + b)] = a != b ? 1 : 0;
            }
        }
    }
    const std::vector<char> apart(met.size(), 0);
    const auto present = presentPeople(problem).front();
    RoundOptimum optimum(20, met, apart, present, roundGroupSizes(static_cast<int>(present.size()), 4, false));
    REQUIRE(optimum.fits());
    const auto starved = optimum.solve(0, 30, 10);
    CHECK(starved.nodes <= 11);
    CHECK_FALSE(starved.exact);
    const auto full = optimum.solve(0, 30, 10'000'000);
    CHECK(full.lowerBound >= starved.lowerBound);
    CHECK(full.exact);
    REQUIRE(full.groups);
    int inside = 0;
    for (const auto &g : *full.groups) {
        for (size_t a = 0; a < g.size(); ++a) {
            for (size_t b = a + 1; b < g.size(); ++b)
                inside += met[static_cast<size_t>(g[a] * 20 + g[b])];
        }
    }
    CHECK(inside == full.lowerBound);
}

TEST_CASE("Scheduler: chaining a call's rounds makes the bound exact on small calls")
{
    // Calls of two or three rounds where each round alone could avoid every
    // repeat, so the rounds' own minima say 0; chaining them must find the
    // true optimum that an exhaustive search finds.
    std::vector<ScheduleProblem> calls;
    calls.push_back(uniformScheduleProblem(7, 2, 4));
    calls.push_back(uniformScheduleProblem(8, 4, 3));
    calls.push_back(uniformScheduleProblem(6, 3, 3));
    {
        ScheduleProblem p = uniformScheduleProblem(9, 3, 2);
        p.rounds[0].groupSize = 4;
        p.history = {{{0, 1}, {2, 3}, {4, 5}, {6, 7}}, {{0, 2}, {1, 3}, {4, 6}, {5, 8}}};
        p.keepApart = {{0, 8}};
        calls.push_back(p);
    }
    for (size_t c = 0; c < calls.size(); ++c) {
        INFO("call " << c);
        const auto &problem = calls[c];
        const int optimum = exhaustiveMinimum(problem);
        const auto plan = planSchedule(problem, quickOptions());
        REQUIRE(plan.stats.repeats == optimum);
        const auto bound = planLowerBound(problem, plan.rounds, 50'000'000);
        CHECK(bound.lowerBound == optimum);
        CHECK(plan.stats.boundReached);
    }
}

TEST_CASE("Scheduler: a re-plan proves its open rounds as a fresh plan does")
{
    const auto history = denseHistory(16);
    ScheduleProblem single = oneRoundAfter(16, 4, history);
    single.keepApart.clear();
    const auto proven = planSchedule(single, quickOptions());
    REQUIRE(proven.stats.boundReached);
    REQUIRE(proven.stats.repeats > scheduleLowerBound(single));
    // A started round that repeats the first round of history adds no new
    // encounter, so the open round's minimum is the one just proven; nothing
    // changed, so nobody needs to move.
    ScheduleProblem problem = single;
    problem.rounds.insert(problem.rounds.begin(), roundOf(2));
    const std::vector<ScheduleRound> previous{history.front(), proven.rounds.front()};
    const auto again = replanSchedule(problem, previous, 1, quickOptions());
    requireValidSchedule(problem, again);
    CHECK(again.rounds[0] == previous[0]);
    CHECK(again.stats.moved == 0);
    CHECK(again.stats.repeats == 8 + proven.stats.repeats);
    CHECK(again.stats.boundReached);
}
