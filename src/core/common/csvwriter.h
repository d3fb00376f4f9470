// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace convener::core {

// Spreadsheets run a cell that starts with '=', '+', '-', '@', tab or carriage
// return as a formula, so a participant could plant one in a form answer.
// Such a cell gets a leading "'", which spreadsheets show as text.
std::string csvSafeCell(std::string_view cell);

// One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF, with
// quotes doubled. csvField neutralises formulas first; csvFieldRaw writes the
// text exactly, for files whose content is fixed by another program (the Zoom
// breakout room CSV, whose header must match byte for byte).
std::string csvField(std::string_view cell);
std::string csvFieldRaw(std::string_view cell);

// Fields joined with ',' and ended with "\r\n". A row of one empty (or blank)
// cell is written quoted so that it stays a record instead of a blank line.
std::string csvRow(const std::vector<std::string> &cells);
std::string csvRowRaw(const std::vector<std::string> &cells);

} // namespace convener::core
