// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace convener::core {

// Text in a Markdown table cell: stays on one line and cannot end the cell early.
std::string markdownCell(std::string_view text);

// A fenced block that keeps text exactly as written (prompts are pasted into
// the chat as they are): the fence is longer than any run of backticks inside.
std::string markdownFence(std::string_view text);

} // namespace convener::core
