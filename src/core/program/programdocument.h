// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programcall.h"
#include "core/program/program.h"
#include "core/program/step.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace convener::core {

// What one program file holds: a whole program, one call, or one step shared
// on its own (a "practice").
enum class DocumentKind { Program, Call, Practice };

std::string_view documentKindKey(DocumentKind kind);          // "program", "call", "practice"
std::optional<DocumentKind> documentKindFromKey(std::string_view key);

struct ProgramDocument
{
    std::variant<Program, ProgramCall, Step> content;

    DocumentKind kind() const;
    const std::string &id() const;
    const std::string &title() const;                        // a program's name, a call's or step's title

    bool operator==(const ProgramDocument &) const = default;
};

} // namespace convener::core
