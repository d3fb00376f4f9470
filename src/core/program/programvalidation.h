// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programcall.h"
#include "core/program/program.h"
#include "core/program/programdocument.h"
#include "core/program/programproblem.h"
#include "core/program/step.h"

#include <string>
#include <vector>

namespace convener::core {

// Everything wrong with a program, call or step, as a list the editor can show
// next to the items: errors (it cannot run as planned) and warnings (it can,
// but probably not as meant). Paths start at the given prefix, so a step
// checked inside a program reads "calls[1].steps[3].duration". Never throws.
std::vector<ProgramProblem> validateStep(const Step &step, const std::string &path = {});
std::vector<ProgramProblem> validateCall(const ProgramCall &call, const std::string &path = {});
std::vector<ProgramProblem> validateProgram(const Program &program);
std::vector<ProgramProblem> validateDocument(const ProgramDocument &document);

} // namespace convener::core
