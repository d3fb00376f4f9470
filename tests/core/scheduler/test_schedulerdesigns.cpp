// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/scheduler/schedulerdesigns.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace convener::core;

namespace {

// A design is what it claims: every round splits all people into groups of the
// given size, and no pair shares a group twice.
void requireDesign(const std::vector<ScheduleRound> &rounds, int people, int groupSize, int expectedRounds)
{
    REQUIRE(static_cast<int>(rounds.size()) == expectedRounds);
    std::set<std::pair<int, int>> pairs;
    for (size_t t = 0; t < rounds.size(); ++t) {
        INFO("round " << t);
        std::vector<int> everyone;
        for (const auto &group : rounds[t]) {
            CHECK(static_cast<int>(group.size()) == groupSize);
            everyone.insert(everyone.end(), group.begin(), group.end());
            for (size_t a = 0; a < group.size(); ++a) {
                for (size_t b = a + 1; b < group.size(); ++b) {
                    const auto pair = std::pair{std::min(group[a], group[b]), std::max(group[a], group[b])};
                    CHECK(pairs.insert(pair).second);
                }
            }
        }
        std::sort(everyone.begin(), everyone.end());
        std::vector<int> expected(static_cast<size_t>(people));
        for (int p = 0; p < people; ++p)
            expected[static_cast<size_t>(p)] = p;
        CHECK(everyone == expected);
    }
}

// Every pair that shares a group somewhere in the rounds, smaller person first.
std::set<std::pair<int, int>> metPairs(const std::vector<ScheduleRound> &rounds)
{
    std::set<std::pair<int, int>> met;
    for (const auto &round : rounds) {
        for (const auto &group : round) {
            for (size_t a = 0; a < group.size(); ++a) {
                for (size_t b = a + 1; b < group.size(); ++b)
                    met.insert({ std::min(group[a], group[b]), std::max(group[a], group[b]) });
            }
        }
    }
    return met;
}

} // namespace

TEST_CASE("Designs: the circle method gives a full round robin")
{
    requireDesign(roundRobinDesign(24), 24, 2, 23);
    requireDesign(roundRobinDesign(30), 30, 2, 29);
    CHECK(roundRobinDesign(7).empty());
}

TEST_CASE("Designs: affine planes of every prime-power order, built directly")
{
    // Groups of 2 to 6 up to 60 people: orders 2, 3, 4 and 5. Order 4 needs the
    // field of four elements, not the integers modulo 4.
    for (const int q : {2, 3, 4, 5}) {
        INFO("order " << q);
        requireDesign(affinePlaneDesign(q), q * q, q, q + 1);
        const auto known = knownDesign(q * q, q, q + 1);
        REQUIRE(known.has_value());
        requireDesign(*known, q * q, q, q + 1);
    }
    requireDesign(affinePlaneDesign(7), 49, 7, 8);
    requireDesign(affinePlaneDesign(8), 64, 8, 9);
    requireDesign(affinePlaneDesign(9), 81, 9, 10);
    CHECK(affinePlaneDesign(6).empty());
    CHECK(affinePlaneDesign(12).empty());
    CHECK(affinePlaneDesign(1).empty());
    CHECK_FALSE(knownDesign(16, 4, 6).has_value());
}

TEST_CASE("Designs: Kirkman triple systems of order 15 and 21")
{
    requireDesign(cyclicKirkmanDesign(15), 15, 3, 7);
    requireDesign(cyclicKirkmanDesign(21), 21, 3, 10);
    requireDesign(cyclicKirkmanDesign(27), 27, 3, 13);
    CHECK(cyclicKirkmanDesign(20).empty());
}

TEST_CASE("Designs: nearly Kirkman triple systems for every multiple of 6 from 24 to 60")
{
    for (int people = 24; people <= 60; people += 6) {
        INFO(people << " people");
        requireDesign(nearlyKirkmanDesign(people), people, 3, (people - 2) / 2);
    }
    CHECK(nearlyKirkmanDesign(12).empty());
    CHECK(nearlyKirkmanDesign(21).empty());
    const auto planned = planSchedule(uniformScheduleProblem(30, 3, 14));
    CHECK(planned.stats.repeats == 0);
    CHECK(planned.stats.boundReached);
}

