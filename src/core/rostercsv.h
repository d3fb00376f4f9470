// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/person.h"

#include <string>
#include <vector>

namespace convener::core {

// The roster as CSV (UTF-8 with a BOM so spreadsheet programs read the names
// right, CRLF line ends, formula-like cells neutralised). Its header names are
// the ones the participant import recognises, so an export imports back.
std::string rosterCsv(const std::vector<Member> &members);

} // namespace convener::core
