// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/common/json/jsonreader.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

using namespace convener::core;

namespace {
JsonReadError errorOf(std::string_view text, int maxDepth = kMaxJsonDepth)
{
    auto result = readJson<nlohmann::json>(text, maxDepth);
    REQUIRE_FALSE(result.ok());
    return result.error();
}
} // namespace

TEST_CASE("JsonReader: valid text reads into the same tree as nlohmann's parser")
{
    const std::string text
        = R"({"b": [1, -2, 3.5, 18446744073709551615, true, null, "é\u00e9"], "a": {"x": {}}, "c": []})";
    const auto plain = readJson<nlohmann::json>(text);
    REQUIRE(plain.ok());
    CHECK(plain.value() == nlohmann::json::parse(text));
    CHECK(plain.value()["b"][3].is_number_unsigned());

    const auto ordered = readJson<nlohmann::ordered_json>(text);
    REQUIRE(ordered.ok());
    CHECK(ordered.value() == nlohmann::ordered_json::parse(text));
    CHECK(ordered.value().begin().key() == "b");
}

TEST_CASE("JsonReader: a syntax error gives its line, column and offset")
{
    const auto error = errorOf("{\n  \"format\": 1,\n  \"kind\": tru\n}");
    CHECK(error.kind == JsonReadErrorKind::Syntax);
    CHECK(error.line == 3);
    CHECK(error.column == 14);
    CHECK(error.offset == 30);
    // The parser's own prefix and position (which counts bytes) are gone.
    CHECK(error.detail == "syntax error while parsing value - invalid literal; last read: '\"kind\": tru<U+000A>'");
}

TEST_CASE("JsonReader: columns count characters, not bytes")
{
    const auto error = errorOf("{\"title\": \"été\" x}");
    CHECK(error.line == 1);
    CHECK(error.column == 17);
    CHECK(error.offset == 18);
}

TEST_CASE("JsonReader: empty text and an overflowing number are syntax errors with a place")
{
    auto error = errorOf("");
    CHECK(error.kind == JsonReadErrorKind::Syntax);
    CHECK(error.line == 1);
    CHECK(error.column == 1);
    error = errorOf("[1, 1e400]");
    CHECK(error.kind == JsonReadErrorKind::Syntax);
    CHECK(error.column == 9);
    CHECK(error.detail == "number overflow parsing '1e400'");
}

TEST_CASE("JsonReader: invalid UTF-8 is refused at its first bad byte")
{
    for (const std::string bad : { "\xff", "\xc3", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80" }) {
        const auto error = errorOf("{\"format\": 1,\n \"kind\": \"" + bad + "\"}");
        CHECK(error.kind == JsonReadErrorKind::InvalidUtf8);
        CHECK(error.line == 2);
        CHECK(error.column == 11);
        CHECK(error.offset == 24);
    }
    CHECK(errorOf("[\"\xff\"]").badByte == 0xFF);
    CHECK(errorOf("\xc3").badByte == 0xC3);
}

TEST_CASE("JsonReader: deep nesting is refused before parsing, at the bracket that goes too deep")
{
    auto error = errorOf(std::string(100000, '['));
    CHECK(error.kind == JsonReadErrorKind::TooDeep);
    CHECK(error.line == 1);
    CHECK(error.column == kMaxJsonDepth + 1);
    CHECK(error.offset == kMaxJsonDepth);
    CHECK(error.maxDepth == kMaxJsonDepth);

    error = errorOf(R"({"a": {"b": [[]]}})", 3);
    CHECK(error.kind == JsonReadErrorKind::TooDeep);
    CHECK(error.column == 14);
    CHECK(error.maxDepth == 3);

    CHECK(errorOf("[" + std::string(100000, '{')).kind == JsonReadErrorKind::TooDeep);
    const std::string deepest = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
    CHECK(readJson<nlohmann::json>(deepest).ok());
    // Brackets inside text do not count.
    CHECK(readJson<nlohmann::json>("[\"" + std::string(1000, '[') + "\\\"" + std::string(1000, '{') + "\"]").ok());
}

TEST_CASE("JsonReader: a key given twice keeps the last value unless refused")
{
    const std::string text = R"({"a": 1, "list": [0, {"b": 1, "c": {"x": 1, "x": 2}}], "a": 2})";
    const auto lastWins = readJson<nlohmann::json>(text);
    REQUIRE(lastWins.ok());
    CHECK(lastWins.value() == nlohmann::json::parse(text));
    CHECK(lastWins.value()["a"] == 2);

    const auto refused = readJson<nlohmann::ordered_json>(text, kMaxJsonDepth, DuplicateKeys::Refuse);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == JsonReadErrorKind::DuplicateKey);
    CHECK(refused.error().path
        == std::vector<JsonPathStep> { std::string("list"), std::size_t { 1 }, std::string("c"), std::string("x") });

    // A syntax error later in the text is reported first: the tree was never whole.
    const auto broken = readJson<nlohmann::json>(R"({"a": 1, "a": 2, )", kMaxJsonDepth, DuplicateKeys::Refuse);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().kind == JsonReadErrorKind::Syntax);
}
