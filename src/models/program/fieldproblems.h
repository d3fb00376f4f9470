// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programproblem.h"

#include <QStringList>

#include <string_view>
#include <vector>

namespace convener::models {

// "Error: ..." or "Warning: ...", as the step list and the form show a problem.
QString problemText(const core::ProgramProblem &problem);

// The problems of one step (paths such as "steps[2].roles[0].max") that
// concern one of the fields named: a field matches the part of the path after
// the step's own ("roles" matches "roles[0].max", not "rotation.role").
QStringList fieldProblems(const std::vector<core::ProgramProblem> &problems,
                          const std::vector<std::string_view> &fields);

} // namespace convener::models
