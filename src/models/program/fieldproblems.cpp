// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/program/fieldproblems.h"

#include "models/program/callstepsmodel.h"
#include "models/program/programproblemtext.h"
#include "storage/conversions.h"

namespace convener::models {

namespace {

// The path below the step: "roles[0].max" of "steps[2].roles[0].max".
std::string_view fieldPath(std::string_view path)
{
    const auto dot = path.find("].");
    return dot == std::string_view::npos ? std::string_view() : path.substr(dot + 2);
}

bool concerns(std::string_view path, std::string_view field)
{
    if (path.substr(0, field.size()) != field)
        return false;
    return path.size() == field.size() || path[field.size()] == '.' || path[field.size()] == '[';
}

} // namespace

QString problemText(const core::ProgramProblem &p)
{
    const QString message = describe(p);
    return p.severity == core::ProblemSeverity::Error ? CallStepsModel::tr("Error: %1").arg(message)
                                                      : CallStepsModel::tr("Warning: %1").arg(message);
}

QStringList fieldProblems(const std::vector<core::ProgramProblem> &problems,
                          const std::vector<std::string_view> &fields)
{
    QStringList out;
    for (const auto &problem : problems) {
        const auto path = fieldPath(problem.path);
        for (const auto field : fields) {
            if (concerns(path, field)) {
                out << problemText(problem);
                break;
            }
        }
    }
    return out;
}

} // namespace convener::models