TEST_CASE("Designs: the nearly Kirkman triple system for 18 people is stored")
{
    const auto design = storedDesign(18, 3);
    requireDesign(design, 18, 3, 8);
    // The pairs that never meet form a perfect matching: each person misses one other.
    std::vector<std::set<int>> partners(18);
    for (const auto &round : design) {
        for (const auto &group : round) {
            for (const int p : group) {
                for (const int other : group) {
                    if (other != p)
                        partners[static_cast<size_t>(p)].insert(other);
                }
            }
        }
    }
    for (const auto &seen : partners)
        CHECK(seen.size() == 16);
    const auto all = knownDesign(18, 3, 8);
    REQUIRE(all.has_value());
    requireDesign(*all, 18, 3, 8);
    const auto some = knownDesign(18, 3, 3);
    REQUIRE(some.has_value());
    requireDesign(*some, 18, 3, 3);
    CHECK_FALSE(knownDesign(18, 3, 9).has_value());
}

TEST_CASE("Designs: 1-rotational resolvable designs, among them 28 people in fours")
{
    requireDesign(rotationalDesign(28, 4), 28, 4, 9);
    requireDesign(rotationalDesign(16, 4), 16, 4, 5);
    requireDesign(rotationalDesign(9, 3), 9, 3, 4);
    CHECK(rotationalDesign(30, 4).empty());
}

TEST_CASE("Designs: a known design is offered only where it fits exactly")
{
    CHECK(knownDesign(15, 3, 7).has_value());
    CHECK_FALSE(knownDesign(15, 3, 8).has_value());
    CHECK(knownDesign(25, 5, 6).has_value());
    CHECK(knownDesign(24, 2, 23).has_value());
    CHECK_FALSE(knownDesign(26, 4, 2).has_value());
    const auto some = knownDesign(28, 4, 5);
    REQUIRE(some.has_value());
    requireDesign(*some, 28, 4, 5);
}

TEST_CASE("Designs: stored designs hold what they claim, 24 people in fours for 7 rounds")
{
    requireDesign(storedDesign(24, 4), 24, 4, 7);
    CHECK(storedDesign(24, 3).empty());
    CHECK(storedDesign(20, 4).empty());
    const auto prefix = knownDesign(24, 4, 3);
    REQUIRE(prefix.has_value());
    requireDesign(*prefix, 24, 4, 3);
    CHECK_FALSE(knownDesign(24, 4, 8).has_value());
}

TEST_CASE("Designs: resolvable designs in fours for 4 mod 12 people, from 16 to 52")
{
    // 16 is the affine plane of order 4; 28, 40 and 52 are stored base blocks.
    for (const int people : {16, 28, 40, 52}) {
        INFO(people << " people");
        const int full = (people - 1) / 3;
        if (people != 16)
            requireDesign(storedDesign(people, 4), people, 4, full);
        const auto all = knownDesign(people, 4, full);
        REQUIRE(all.has_value());
        requireDesign(*all, people, 4, full);
        // A resolvable design in fours has every pair meet exactly once.
        std::set<std::pair<int, int>> met;
        for (const auto &round : *all) {
            for (const auto &group : round) {
                for (size_t a = 0; a < group.size(); ++a) {
                    for (size_t b = a + 1; b < group.size(); ++b)
                        met.insert({std::min(group[a], group[b]), std::max(group[a], group[b])});
                }
            }
        }
        CHECK(static_cast<int>(met.size()) == people * (people - 1) / 2);
        // Loose requests are served too, and nothing beyond the full design.
        const auto some = knownDesign(people, 4, 2);
        REQUIRE(some.has_value());
        requireDesign(*some, people, 4, 2);
        CHECK_FALSE(knownDesign(people, 4, full + 1).has_value());
    }
    CHECK(storedDesign(40, 3).empty());
    CHECK(storedDesign(64, 4).empty());
}

TEST_CASE("Designs: Kirkman triple systems for 51 and 57 people, every pair meeting exactly once")
{
    for (const int people : { 51, 57 }) {
        INFO(people << " people");
        const int full = (people - 1) / 2;
        const auto design = storedDesign(people, 3);
        requireDesign(design, people, 3, full);
        CHECK(static_cast<int>(metPairs(design).size()) == people * (people - 1) / 2);

        const auto all = knownDesign(people, 3, full);
        REQUIRE(all.has_value());
        requireDesign(*all, people, 3, full);
        const auto some = knownDesign(people, 3, 4);
        REQUIRE(some.has_value());
        requireDesign(*some, people, 3, 4);
        CHECK_FALSE(knownDesign(people, 3, full + 1).has_value());

        // The scheduler returns it for a request without history, proven optimal at once.
        const auto planned = planSchedule(uniformScheduleProblem(people, 3, full));
        requireDesign(planned.rounds, people, 3, full);
        CHECK(planned.stats.repeats == 0);
        CHECK(planned.stats.lowerBound == 0);
        CHECK(planned.stats.boundReached);
        CHECK(planned.stats.iterations == 0);
    }
}

