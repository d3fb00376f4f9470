// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/securebuffer.h"

#include <catch2/catch.hpp>

#include <utility>

using namespace convener::crypto;

TEST_CASE("SecureBuffer: a new buffer is zero-filled")
{
    SecureBuffer buffer(40);
    REQUIRE(buffer.size() == 40);
    for (unsigned char byte : buffer.bytes())
        CHECK(byte == 0);
}

TEST_CASE("SecureBuffer: moving hands the bytes over and leaves the source empty")
{
    SecureBuffer source = SecureBuffer::copyOf(std::string_view("quiet morning"));
    const unsigned char *address = source.data();
    SecureBuffer target(std::move(source));
    CHECK(target.view() == "quiet morning");
    CHECK(target.data() == address);
    CHECK(source.empty());
    CHECK(source.data() == nullptr);

    SecureBuffer other = SecureBuffer::copyOf(std::string_view("x"));
    other = std::move(target);
    CHECK(other.view() == "quiet morning");
    CHECK(target.empty());
}

TEST_CASE("SecureBuffer: truncating shortens what is visible")
{
    SecureBuffer buffer = SecureBuffer::copyOf(std::string_view("journal text"));
    buffer.truncate(7);
    CHECK(buffer.view() == "journal");
    CHECK(buffer.size() == 7);
}

TEST_CASE("SecureBuffer: contents compare by value")
{
    CHECK(SecureBuffer::copyOf(std::string_view("abc")).sameContents(SecureBuffer::copyOf(std::string_view("abc"))));
    CHECK_FALSE(SecureBuffer::copyOf(std::string_view("abc")).sameContents(SecureBuffer::copyOf(std::string_view("abd"))));
    CHECK_FALSE(SecureBuffer::copyOf(std::string_view("abc")).sameContents(SecureBuffer::copyOf(std::string_view("ab"))));
    CHECK(SecureBuffer().sameContents(SecureBuffer(0)));
}
