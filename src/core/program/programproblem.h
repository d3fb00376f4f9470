// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace convener::core {

enum class ProblemSeverity { Error, Warning };

// One thing wrong with a program file or a program being edited. A syntax
// error has a line and column; a problem of meaning has a JSON-like path such
// as "calls[1].steps[3].duration" (empty for the document itself).
struct ProgramProblem
{
    ProblemSeverity severity = ProblemSeverity::Error;
    std::string path;
    int line = 0;                                            // 1-based; 0 when the problem has a path instead
    int column = 0;                                          // 1-based, in characters
    std::string message;

    // "FILE:LINE:COLUMN: message", "FILE: PATH: message" or "FILE: message";
    // warnings say so before the message.
    std::string describe(std::string_view fileName) const;

    bool operator==(const ProgramProblem &) const = default;
};

bool hasErrors(const std::vector<ProgramProblem> &problems);

} // namespace convener::core
