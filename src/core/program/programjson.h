// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programdocument.h"
#include "core/program/programproblem.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace convener::core {

// The outcome of reading a program file: the document when it could be read,
// and every problem found on the way. Warnings (such as fields this version
// does not know, which are kept) come with a document; errors without one.
struct ProgramLoadResult
{
    std::optional<ProgramDocument> document;
    std::vector<ProgramProblem> problems;

    bool ok() const { return document.has_value(); }
};

// Reads the JSON text of a program, call or practice file. Never throws and
// never trusts the input: files over kMaxProgramFileBytes, nesting deeper than
// kMaxNestingDepth, invalid UTF-8, syntax errors (with line and column), wrong
// types and out-of-range numbers (with their JSON path), duplicate ids, unknown
// template variables and a format newer than kProgramFormat are all reported.
ProgramLoadResult loadProgramDocument(std::string_view text);

// The document as JSON in the current format, fields of a newer version
// included. Fields left at their defaults are omitted.
nlohmann::ordered_json programDocumentToJson(const ProgramDocument &document);

// The same, written as UTF-8 text indented by two spaces, ending in a newline.
std::string saveProgramDocument(const ProgramDocument &document);

} // namespace convener::core
