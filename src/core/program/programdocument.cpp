// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/programdocument.h"

namespace convener::core {

std::string_view documentKindKey(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Program:
        return "program";
    case DocumentKind::Call:
        return "call";
    case DocumentKind::Practice:
        return "practice";
    }
    return "program";
}

std::optional<DocumentKind> documentKindFromKey(std::string_view key)
{
    if (key == "program")
        return DocumentKind::Program;
    if (key == "call")
        return DocumentKind::Call;
    if (key == "practice")
        return DocumentKind::Practice;
    return std::nullopt;
}

DocumentKind ProgramDocument::kind() const
{
    if (std::holds_alternative<Program>(content))
        return DocumentKind::Program;
    if (std::holds_alternative<ProgramCall>(content))
        return DocumentKind::Call;
    return DocumentKind::Practice;
}

const std::string &ProgramDocument::id() const
{
    return std::visit([](const auto &item) -> const std::string & { return item.id; }, content);
}

const std::string &ProgramDocument::title() const
{
    if (const auto *program = std::get_if<Program>(&content))
        return program->name;
    if (const auto *call = std::get_if<ProgramCall>(&content))
        return call->title;
    return std::get<Step>(content).title;
}

} // namespace convener::core
