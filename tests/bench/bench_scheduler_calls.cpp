// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Realistic calls for the pairing scheduler: a generator plays a cohort through
// the four calls of the practice program (call 1: four rounds of pairs; call 2:
// groups of four, then trios; call 3: a Case Clinic round in groups of six, or
// five when six would not fit; call 4: groups of four) and plans each call with
// the scheduler as the app would, the plans of earlier calls becoming the
// history of later ones. Each call has 2-7 people away (fewer in the smallest
// cohorts), late joiners in the calls with several rounds, the co-hosts and a
// few named pairs kept apart. Cohorts of 12 to 150 people, several seeds.
//
// Prints, for every call, the repeats, the lower bound, whether the plan is
// proven optimal, the time until the final plan was found and the time until
// the scheduler stopped (the proof, when it is proven); then a summary per
// size band. Not a pass/fail test: it reports.
//
// Usage: bench_scheduler_calls [--seeds N] [--time-limit-ms T] [--sizes 12,20,...] [--quiet]
#include "core/scheduler/scheduler.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

using namespace convener::core;

namespace {

// splitmix64, so the generated cohorts are the same on every platform.
class Random final
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed * 0x2545F4914F6CDD1DULL + 17)
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int between(int low, int high) { return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1)); }

private:
    std::uint64_t m_state;
};

struct CallShape
{
    std::vector<int> groupSizes;                             // one per round
    // The Case Clinic's roles need five or six people: smaller groups where six would overflow.
    bool clinic = false;
};

const std::vector<CallShape> kProgram{
    {{2, 2, 2, 2}, false},
    {{4, 3}, false},
    {{6}, true},
    {{4}, false},
};

struct CallFigures
{
    int people = 0;
    int seed = 0;
    int call = 0;
    int present = 0;
    int repeats = 0;
    int bound = 0;
    bool optimal = false;
    double foundMs = 0;
    double totalMs = 0;
};

std::vector<int> pickDistinct(Random &random, int people, int count, const std::vector<int> &avoid)
{
    std::vector<int> picked;
    while (static_cast<int>(picked.size()) < count) {
        const int p = random.between(0, people - 1);
        if (std::find(picked.begin(), picked.end(), p) == picked.end() && std::find(avoid.begin(), avoid.end(), p) == avoid.end())
            picked.push_back(p);
    }
    std::sort(picked.begin(), picked.end());
    return picked;
}

// One cohort's program, planned call by call.
std::vector<CallFigures> playProgram(int people, int seed, std::chrono::milliseconds timeLimit)
{
    Random random(static_cast<std::uint64_t>(people) * 1000 + static_cast<std::uint64_t>(seed));
    std::vector<std::pair<int, int>> keepApart{{0, 1}};      // the co-hosts
    const int named = random.between(0, people >= 30 ? 3 : 1);
    while (static_cast<int>(keepApart.size()) < 1 + named) {
        const auto pair = pickDistinct(random, people, 2, {});
        if (std::find(keepApart.begin(), keepApart.end(), std::pair{pair[0], pair[1]}) == keepApart.end())
            keepApart.emplace_back(pair[0], pair[1]);
    }
    std::vector<ScheduleRound> history;
    std::vector<CallFigures> figures;
    for (size_t c = 0; c < kProgram.size(); ++c) {
        const CallShape &shape = kProgram[c];
        ScheduleProblem problem;
        problem.people = people;
        problem.history = history;
        problem.keepApart = keepApart;
        const int away = random.between(2, std::min(7, people / 5));
        const auto absent = pickDistinct(random, people, away, {});
        // Late joiners only matter where a later round exists to join.
        const int lateCount = shape.groupSizes.size() > 1 ? random.between(0, 2) : 0;
        const auto late = pickDistinct(random, people, lateCount, absent);
        for (size_t r = 0; r < shape.groupSizes.size(); ++r) {
            ScheduleRoundRequest request;
            request.groupSize = shape.groupSizes[r];
            request.absent = absent;
            problem.rounds.push_back(request);
        }
        for (const int p : late)
            problem.rounds[static_cast<size_t>(random.between(1, static_cast<int>(shape.groupSizes.size()) - 1))].late.push_back(p);
        if (shape.clinic) {
            auto &request = problem.rounds.front();
            const int present = people - away;
            const auto usual = roundGroupSizes(present, request.groupSize, false);
            const auto smaller = roundGroupSizes(present, request.groupSize, true);
            request.smallerGroups = !usual.empty() && usual.front() > 6 && !smaller.empty() && smaller.back() >= 5;
        }

        ScheduleOptions options;
        options.seed = static_cast<std::uint64_t>(seed);
        options.timeLimit = timeLimit;
        const auto start = std::chrono::steady_clock::now();
        const auto result = planSchedule(problem, options);
        const auto end = std::chrono::steady_clock::now();
        if (!result.ok()) {
            // The bench links the scheduler alone: the field and the kind's number, not models' words.
            std::fprintf(stderr, "%d people, seed %d, call %zu: %s: schedule error %d\n", people, seed, c + 1,
                result.error->field.c_str(), static_cast<int>(result.error->kind));
            break;
        }
        CallFigures f;
        f.people = people;
        f.seed = seed;
        f.call = static_cast<int>(c) + 1;
        f.present = people - away;
        f.repeats = result.stats.repeats;
        f.bound = result.stats.lowerBound;
        f.optimal = result.stats.repeats <= result.stats.lowerBound;
        f.totalMs = std::chrono::duration<double, std::milli>(end - start).count();
        f.foundMs = static_cast<double>(result.stats.planFoundUs) / 1000.0;
        figures.push_back(f);
        history.insert(history.end(), result.rounds.begin(), result.rounds.end());
    }
    return figures;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

std::vector<int> parseList(const std::string &text)
{
    std::vector<int> values;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        values.push_back(std::atoi(item.c_str()));
    return values;
}

void printBand(const char *name, const std::vector<CallFigures> &all, int low, int high)
{
    std::vector<double> total;
    std::vector<double> proof;
    std::vector<double> found;
    int proven = 0;
    int count = 0;
    int gapSum = 0;
    for (const auto &f : all) {
        if (f.people < low || f.people > high)
            continue;
        ++count;
        total.push_back(f.totalMs);
        found.push_back(f.foundMs);
        gapSum += f.repeats - f.bound;
        if (f.optimal) {
            ++proven;
            proof.push_back(f.totalMs);
        }
    }
    if (count == 0)
        return;
    std::printf("| %s | %d | %d (%.0f%%) | %d | %.1f | %.1f | %.1f | %.1f |\n", name, count, proven, 100.0 * proven / count, gapSum,
                median(found), median(proof), median(total), *std::max_element(total.begin(), total.end()));
}

} // namespace

