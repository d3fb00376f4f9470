// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

namespace convener::core {

// One step down a JSON document: an object's key or a list's index.
using JsonPathStep = std::variant<std::string, std::size_t>;

enum class JsonReadErrorKind { InvalidUtf8, TooDeep, Syntax, DuplicateKey, Unreadable };

// Why a JSON text could not be read, and where: the kind and its facts. The
// reader never words it; models::describe() (models/jsonreaderrortext.h) makes
// the sentence behind tr(). An error in the text has its byte offset, line and
// column; a key given twice has its path instead, since it is found while the
// tree is built, after the text has been read past it.
struct JsonReadError
{
    JsonReadErrorKind kind = JsonReadErrorKind::Syntax;
    std::size_t offset = 0; // in bytes; 0 for a duplicate key
    int line = 0; // 1-based; 0 for a duplicate key
    int column = 0; // 1-based, in characters
    std::vector<JsonPathStep> path; // the duplicate key, from the root down
    int badByte = 0; // InvalidUtf8: the first byte that starts no UTF-8 character, 0 to 255
    int maxDepth = 0; // TooDeep: the most levels of lists and objects allowed
    // Syntax: the parser's own words, without its place; Unreadable: the
    // library's. Third-party text, shown as it is.
    std::string detail;

    bool operator==(const JsonReadError &) const = default;
};

} // namespace convener::core
