// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
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

// Why a list of custom columns was refused, with the facts its sentence
// needs; models word it for the host.
struct RetroColumnsRefusal
{
    enum class Kind {
        ListedTwice, // title
        NoColumns,
        TooManyColumns, // count
    };

    Kind kind = Kind::NoColumns;
    std::string title; // the title listed a second time, as listed there
    std::size_t count = 0; // how many columns the list has

    explicit RetroColumnsRefusal(Kind why, std::string listedTwice = {}, std::size_t listed = 0)
        : kind(why)
        , title(std::move(listedTwice))
        , count(listed)
    {
    }

    bool operator==(const RetroColumnsRefusal &) const = default;
};

// Custom columns from comma-separated titles ("Mad, Sad, Glad"): trimmed, at
// least one, at most kMaxRetroColumns, no two alike (ignoring ASCII case).
// Returns the columns or why they were refused.
std::variant<std::vector<RetroColumnSpec>, RetroColumnsRefusal> customRetroColumns(std::string_view titles);

} // namespace convener::core
