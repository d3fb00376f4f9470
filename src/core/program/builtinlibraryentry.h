// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programdocument.h"
#include "core/program/programlimits.h"

#include <string>

namespace convener::core {

// One template of the built-in library as a list shows it. The calls of a
// built-in program are templates too, with ids such as "practice-program/call-2".
struct BuiltinLibraryEntry
{
    std::string id;
    DocumentKind kind = DocumentKind::Practice;
    std::string title;
    Seconds plannedDuration{0};                              // a call's or a practice's; for a program, all its calls
    int callCount = 0;                                       // programs only
    std::string fileName;

    bool operator==(const BuiltinLibraryEntry &) const = default;
};

} // namespace convener::core
