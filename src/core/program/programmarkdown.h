// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programcall.h"
#include "core/program/program.h"
#include "core/program/programdocument.h"
#include "core/program/step.h"

#include <string>

namespace convener::core {

struct MarkdownOptions
{
    // Prompts and cues filled in with the planned values ({minutes}, {rounds},
    // {group_size}, {role}; {round} as the first turn, {next} left empty), as a
    // run sheet wants them; otherwise shown as written, as a template is read.
    bool renderTemplates = false;
    // Facilitator notes are for hosts; a sheet for participants leaves them out.
    bool includeFacilitatorNotes = true;
};

// A readable agenda: for a call, a table of steps with their computed start
// times, then each step with its instructions, prompts, phases and cues.
std::string programMarkdown(const Program &program, const MarkdownOptions &options = {});
std::string callMarkdown(const ProgramCall &call, const MarkdownOptions &options = {});
std::string stepMarkdown(const Step &step, const MarkdownOptions &options = {});
std::string documentMarkdown(const ProgramDocument &document, const MarkdownOptions &options = {});

} // namespace convener::core