TEST_CASE("Designs: 30 people in fives for 6 rounds, with no full design behind them")
{
    const auto design = storedDesign(30, 5);
    requireDesign(design, 30, 5, 6);
    for (const int rounds : { 1, 5, 6 }) {
        INFO(rounds << " rounds");
        const auto known = knownDesign(30, 5, rounds);
        REQUIRE(known.has_value());
        requireDesign(*known, 30, 5, rounds);
    }
    CHECK_FALSE(knownDesign(30, 5, 7).has_value());

    // The five rounds of the shared benchmark's instance j come from it, proven at once.
    const auto planned = planSchedule(uniformScheduleProblem(30, 5, 5));
    requireDesign(planned.rounds, 30, 5, 5);
    CHECK(planned.stats.repeats == 0);
    CHECK(planned.stats.lowerBound == 0);
    CHECK(planned.stats.boundReached);
    CHECK(planned.stats.iterations == 0);
}

TEST_CASE("Designs: transversal designs for groups of k and prime powers q of at least k")
{
    // Every size up to 60 people in groups of 3 to 6 that the construction fits.
    for (const int k : { 3, 4, 5, 6 }) {
        for (int q = k; k * q <= 60; ++q) {
            INFO(k * q << " people in groups of " << k);
            const auto design = transversalDesign(k * q, k);
            if (affinePlaneDesign(q).empty()) {
                CHECK(design.empty());
                continue;
            }
            requireDesign(design, k * q, k, q);
            // People of one layer never meet; everyone else meets exactly once.
            const auto met = metPairs(design);
            CHECK(static_cast<int>(met.size()) == k * (k - 1) / 2 * q * q);
            for (const auto &[a, b] : met)
                CHECK(a / q != b / q);
            if (k * q > 24) {
                const auto known = knownDesign(k * q, k, q);
                REQUIRE(known.has_value());
                requireDesign(*known, k * q, k, q);
            }
        }
    }
    // Up to 24 people the search finds these plans at once; it is left to do so.
    CHECK_FALSE(knownDesign(12, 3, 4).has_value());
    CHECK_FALSE(knownDesign(20, 4, 5).has_value());
    CHECK(transversalDesign(24, 6).empty());
    CHECK(transversalDesign(36, 6).empty());
    CHECK(transversalDesign(46, 5).empty());

    // 45 people in fives: nine rounds of the eleven a full design would have.
    const auto planned = planSchedule(uniformScheduleProblem(45, 5, 9));
    requireDesign(planned.rounds, 45, 5, 9);
    CHECK(planned.stats.repeats == 0);
    CHECK(planned.stats.lowerBound == 0);
    CHECK(planned.stats.boundReached);
    CHECK(planned.stats.iterations == 0);
    CHECK_FALSE(knownDesign(45, 5, 10).has_value());
}

TEST_CASE("Designs: 32 people in fours for 10 rounds, lifted from two affine planes of order 4")
{
    const auto design = liftedAffineDesign(32, 4);
    requireDesign(design, 32, 4, 10);
    // The 16 pairs that never meet are person x and person x + 16; everyone else meets once.
    std::set<std::pair<int, int>> met;
    for (const auto &round : design) {
        for (const auto &group : round) {
            for (size_t a = 0; a < group.size(); ++a) {
                for (size_t b = a + 1; b < group.size(); ++b)
                    met.insert({std::min(group[a], group[b]), std::max(group[a], group[b])});
            }
        }
    }
    CHECK(met.size() == 32 * 31 / 2 - 16);
    for (int x = 0; x < 16; ++x)
        CHECK(met.count({x, x + 16}) == 0);
    CHECK(liftedAffineDesign(32, 3).empty());
    CHECK(liftedAffineDesign(28, 4).empty());

    // Offered for any number of rounds up to the ten it holds.
    const auto all = knownDesign(32, 4, 10);
    REQUIRE(all.has_value());
    requireDesign(*all, 32, 4, 10);
    const auto some = knownDesign(32, 4, 4);
    REQUIRE(some.has_value());
    requireDesign(*some, 32, 4, 4);
    CHECK_FALSE(knownDesign(32, 4, 11).has_value());
}

TEST_CASE("Designs: renaming people by a seed keeps a design and depends on the seed")
{
    const auto design = storedDesign(24, 4);
    const auto one = relabelledDesign(design, 24, 1);
    const auto two = relabelledDesign(design, 24, 2);
    requireDesign(one, 24, 4, 7);
    requireDesign(two, 24, 4, 7);
    CHECK(one != two);
    CHECK(one == relabelledDesign(design, 24, 1));
    requireDesign(relabelledDesign(roundRobinDesign(10), 10, 7), 10, 2, 9);
}
