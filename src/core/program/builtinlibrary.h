// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/builtinlibraryentry.h"
#include "core/program/builtinlibraryfile.h"
#include "core/program/programjson.h"

#include <span>
#include <string_view>
#include <vector>

namespace convener::core {

// The program templates that ship inside the core: the four-call practice
// program, a crew meeting program, and practices to compose new calls.
class BuiltinLibrary final
{
public:
    BuiltinLibrary() = delete;

    // Programs, then each program's calls, then practices; each in file order.
    static const std::vector<BuiltinLibraryEntry> &entries();

    static const BuiltinLibraryEntry *find(std::string_view id);

    // A fresh copy of a template, to adapt without touching the library. A
    // call's id ("practice-program/call-2") gives a call document. An unknown
    // id gives a result with one error.
    static ProgramLoadResult load(std::string_view id);

    static std::span<const BuiltinLibraryFile> files() { return builtinLibraryFiles(); }
};

} // namespace convener::core
