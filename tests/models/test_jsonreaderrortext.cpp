// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// The words of every JSON read error, as the program codec and the
// scheduler's problem files show them after the place.
#include "core/common/json/jsonreader.h"
#include "models/jsonreaderrortext.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace convener;
using core::JsonReadError;
using Kind = core::JsonReadErrorKind;

namespace {

JsonReadError errorOf(std::string_view text, int maxDepth = core::kMaxJsonDepth,
    core::DuplicateKeys duplicates = core::DuplicateKeys::LastWins)
{
    auto result = core::readJson<nlohmann::json>(text, maxDepth, duplicates);
    REQUIRE_FALSE(result.ok());
    return result.error();
}

} // namespace

TEST_CASE("JSON read error words: invalid UTF-8 names its first bad byte")
{
    CHECK(models::describe(errorOf("[\"\xff\"]"))
        == QStringLiteral("the file is not valid UTF-8 text (byte 0xFF); save it with the UTF-8 encoding"));
    JsonReadError low;
    low.kind = Kind::InvalidUtf8;
    low.badByte = 0x0A;
    CHECK(models::describe(low)
        == QStringLiteral("the file is not valid UTF-8 text (byte 0x0A); save it with the UTF-8 encoding"));
}

TEST_CASE("JSON read error words: deep nesting names the limit")
{
    CHECK(models::describe(errorOf(std::string(100000, '[')))
        == QStringLiteral("lists and objects are nested more than 64 levels deep"));
    CHECK(models::describe(errorOf(R"({"a": {"b": [[]]}})", 3))
        == QStringLiteral("lists and objects are nested more than 3 levels deep"));
}

TEST_CASE("JSON read error words: a syntax error is the parser's own words")
{
    CHECK(models::describe(errorOf("[1, 1e400]")) == QStringLiteral("number overflow parsing '1e400'"));
    CHECK(models::describe(errorOf("{\n  \"format\": 1,\n  \"kind\": tru\n}"))
        == QStringLiteral("syntax error while parsing value - invalid literal; last read: '\"kind\": tru<U+000A>'"));
}

TEST_CASE("JSON read error words: a key given twice, and a file the library could not read")
{
    CHECK(models::describe(errorOf(R"({"a": 1, "a": 2})", core::kMaxJsonDepth, core::DuplicateKeys::Refuse))
        == QStringLiteral("the field is given twice in the same object"));
    JsonReadError unreadable;
    unreadable.kind = Kind::Unreadable;
    unreadable.detail = "out of memory";
    CHECK(models::describe(unreadable) == QStringLiteral("the file could not be read: out of memory"));
}
