// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Runs every instance of the shared scheduler benchmark with several seeds and
// prints our repeats and times beside the best possible result and the reference
// tool's figures. Not a pass/fail test: it reports.
//
// Usage: bench_scheduler [instances.json] [--seeds N] [--time-limit-ms T] [--only ID,ID]
#include "core/scheduler/scheduler.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace convener::core;

namespace {

template<typename T>
T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    std::string path = CONVENER_SCHEDULER_BENCH_FILE;
    int seeds = 7;
    long timeLimitMs = 10000;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--seeds" && i + 1 < argc)
            seeds = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--time-limit-ms" && i + 1 < argc)
            timeLimitMs = std::atol(argv[++i]);
        else if (arg == "--only" && i + 1 < argc)
            only = "," + std::string(argv[++i]) + ",";
        else if (arg == "--help" || arg == "-h") {
            std::printf("usage: %s [instances.json] [--seeds N] [--time-limit-ms T] [--only ID,ID]\n", argv[0]);
            return 0;
        } else
            path = arg;
    }
    std::ifstream file(path);
    if (!file) {
        std::fprintf(stderr, "bench_scheduler: cannot open %s\n", path.c_str());
        return 1;
    }
    std::stringstream buffer;
    buffer << file.rdbuf();
    const auto doc = nlohmann::json::parse(buffer.str(), nullptr, false);
    if (doc.is_discarded() || !doc.contains("instances")) {
        std::fprintf(stderr, "bench_scheduler: %s is not a benchmark file\n", path.c_str());
        return 1;
    }

    std::printf("%d seeds per instance, time limit %ld ms\n\n", seeds, timeLimitMs);
    std::printf("| id | people | size | rounds | best | repeats min/med/max | ms median | ms max | reference repeats | reference s | target |\n");
    std::printf("|----|-------:|-----:|-------:|-----:|--------------------:|----------:|-------:|------------------:|------------:|--------|\n");
    for (const auto &instance : doc.at("instances")) {
        const auto id = instance.at("id").get<std::string>();
        if (!only.empty() && only.find("," + id + ",") == std::string::npos)
            continue;
        const int people = instance.at("people").get<int>();
        const int groupSize = instance.at("group_size").get<int>();
        const int rounds = instance.at("rounds").get<int>();
        const int best = instance.at("best_repeats").get<int>();
        const auto problem = uniformScheduleProblem(people, groupSize, rounds);
        std::vector<int> repeats;
        std::vector<double> millis;
        for (int seed = 1; seed <= seeds; ++seed) {
            ScheduleOptions options;
            options.seed = static_cast<std::uint64_t>(seed);
            options.timeLimit = std::chrono::milliseconds(timeLimitMs);
            const auto start = std::chrono::steady_clock::now();
            const auto result = planSchedule(problem, options);
            const auto end = std::chrono::steady_clock::now();
            if (!result.ok()) {
                // The bench links the scheduler alone: the field and the kind's number, not models' words.
                std::fprintf(stderr, "instance %s: %s: schedule error %d\n", id.c_str(), result.error->field.c_str(),
                    static_cast<int>(result.error->kind));
                return 1;
            }
            repeats.push_back(result.stats.repeats);
            millis.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        }
        const double medianMs = median(millis);
        const bool allBest = std::all_of(repeats.begin(), repeats.end(), [best](int r) { return r == best; });
        const double budget = people <= 50 ? 1000.0 : 50.0;
        const char *verdict = allBest && medianMs < budget ? "met" : (allBest ? "too slow" : "repeats above best");
        std::printf("| %s | %d | %d | %d | %d | %d/%d/%d | %.1f | %.1f | %d | %.2f | %s |\n", id.c_str(), people,
                    groupSize, rounds, best, *std::min_element(repeats.begin(), repeats.end()), median(repeats),
                    *std::max_element(repeats.begin(), repeats.end()), medianMs,
                    *std::max_element(millis.begin(), millis.end()),
                    instance.value("reference_median_repeats", -1), instance.value("reference_seconds", -1.0), verdict);
        std::fflush(stdout);
    }
    return 0;
}
