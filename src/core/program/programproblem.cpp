// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/programproblem.h"

#include <algorithm>

namespace convener::core {

std::string ProgramProblem::describe(std::string_view fileName) const
{
    std::string text(fileName);
    if (line > 0)
        text += ':' + std::to_string(line) + ':' + std::to_string(column);
    text += ": ";
    if (line <= 0 && !path.empty())
        text += path + ": ";
    if (severity == ProblemSeverity::Warning)
        text += "warning: ";
    return text + message;
}

bool hasErrors(const std::vector<ProgramProblem> &problems)
{
    return std::any_of(problems.begin(), problems.end(), [](const ProgramProblem &p) { return p.severity == ProblemSeverity::Error; });
}

} // namespace convener::core
