// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroboard.h"

#include <map>
#include <string>

namespace convener::core {

// A board with what an export needs around it: the cohort's name and the
// names of the people the board refers to.
struct RetroSnapshot
{
    RetroBoard board;
    std::string cohortName;
    std::map<PersonId, std::string> names;
};

// The board as a Markdown document: columns with their groups and cards, the
// discussion order and the action items. Authors appear only on named boards;
// vote counts only once voting has closed, as on screen.
std::string retroMarkdown(const RetroSnapshot &snapshot);

// The board as one CSV table, a row per card and per action item, with the
// header: record,column,group,text,author,votes,owner,due_call,status.
// Cells are formula-safe (csvRow).
std::string retroCsv(const RetroSnapshot &snapshot);

} // namespace convener::core
