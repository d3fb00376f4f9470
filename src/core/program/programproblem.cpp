// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/programproblem.h"

#include <algorithm>

namespace convener::core {

bool hasErrors(const std::vector<ProgramProblem> &problems)
{
    return std::any_of(
        problems.begin(), problems.end(), [](const ProgramProblem &p) { return p.severity == ProblemSeverity::Error; });
}

ProgramProblem templateProblem(const TemplateMistake &mistake, std::string path)
{
    switch (mistake.kind) {
    case TemplateMistakeKind::BraceNotClosed:
        return { ProgramProblemKind::TemplateBraceNotClosed, std::move(path) };
    case TemplateMistakeKind::UnknownVariable: {
        ProgramProblem problem(ProgramProblemKind::TemplateUnknownVariable, std::move(path));
        problem.text = mistake.variable;
        return problem;
    }
    case TemplateMistakeKind::BraceNotOpened:
        break;
    }
    return { ProgramProblemKind::TemplateBraceNotOpened, std::move(path) };
}

} // namespace convener::core
