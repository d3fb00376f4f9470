// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/scheduler/schedulerdesigns.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <map>
#include <utility>

// 32 people in fours for 10 rounds with no pair meeting twice (the 8-4-10 social
// golfer schedule), built as a lift of two affine planes of order 4.
//
// Write person x + 16*i as (x, i), with x one of the 16 points of the affine plane
// of order 4 and i a side, 0 or 1. A round of the small plane splits the 16 points
// into 4 lines of 4. Lifting a line L takes a side s(x) for each of its points and
// makes two groups: {(x, s(x))} and {(x, 1 - s(x))}. Two people (x, i) and (y, j)
// with x and y on L then meet in that round exactly when the sides agree or
// disagree as s(x) and s(y) do: a line holding x and y serves either the two
// "straight" pairs (i = j) or the two "crossed" ones (i != j), and never (x, 0)
// with (x, 1), who are the pair that never meets.
//
// Ten rounds need every x, y on two lines: the five rounds of the plane and the five
// rounds of a second copy of it with its points renamed by a permutation. Each pair
// x, y must then be straight on one of its two lines and crossed on the other; in
// sides that reads s1(x) + s1(y) + s2(x) + s2(y) = 1 modulo 2, a linear equation. So
// the sides are one solution of 120 linear equations over GF(2) in 160 unknowns,
// solved here by elimination. Whether a solution exists depends on the renaming:
// the one stored below was found by trying random permutations offline (the first
// that worked was the 342,840th tried). The test "Designs: 32 people in fours for 10 rounds ..." checks
// every round and pair of the result.

namespace convener::core {

namespace {

constexpr int kPoints = 16;
constexpr int kLines = 40;
constexpr int kUnknowns = kLines * 4;

using Line = std::array<int, 4>;
using Equation = std::bitset<kUnknowns + 1>; // the last bit is the right-hand side

// GF(4) as {0, 1, w, w^2} coded 0..3; addition is XOR.
constexpr int kGf4Times[4][4] = {{0, 0, 0, 0}, {0, 1, 2, 3}, {0, 2, 3, 1}, {0, 3, 1, 2}};

// The five rounds of the affine plane of order 4: points (u, v) numbered 4u + v,
// lines v = m*u + c for each slope m, then the lines u = c.
std::vector<std::array<Line, 4>> affinePlaneOfOrderFour()
{
    std::vector<std::array<Line, 4>> rounds;
    for (int m = 0; m < 4; ++m) {
        std::array<Line, 4> round{};
        for (int c = 0; c < 4; ++c) {
            for (int u = 0; u < 4; ++u)
                round[static_cast<size_t>(c)][static_cast<size_t>(u)] = 4 * u + (kGf4Times[m][u] ^ c);
        }
        rounds.push_back(round);
    }
    std::array<Line, 4> vertical{};
    for (int c = 0; c < 4; ++c) {
        for (int v = 0; v < 4; ++v)
            vertical[static_cast<size_t>(c)][static_cast<size_t>(v)] = 4 * c + v;
    }
    rounds.push_back(vertical);
    return rounds;
}

// The renaming of the second copy (found offline, see above).
constexpr std::array<int, kPoints> kRenaming{6, 12, 4, 14, 9, 3, 0, 8, 13, 5, 15, 7, 2, 1, 11, 10};

std::vector<ScheduleRound> buildLift()
{
    auto rounds = affinePlaneOfOrderFour();
    const size_t firstCopy = rounds.size();
    for (size_t r = 0; r < firstCopy; ++r) {
        std::array<Line, 4> renamed = rounds[r];
        for (Line &line : renamed) {
            for (int &x : line)
                x = kRenaming[static_cast<size_t>(x)];
        }
        rounds.push_back(renamed);
    }
    // Unknown 4*line + k is the side of the k-th point of that line.
    std::map<std::pair<int, int>, std::vector<std::pair<int, int>>> linesOfPair; // (line, k) per pair
    for (size_t r = 0; r < rounds.size(); ++r) {
        for (size_t l = 0; l < 4; ++l) {
            const Line &line = rounds[r][l];
            const int index = static_cast<int>(r * 4 + l);
            for (int a = 0; a < 4; ++a) {
                for (int b = a + 1; b < 4; ++b) {
                    const int x = line[static_cast<size_t>(a)];
                    const int y = line[static_cast<size_t>(b)];
                    auto &seen = linesOfPair[{std::min(x, y), std::max(x, y)}];
                    seen.emplace_back(4 * index + a, 4 * index + b);
                }
            }
        }
    }
    std::vector<Equation> equations;
    for (const auto &[pair, unknowns] : linesOfPair) {
        if (unknowns.size() != 2)
            return {}; // the renaming shares a line with the plane: not a lift
        Equation e;
        for (const auto &[u, v] : unknowns) {
            e.flip(static_cast<size_t>(u));
            e.flip(static_cast<size_t>(v));
        }
        e.set(kUnknowns);
        equations.push_back(e);
    }
    // Gauss-Jordan elimination; free unknowns are side 0.
    std::vector<int> pivotColumn;
    size_t rank = 0;
    for (int column = 0; column < kUnknowns && rank < equations.size(); ++column) {
        size_t row = rank;
        while (row < equations.size() && !equations[row].test(static_cast<size_t>(column)))
            ++row;
        if (row == equations.size())
            continue;
        std::swap(equations[rank], equations[row]);
        for (size_t other = 0; other < equations.size(); ++other) {
            if (other != rank && equations[other].test(static_cast<size_t>(column)))
                equations[other] ^= equations[rank];
        }
        pivotColumn.push_back(column);
        ++rank;
    }
    for (size_t row = rank; row < equations.size(); ++row) {
        if (equations[row].test(kUnknowns))
            return {}; // no sides satisfy every pair
    }
    std::array<int, kUnknowns> side{};
    for (size_t row = 0; row < rank; ++row)
        side[static_cast<size_t>(pivotColumn[row])] = equations[row].test(kUnknowns) ? 1 : 0;

    std::vector<ScheduleRound> out;
    for (size_t r = 0; r < rounds.size(); ++r) {
        ScheduleRound round;
        for (size_t l = 0; l < 4; ++l) {
            ScheduleGroup same;
            ScheduleGroup other;
            for (size_t k = 0; k < 4; ++k) {
                const int x = rounds[r][l][k];
                const int s = side[(r * 4 + l) * 4 + k];
                same.push_back(x + kPoints * s);
                other.push_back(x + kPoints * (1 - s));
            }
            round.push_back(std::move(same));
            round.push_back(std::move(other));
        }
        out.push_back(std::move(round));
    }
    return out;
}

} // namespace

std::vector<ScheduleRound> liftedAffineDesign(int people, int groupSize)
{
    if (people != 2 * kPoints || groupSize != 4)
        return {};
    static const std::vector<ScheduleRound> design = buildLift();
    return design;
}

} // namespace convener::core
