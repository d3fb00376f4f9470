// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/common/json/jsonreader.h"

#include <algorithm>
#include <cstdint>
#include <exception>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace convener::core {

namespace {

// ---- Checks on the raw text, before the parser sees it -------------------

struct TextPosition
{
    int line = 1;
    int column = 1;
};

// Columns count characters, not bytes, as editors do.
TextPosition positionOf(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    TextPosition pos;
    for (std::size_t i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    return pos;
}

// The offset of the first byte that does not start a well-formed UTF-8
// sequence (overlong forms, surrogates and code points past U+10FFFF included).
std::size_t firstInvalidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            cp = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            cp = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            cp = c & 0x07u;
        } else {
            return i;
        }
        if (text.size() - i < length)
            return i;
        for (std::size_t k = 1; k < length; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + k]);
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += length;
    }
    return std::string_view::npos;
}

// Finds the bracket that opens one level too many. Done before parsing so that
// no parser ever recurses on a hostile file; it follows strings so that
// brackets inside text do not count.
std::size_t firstTooDeep(std::string_view text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::string_view::npos;
}

// The parser's explanation without its own prefix and position (ours counts
// characters), with control characters it quotes made visible.
std::string parserMessage(const char *what)
{
    std::string_view message(what);
    if (message.rfind("[json.exception.", 0) == 0) {
        if (const auto end = message.find("] "); end != std::string_view::npos)
            message.remove_prefix(end + 2);
    }
    if (const auto column = message.find(" column "); column != std::string_view::npos) {
        if (const auto colon = message.find(": ", column); colon != std::string_view::npos)
            message.remove_prefix(colon + 2);
    }
    std::string clean;
    for (const char c : message) {
        if (static_cast<unsigned char>(c) < 0x20) {
            static constexpr char kHex[] = "0123456789abcdef";
            clean += "\\x";
            clean += kHex[(static_cast<unsigned char>(c) >> 4) & 0xF];
            clean += kHex[static_cast<unsigned char>(c) & 0xF];
        } else {
            clean += c;
        }
    }
    return clean;
}

JsonReadError errorAt(JsonReadErrorKind kind, std::string_view text, std::size_t offset)
{
    const TextPosition pos = positionOf(text, offset);
    JsonReadError error;
    error.kind = kind;
    error.offset = offset;
    error.line = pos.line;
    error.column = pos.column;
    return error;
}

// ---- Building the tree -----------------------------------------------------

// Builds the tree through the parser's public SAX interface rather than its
// DOM parser, so that every error (an overflowing number included) comes with
// its position, and so that a key given twice in one object can be caught.
template<typename Json> class TreeBuilder final : public nlohmann::json_sax<Json>
{
    using Sax = nlohmann::json_sax<Json>;

public:
    TreeBuilder(Json &root, DuplicateKeys duplicates)
        : m_root(root)
        , m_duplicates(duplicates)
    {
    }

    bool null() override { return put(nullptr); }
    bool boolean(bool value) override { return put(value); }
    bool number_integer(typename Sax::number_integer_t value) override { return put(value); }
    bool number_unsigned(typename Sax::number_unsigned_t value) override { return put(value); }
    bool number_float(typename Sax::number_float_t value, const typename Sax::string_t &) override
    {
        return put(value);
    }
    bool string(typename Sax::string_t &value) override { return put(std::move(value)); }
    bool binary(typename Sax::binary_t &value) override { return put(Json::binary(std::move(value))); }
    bool start_object(std::size_t) override { return open(Json::object()); }
    bool start_array(std::size_t) override { return open(Json::array()); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(typename Sax::string_t &name) override
    {
        if (m_duplicates == DuplicateKeys::Refuse && !m_duplicate && m_open.back().value->contains(name)) {
            std::vector<JsonPathStep> path;
            for (std::size_t i = 1; i < m_open.size(); ++i)
                path.push_back(m_open[i].step);
            path.emplace_back(name);
            m_duplicate = std::move(path);
        }
        m_key = std::move(name);
        return true;
    }

    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex) override
    {
        m_errorPosition = position;
        m_errorMessage = ex.what();
        return false;
    }

    std::size_t errorPosition() const { return m_errorPosition; }
    const std::string &errorMessage() const { return m_errorMessage; }
    const std::optional<std::vector<JsonPathStep>> &duplicate() const { return m_duplicate; }

private:
    struct Open
    {
        Json *value;
        JsonPathStep step; // from the container around it; unused for the root
    };

    // Where the next value goes. Only the innermost open container grows, so
    // the pointers to the containers around it stay valid.
    std::pair<Json *, JsonPathStep> place(Json value)
    {
        if (m_open.empty()) {
            m_root = std::move(value);
            return { &m_root, std::size_t { 0 } };
        }
        Json &parent = *m_open.back().value;
        if (parent.is_array()) {
            const std::size_t index = parent.size();
            parent.push_back(std::move(value));
            return { &parent.back(), index };
        }
        Json &slot = parent[m_key];
        slot = std::move(value);
        return { &slot, m_key };
    }

    bool put(Json value)
    {
        place(std::move(value));
        return true;
    }

    bool open(Json container)
    {
        auto [value, step] = place(std::move(container));
        m_open.push_back({ value, std::move(step) });
        return true;
    }

    bool close()
    {
        m_open.pop_back();
        return true;
    }

    Json &m_root;
    DuplicateKeys m_duplicates;
    std::vector<Open> m_open;
    typename Sax::string_t m_key;
    std::size_t m_errorPosition = 0;
    std::string m_errorMessage;
    std::optional<std::vector<JsonPathStep>> m_duplicate;
};

} // namespace

template<typename Json>
Result<Json, JsonReadError> readJson(std::string_view text, int maxDepth, DuplicateKeys duplicates)
{
    if (const auto bad = firstInvalidUtf8(text); bad != std::string_view::npos) {
        JsonReadError error = errorAt(JsonReadErrorKind::InvalidUtf8, text, bad);
        error.badByte = static_cast<unsigned char>(text[bad]);
        return Failure(std::move(error));
    }
    if (const auto deep = firstTooDeep(text, maxDepth); deep != std::string_view::npos) {
        JsonReadError error = errorAt(JsonReadErrorKind::TooDeep, text, deep);
        error.maxDepth = maxDepth;
        return Failure(std::move(error));
    }

    Json root;
    TreeBuilder<Json> builder(root, duplicates);
    try {
        if (!Json::sax_parse(text.begin(), text.end(), &builder, nlohmann::json::input_format_t::json, true, false)) {
            const std::size_t position = builder.errorPosition();
            JsonReadError error = errorAt(JsonReadErrorKind::Syntax, text, position > 0 ? position - 1 : 0);
            error.detail = parserMessage(builder.errorMessage().c_str());
            return Failure(std::move(error));
        }
    } catch (const std::exception &e) {
        JsonReadError error;
        error.kind = JsonReadErrorKind::Unreadable;
        error.line = 1;
        error.column = 1;
        error.detail = e.what();
        return Failure(std::move(error));
    }
    if (builder.duplicate()) {
        JsonReadError error;
        error.kind = JsonReadErrorKind::DuplicateKey;
        error.path = *builder.duplicate();
        return Failure(std::move(error));
    }
    return root;
}

template Result<nlohmann::json, JsonReadError> readJson<nlohmann::json>(std::string_view, int, DuplicateKeys);
template Result<nlohmann::ordered_json, JsonReadError> readJson<nlohmann::ordered_json>(
    std::string_view, int, DuplicateKeys);

} // namespace convener::core
