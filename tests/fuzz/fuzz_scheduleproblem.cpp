// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// libFuzzer entry point for schedule problem files (convener-cli schedule).
// Any input gives a problem or an error, never both or neither. A small
// problem that parses is also planned with a bounded search, and the plan
// must seat every present person exactly once a round and nobody else.
#include "core/scheduler/scheduler.h"
#include "core/scheduler/schedulerjson.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

using namespace convener::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const ScheduleProblemParse parsed = parseScheduleProblem(text);
    if (parsed.problem.has_value() == parsed.error.has_value())
        __builtin_trap();
    if (!parsed.problem)
        return 0;
    const ScheduleProblem &problem = *parsed.problem;
    if (checkScheduleProblem(problem))
        return 0;
    // Keeps each input fast; planning cost grows with people and rounds, not with the parser's paths.
    if (problem.people > 40 || problem.rounds.size() > 6 || problem.history.size() > 20)
        return 0;
    ScheduleOptions options;
    options.iterationLimit = 200;
    const ScheduleResult result = planSchedule(problem, options);
    if (!result.ok())
        return 0;
    const std::vector<std::vector<int>> present = presentPeople(problem);
    if (result.rounds.size() != problem.rounds.size())
        __builtin_trap();
    for (std::size_t r = 0; r < result.rounds.size(); ++r) {
        std::vector<int> seen(static_cast<std::size_t>(problem.people), 0);
        for (const ScheduleGroup &group : result.rounds[r]) {
            for (const int person : group) {
                if (person < 0 || person >= problem.people || seen[static_cast<std::size_t>(person)]++)
                    __builtin_trap();
            }
        }
        for (const int person : present[r]) {
            if (!seen[static_cast<std::size_t>(person)])
                __builtin_trap();
            seen[static_cast<std::size_t>(person)] = 0;
        }
        for (const int extra : seen) {
            if (extra)
                __builtin_trap();
        }
    }
    (void)scheduleResultJson(result, problem);
    return 0;
}
