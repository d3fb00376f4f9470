// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/json/jsonreaderror.h"
#include "core/common/result.h"

#include <nlohmann/json_fwd.hpp>
#include <string_view>

namespace convener::core {

// Deeper nesting than any Convener file needs, and shallow enough that no
// hostile file makes the parser or the tree's destructor recurse far.
inline constexpr int kMaxJsonDepth = 64;

enum class DuplicateKeys {
    LastWins, // as nlohmann::json::parse does
    Refuse, // a DuplicateKey error with the key's path
};

// Reads JSON text that nobody vouches for into Json (nlohmann::json or
// nlohmann::ordered_json). Never throws. Invalid UTF-8 and lists or objects
// nested more than maxDepth levels are refused before the parser sees the
// text; syntax errors (an overflowing number included) come with their line
// and column, counted in characters as editors do.
template<typename Json>
Result<Json, JsonReadError> readJson(
    std::string_view text, int maxDepth = kMaxJsonDepth, DuplicateKeys duplicates = DuplicateKeys::LastWins);

} // namespace convener::core
