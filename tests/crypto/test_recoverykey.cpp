// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/recoverykey.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

using namespace convener::crypto;

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

std::string shown(const RecoveryKey &key)
{
    return std::string(key.displayText().view());
}

// Indices of the 56 key characters within the grouped text.
std::vector<std::size_t> symbolPositions(const std::string &text)
{
    std::vector<std::size_t> positions;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '-')
            positions.push_back(i);
    }
    return positions;
}

} // namespace

TEST_CASE("Recovery key: shown as 14 groups of 4 unambiguous characters")
{
    const std::string text = shown(RecoveryKey::generate());
    CAPTURE(text);
    REQUIRE(text.size() == 56 + 13);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i % 5 == 4)
            CHECK(text[i] == '-');
        else
            CHECK(kAlphabet.find(text[i]) != std::string_view::npos);
    }
}

TEST_CASE("Recovery key: reads back to the same secret")
{
    const RecoveryKey key = RecoveryKey::generate();
    auto parsed = RecoveryKey::parse(shown(key));
    REQUIRE(parsed.ok());
    CHECK(parsed.value().secret().sameContents(key.secret()));
    CHECK_FALSE(RecoveryKey::generate().secret().sameContents(key.secret()));
}

TEST_CASE("Recovery key: lower case, other spacing and look-alike letters are accepted")
{
    const RecoveryKey key = RecoveryKey::generate();
    std::string text = shown(key);
    std::string relaxed;
    for (char c : text) {
        if (c == '-') {
            relaxed += "  ";
            continue;
        }
        char typed = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (c == '0')
            typed = 'O';
        if (c == '1')
            typed = 'l';
        relaxed += typed;
    }
    auto parsed = RecoveryKey::parse("\n" + relaxed + "\n");
    REQUIRE(parsed.ok());
    CHECK(parsed.value().secret().sameContents(key.secret()));
}

TEST_CASE("Recovery key: every single mistyped character is reported as a typo")
{
    const std::string text = shown(RecoveryKey::generate());
    for (std::size_t position : symbolPositions(text)) {
        for (char replacement : kAlphabet) {
            if (replacement == text[position])
                continue;
            std::string typed = text;
            typed[position] = replacement;
            auto parsed = RecoveryKey::parse(typed);
            CAPTURE(typed);
            REQUIRE_FALSE(parsed.ok());
            REQUIRE(parsed.error().kind == ErrorKind::RecoveryKeyTypo);
        }
    }
}

TEST_CASE("Recovery key: two neighbouring characters swapped are reported as a typo")
{
    const std::string text = shown(RecoveryKey::generate());
    const auto positions = symbolPositions(text);
    for (std::size_t i = 0; i + 1 < positions.size(); ++i) {
        std::string typed = text;
        if (typed[positions[i]] == typed[positions[i + 1]])
            continue;
        std::swap(typed[positions[i]], typed[positions[i + 1]]);
        auto parsed = RecoveryKey::parse(typed);
        CAPTURE(typed);
        REQUIRE_FALSE(parsed.ok());
        REQUIRE(parsed.error().kind == ErrorKind::RecoveryKeyTypo);
    }
}

TEST_CASE("Recovery key: a missing or extra character is a typo that says how many there are")
{
    const std::string text = shown(RecoveryKey::generate());
    auto shorter = RecoveryKey::parse(text.substr(0, text.size() - 1));
    REQUIRE_FALSE(shorter.ok());
    CHECK(shorter.error().kind == ErrorKind::RecoveryKeyTypo);
    CHECK(shorter.error().message.find("55 characters") != std::string::npos);

    auto longer = RecoveryKey::parse(text + "7");
    REQUIRE_FALSE(longer.ok());
    CHECK(longer.error().kind == ErrorKind::RecoveryKeyTypo);
    CHECK(longer.error().message.find("57 characters") != std::string::npos);
}

TEST_CASE("Recovery key: a character outside the alphabet is a typo in a named group")
{
    std::string text = shown(RecoveryKey::generate());
    text[5 * 2 + 1] = 'U';                                   // second character of group 3
    auto parsed = RecoveryKey::parse(text);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().kind == ErrorKind::RecoveryKeyTypo);
    CHECK(parsed.error().message.find("group 3") != std::string::npos);
    CHECK(parsed.error().message.find("'U'") != std::string::npos);
}
