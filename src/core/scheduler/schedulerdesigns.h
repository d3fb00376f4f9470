// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scheduler/scheduler.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace convener::core {

// Known resolvable designs: schedules in which no pair ever meets twice, built
// from their mathematical construction rather than searched for.

// Round robin by the circle method: `people` even, pairs, up to people-1 rounds.
std::vector<ScheduleRound> roundRobinDesign(int people);

// Affine plane of prime-power order q (2, 3, 4, 5, 7, 8, 9, ...): q*q people in
// groups of q, q+1 rounds, every pair meeting exactly once. Built over the finite
// field of order q; empty when q is not a prime power.
std::vector<ScheduleRound> affinePlaneDesign(int order);

// A resolvable transversal design: people = groupSize * q for a prime power q of
// at least groupSize, in q rounds with no pair meeting twice. The people are
// groupSize layers of q, and two people of one layer never meet, so it has fewer
// rounds than a full design; it serves requests that no full design does, such as
// 45 people in fives for up to 9 rounds. Built by Bose's construction of
// orthogonal Latin squares over the finite field of order q. Empty when the
// parameters do not fit.
std::vector<ScheduleRound> transversalDesign(int people, int groupSize);

// A 1-rotational resolvable design on `people` points with blocks of `groupSize`:
// the points are an abelian group of order people-1 plus one fixed point; a base
// round invariant under a subgroup of order groupSize-1 is developed over the
// cosets of that subgroup. The base blocks are found by a small exhaustive search
// over pure differences. Gives the (28,4,1) design (28 people in fours, 9 rounds)
// and others such as 16 in fours or 27 in trios. Empty when the parameters do not
// fit or the search finds none.
std::vector<ScheduleRound> rotationalDesign(int people, int groupSize);

// A Kirkman triple system with a cyclic symmetry of order q, found by
// backtracking: either two layers of q = (people-1)/2 points plus a fixed point,
// every round a translate of one base round (15 people), or three layers of
// q = people/3 points where (q-1)/2 rounds are single block orbits across the
// layers and the other q translates of a base round (21 people). Empty when the
// search finds none.
std::vector<ScheduleRound> cyclicKirkmanDesign(int people);

// A nearly Kirkman triple system: people (divisible by 6, from 24) in trios for
// (people-2)/2 rounds with no pair meeting twice; the pairs who never meet form a
// perfect matching. Two layers of (people-2)/2 people and two fixed people, every
// round a translate of one base round found by a small search (see
// schedulernearlykirkman.cpp). Empty when the parameters do not fit or the search
// finds none within its fixed budget.
std::vector<ScheduleRound> nearlyKirkmanDesign(int people);

// A design stored as base rounds over Z_q, found once by a small search run
// offline (see schedulerdesigns.cpp): the points are layers of q people (person
// layer*q + x) plus fixed people numbered after them, and round s of a base round
// adds s to every x modulo q. Stored: 24 people in fours for 7 rounds, the most 24
// people can have without a repeat, and the nearly Kirkman triple system for 18
// people (trios, 8 rounds, two base rounds over Z_4), and 30 people in fives for 6
// rounds, a plan that is not part of any full design. Also stored, as the base
// blocks of a 1-rotational design (see schedulerdesigns.cpp): resolvable designs in
// fours for 28, 40 and 52 people, with 9, 13 and 17 rounds, and Kirkman triple
// systems for 51 and 57 people, with 25 and 28 rounds, every pair meeting exactly
// once. Empty for other parameters.
std::vector<ScheduleRound> storedDesign(int people, int groupSize);

// 32 people in fours for 10 rounds, every pair but 16 meeting exactly once: the
// 8-4-10 social golfer schedule. Built as a lift of two copies of the affine plane
// of order 4 onto two sides of 16 people (see schedulerliftdesign.cpp); person x and
// person x + 16 never meet. Empty for other parameters.
std::vector<ScheduleRound> liftedAffineDesign(int people, int groupSize);

// The same design with its people renamed by a permutation drawn from `seed`
// (splitmix64 and Fisher-Yates, so the same on every platform): every seed gives
// a different plan, and each is still a design.
std::vector<ScheduleRound> relabelledDesign(const std::vector<ScheduleRound> &rounds, int people, std::uint64_t seed);

// A known design for the request: `rounds` rounds of `people` split into groups
// of exactly `groupSize` with no pair meeting twice. The searched designs are
// tried only for tight requests (at most 45 people, more than half the rounds a
// full design has), where local search alone struggles.
std::optional<std::vector<ScheduleRound>> knownDesign(int people, int groupSize, int rounds);

} // namespace convener::core
