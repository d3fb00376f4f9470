// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/scheduler/scheduler.h"

#include <optional>
#include <string>
#include <string_view>

namespace convener::core {

struct ScheduleProblemParse
{
    std::optional<ScheduleProblem> problem;                  // people named when problem->names is not empty
    std::optional<ScheduleError> error;
};

// Reads a problem file:
//   {"people": ["Ana", ...] or a count, "history": [[["Ana","Ben"], ...], ...],
//    "keep_apart": [["Ana","Cy"]], "rounds": [{"group_size": 2, "absent": [], "late": [],
//    "smaller_groups": false}, ...]}
// With names, every reference is a name; with a count, a number 0..count-1.
// Errors name the field and the facts, e.g. field "rounds[2].absent", kind
// UnknownName, text "Zed" (models word it "rounds[2].absent: unknown person 'Zed'").
// Any input, however malformed, yields a problem or an error, never an exception.
ScheduleProblemParse parseScheduleProblem(std::string_view json);

// The result as the command line prints it: {"rounds": [[[0,5],[1,3]], ...],
// "stats": {...}}, one round per line. Groups hold names when the problem has them.
std::string scheduleResultJson(const ScheduleResult &result, const ScheduleProblem &problem);

} // namespace convener::core