int main(int argc, char **argv)
{
    int seeds = 5;
    long timeLimitMs = 2000;
    bool quiet = false;
    std::vector<int> sizes{12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 33, 36, 40, 45, 50, 60, 80, 100, 150};
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--seeds" && i + 1 < argc)
            seeds = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--time-limit-ms" && i + 1 < argc)
            timeLimitMs = std::atol(argv[++i]);
        else if (arg == "--sizes" && i + 1 < argc)
            sizes = parseList(argv[++i]);
        else if (arg == "--quiet")
            quiet = true;
        else {
            std::printf("usage: %s [--seeds N] [--time-limit-ms T] [--sizes 12,20,...] [--quiet]\n", argv[0]);
            return arg == "--help" || arg == "-h" ? 0 : 2;
        }
    }

    std::printf("Four-call programs, %d seeds per cohort size, time limit %ld ms\n\n", seeds, timeLimitMs);
    if (!quiet) {
        std::printf("| people | seed | call | present | repeats | bound | optimal | ms to plan | ms to stop |\n");
        std::printf("|-------:|-----:|-----:|--------:|--------:|------:|---------|-----------:|-----------:|\n");
    }
    std::vector<CallFigures> all;
    for (const int people : sizes) {
        for (int seed = 1; seed <= seeds; ++seed) {
            for (const auto &f : playProgram(people, seed, std::chrono::milliseconds(timeLimitMs))) {
                if (!quiet) {
                    std::printf("| %d | %d | %d | %d | %d | %d | %s | %.1f | %.1f |\n", f.people, f.seed, f.call, f.present, f.repeats,
                                f.bound, f.optimal ? "yes" : "no", f.foundMs, f.totalMs);
                    std::fflush(stdout);
                }
                all.push_back(f);
            }
        }
    }
    std::printf("\n| people | calls | proven optimal | gap in all | ms to plan median | ms to proof median | ms to stop median | ms to stop max |\n");
    std::printf("|--------|------:|---------------:|-----------:|------------------:|-------------------:|------------------:|---------------:|\n");
    printBand("12-20", all, 12, 20);
    printBand("21-40", all, 21, 40);
    printBand("41-60", all, 41, 60);
    printBand("61-150", all, 61, 150);
    printBand("12-40", all, 12, 40);
    printBand("12-60", all, 12, 60);
    printBand("all", all, 0, 1 << 20);
    return 0;
}
