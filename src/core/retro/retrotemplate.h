// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace convener::core {

// Where a retro board's columns come from. Custom boards keep the titles the
// host typed; the other templates are fixed.
enum class RetroTemplate { RosesBudsThornsGems, StartStopContinue, Custom };

std::string_view retroTemplateKey(RetroTemplate t);           // "rbtg", "start-stop-continue", "custom"
std::optional<RetroTemplate> retroTemplateFromKey(std::string_view key);

// A column as a template defines it: a title and a one-line prompt that tells
// participants what belongs there.
struct RetroColumnSpec
{
    std::string title;
    std::string prompt;

    bool operator==(const RetroColumnSpec &) const = default;
};

// Enough columns for any retro format hosts use; more would not fit side by side.
inline constexpr std::size_t kMaxRetroColumns = 8;

// The columns of a fixed template; empty for Custom.
std::vector<RetroColumnSpec> retroTemplateColumns(RetroTemplate t);

// Custom columns from comma-separated titles ("Mad, Sad, Glad"): trimmed, at
// least one, at most kMaxRetroColumns, no two alike (ignoring ASCII case).
// Returns the columns or a message saying what to fix.
std::variant<std::vector<RetroColumnSpec>, std::string> customRetroColumns(std::string_view titles);

} // namespace convener::core
