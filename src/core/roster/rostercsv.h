// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"

#include <string>
#include <vector>

namespace convener::core {

enum class ByteOrderMark { Include, Omit };

// The roster as CSV (UTF-8, CRLF line ends, formula-like cells neutralised).
// Files get a byte-order mark so spreadsheet programs read accented names
// right; a pipe does not want one. Its header names are the ones the
// participant import recognises, so an export imports back.
std::string rosterCsv(const std::vector<Member> &members, ByteOrderMark bom = ByteOrderMark::Include);

} // namespace convener::core
