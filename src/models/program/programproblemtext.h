// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programproblem.h"

#include <QString>

namespace convener::models {

// The sentence a person reads for a problem of a program file or of a program
// being edited, made here behind tr() so that core only names the problem.
QString describe(const core::ProgramProblem &problem);

// The same, placed in its file as a compiler would: "FILE:LINE:COLUMN: ...",
// "FILE: PATH: ..." or "FILE: ...", with "warning: " before a warning's words.
QString describe(const core::ProgramProblem &problem, const QString &fileName);

} // namespace convener::models
