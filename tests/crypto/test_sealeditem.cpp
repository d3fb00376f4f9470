// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/journalkey.h"
#include "crypto/sealeditem.h"

#include "cryptotestsupport.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace convener::crypto;
using namespace convener::crypto::testing;

TEST_CASE("Sealed item: text opens back exactly, whatever its length or bytes")
{
    JournalSetup setup = newJournal();
    const std::string unicode = "Mañana: \xF0\x9F\x8C\xB1 a calm Ω";
    std::vector<std::string> texts = {"", "a", unicode, std::string(255, 'x'), std::string(256, 'y'),
                                      std::string(257, 'z'), std::string(3000, 'w')};
    texts.push_back(std::string("ends in padding-like bytes\x80\0\0", 29));
    texts.push_back(std::string(1, '\0'));
    for (const std::string &text : texts) {
        auto sealed = setup.key.seal("entry-1", ItemKind::EntryBody, text);
        REQUIRE(sealed.ok());
        auto stored = SealedItem::fromBytes(sealed.value().toBytes());
        REQUIRE(stored.ok());
        CHECK(stored.value() == sealed.value());
        auto opened = setup.key.open("entry-1", ItemKind::EntryBody, stored.value());
        REQUIRE(opened.ok());
        CHECK(opened.value().view() == text);
    }
}

TEST_CASE("Sealed item: the stored size hides the length within a 256-byte block")
{
    JournalSetup setup = newJournal();
    std::set<std::size_t> sizes;
    for (std::size_t length : {0, 1, 17, 100, 200, 255}) {
        auto sealed = setup.key.seal("entry-1", ItemKind::EntryBody, std::string(length, 'a'));
        REQUIRE(sealed.ok());
        sizes.insert(sealed.value().toBytes().size());
    }
    CHECK(sizes.size() == 1);
    auto longer = setup.key.seal("entry-1", ItemKind::EntryBody, std::string(256, 'a'));
    REQUIRE(longer.ok());
    CHECK(longer.value().toBytes().size() == *sizes.begin() + SealedItem::kPaddingBlock);
    auto longest = setup.key.seal("entry-1", ItemKind::EntryBody, std::string(511, 'a'));
    REQUIRE(longest.ok());
    CHECK(longest.value().toBytes().size() == longer.value().toBytes().size());
}

TEST_CASE("Sealed item: sealing the same text twice gives different bytes")
{
    JournalSetup setup = newJournal();
    auto first = setup.key.seal("entry-1", ItemKind::EntryBody, "same words");
    auto second = setup.key.seal("entry-1", ItemKind::EntryBody, "same words");
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first.value().nonce != second.value().nonce);
    CHECK(first.value().ciphertext != second.value().ciphertext);
}

TEST_CASE("Sealed item: every single-bit flip of a stored entry, its header or its nonce is rejected")
{
    JournalSetup setup = newJournal();
    auto sealed = setup.key.seal("entry-1", ItemKind::EntryBody, "hi");
    REQUIRE(sealed.ok());
    const Bytes bytes = sealed.value().toBytes();
    REQUIRE(setup.key.open("entry-1", ItemKind::EntryBody, ByteView(bytes)).ok());
    for (std::size_t bit = 0; bit < bytes.size() * 8; ++bit) {
        const Bytes flipped = withBitFlipped(bytes, bit);
        auto opened = setup.key.open("entry-1", ItemKind::EntryBody, ByteView(flipped));
        CAPTURE(bit);
        REQUIRE_FALSE(opened.ok());
        REQUIRE(opened.error().kind == ErrorKind::DamagedItem);
    }
}

TEST_CASE("Sealed item: an entry moved to another entry id, kind or participant does not open")
{
    JournalSetup setup = newJournal("first participant");
    JournalSetup other = newJournal("second participant");
    auto sealed = setup.key.seal("entry-1", ItemKind::EntryBody, "only mine");
    REQUIRE(sealed.ok());
    REQUIRE(setup.key.open("entry-1", ItemKind::EntryBody, sealed.value()).ok());

    auto movedEntry = setup.key.open("entry-2", ItemKind::EntryBody, sealed.value());
    CHECK(movedEntry.error().kind == ErrorKind::DamagedItem);
    CHECK(movedEntry.error().message.find("moved") != std::string::npos);
    CHECK(setup.key.open("entry-1", ItemKind::EntryTitle, sealed.value()).error().kind == ErrorKind::DamagedItem);
    CHECK(setup.key.open("entry-1", ItemKind::Draft, sealed.value()).error().kind == ErrorKind::DamagedItem);
    CHECK(other.key.open("entry-1", ItemKind::EntryBody, sealed.value()).error().kind == ErrorKind::DamagedItem);
}

TEST_CASE("Sealed item: an item claiming another key version does not open")
{
    JournalSetup setup = newJournal();
    auto sealed = setup.key.seal("entry-1", ItemKind::Draft, "draft text");
    REQUIRE(sealed.ok());
    SealedItem relabelled = sealed.value();
    relabelled.keyVersion = 2;
    CHECK(setup.key.open("entry-1", ItemKind::Draft, relabelled).error().kind == ErrorKind::DamagedItem);
}

TEST_CASE("Sealed item: malformed stored bytes are reported by kind")
{
    JournalSetup setup = newJournal();
    auto sealed = setup.key.seal("entry-1", ItemKind::EntryBody, "text");
    REQUIRE(sealed.ok());
    const Bytes bytes = sealed.value().toBytes();

    for (std::size_t length = 0; length < bytes.size(); ++length) {
        auto parsed = SealedItem::fromBytes(ByteView(bytes).first(length));
        CAPTURE(length);
        REQUIRE(parsed.error().kind == ErrorKind::Truncated);
    }
    Bytes otherTag = bytes;
    otherTag[0] = 'K';
    CHECK(SealedItem::fromBytes(otherTag).error().kind == ErrorKind::UnsupportedFormat);
    Bytes otherVersion = bytes;
    otherVersion[1] = 9;
    CHECK(SealedItem::fromBytes(otherVersion).error().kind == ErrorKind::UnsupportedFormat);
    Bytes oddLength = bytes;
    oddLength.push_back(0);
    CHECK(SealedItem::fromBytes(oddLength).error().kind == ErrorKind::Malformed);
}

TEST_CASE("Sealed item: entry ids must be 1 to 255 bytes")
{
    JournalSetup setup = newJournal();
    CHECK(setup.key.seal("", ItemKind::EntryBody, "text").error().kind == ErrorKind::InvalidArgument);
    CHECK(setup.key.seal(std::string(256, 'e'), ItemKind::EntryBody, "text").error().kind == ErrorKind::InvalidArgument);
    CHECK(setup.key.seal(std::string(255, 'e'), ItemKind::EntryBody, "text").ok());
    const std::string id = newEntryId();
    CHECK(id.size() == 32);
    CHECK(id != newEntryId());
}
