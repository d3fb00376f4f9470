// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/journalarchive.h"

#include "cryptotestsupport.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace convener::crypto;
using namespace convener::crypto::testing;

namespace {

const std::string kPassphrase = "river stones at dusk";

struct Journal
{
    JournalSetup setup;
    std::vector<ArchiveEntry> entries;
};

Journal journalWithEntries()
{
    Journal journal{newJournal(kPassphrase), {}};
    const JournalKey &key = journal.setup.key;
    ArchiveEntry first;
    first.entryId = newEntryId();
    first.metadata = R"({"call":1,"step":"silent journaling"})";
    first.title = key.seal(first.entryId, ItemKind::EntryTitle, "What I noticed").value();
    first.body = key.seal(first.entryId, ItemKind::EntryBody, "Listening without planning my answer.").value();
    ArchiveEntry second;
    second.entryId = newEntryId();
    second.metadata = R"({"call":2,"title":"left open on purpose"})";
    second.draft = key.seal(second.entryId, ItemKind::Draft, "half a thought").value();
    journal.entries = {first, second};
    return journal;
}

Bytes archiveOf(const Journal &journal)
{
    auto bytes = JournalArchive::write(journal.setup.key, journal.setup.passphraseRecord, journal.entries);
    if (!bytes)
        throw std::runtime_error(bytes.error().message);
    return std::move(bytes).value();
}

std::filesystem::path scratchFile(const std::string &name)
{
    const auto directory = std::filesystem::temp_directory_path()
        / ("convener-crypto-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(directory);
    return directory / name;
}

} // namespace

TEST_CASE("Journal archive: entries come back sealed as they were and open with the passphrase's key")
{
    const Journal journal = journalWithEntries();
    auto opened = JournalArchive::read(archiveOf(journal), kPassphrase);
    REQUIRE(opened.ok());
    const OpenedArchive &archive = opened.value();
    CHECK(archive.key.journalId() == journal.setup.key.journalId());
    CHECK(archive.contents.keyRecord == journal.setup.passphraseRecord);
    REQUIRE(archive.contents.entries == journal.entries);

    const ArchiveEntry &first = archive.contents.entries[0];
    auto body = archive.key.open(first.entryId, ItemKind::EntryBody, *first.body);
    REQUIRE(body.ok());
    CHECK(body.value().view() == "Listening without planning my answer.");
    const ArchiveEntry &second = archive.contents.entries[1];
    CHECK_FALSE(second.title.has_value());
    auto draft = archive.key.open(second.entryId, ItemKind::Draft, *second.draft);
    REQUIRE(draft.ok());
    CHECK(draft.value().view() == "half a thought");
}

TEST_CASE("Journal archive: an empty journal round-trips")
{
    Journal journal{newJournal(kPassphrase), {}};
    auto opened = JournalArchive::read(archiveOf(journal), kPassphrase);
    REQUIRE(opened.ok());
    CHECK(opened.value().contents.entries.empty());
}

TEST_CASE("Journal archive: the plaintext of entries appears nowhere in the file")
{
    const Bytes bytes = archiveOf(journalWithEntries());
    const std::string text(bytes.begin(), bytes.end());
    for (const char *secret : {"What I noticed", "Listening", "half a thought"})
        CHECK(text.find(secret) == std::string::npos);
}

TEST_CASE("Journal archive: a wrong passphrase says so and nothing more")
{
    auto opened = JournalArchive::read(archiveOf(journalWithEntries()), "river stones at dawn");
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::WrongPassphrase);
    CHECK(opened.error().message == "Wrong passphrase.");
}

TEST_CASE("Journal archive: a file cut short anywhere is reported as truncated")
{
    const Bytes bytes = archiveOf(journalWithEntries());
    for (std::size_t length = 0; length < bytes.size(); ++length) {
        auto parsed = JournalArchive::parse(ByteView(bytes).first(length));
        CAPTURE(length);
        REQUIRE_FALSE(parsed.ok());
        REQUIRE(parsed.error().kind == ErrorKind::Truncated);
    }
    CHECK(JournalArchive::read(ByteView(bytes).first(bytes.size() - 1), kPassphrase).error().kind == ErrorKind::Truncated);
}

TEST_CASE("Journal archive: another file type or a newer format version is refused as such")
{
    Bytes bytes = archiveOf(journalWithEntries());
    Bytes otherMagic = bytes;
    otherMagic[0] = 'X';
    CHECK(JournalArchive::read(otherMagic, kPassphrase).error().kind == ErrorKind::UnsupportedFormat);
    Bytes newer = bytes;
    newer[8] = 2;
    auto opened = JournalArchive::read(newer, kPassphrase);
    CHECK(opened.error().kind == ErrorKind::UnsupportedFormat);
    CHECK(opened.error().message.find("version 2") != std::string::npos);
    const std::string text = "# My journal\n\nplain markdown";
    CHECK(JournalArchive::parse(asBytes(text)).error().kind == ErrorKind::UnsupportedFormat);
}

TEST_CASE("Journal archive: bytes after the end are refused")
{
    Bytes bytes = archiveOf(journalWithEntries());
    bytes.push_back(0);
    CHECK(JournalArchive::parse(bytes).error().kind == ErrorKind::Malformed);
}

TEST_CASE("Journal archive: every single-bit flip is rejected, and never read as a wrong passphrase")
{
    const Journal journal = journalWithEntries();
    const Bytes bytes = archiveOf(journal);
    const std::size_t recordEnd = 8 + 2 + 2 + journal.setup.passphraseRecord.toBytes().size();
    for (std::size_t bit = 0; bit < bytes.size() * 8; ++bit) {
        auto opened = JournalArchive::read(withBitFlipped(bytes, bit), kPassphrase);
        CAPTURE(bit);
        REQUIRE_FALSE(opened.ok());
        REQUIRE(opened.error().kind != ErrorKind::WrongPassphrase);
        // Past the key record the archive's own lengths may still parse; the tag
        // then catches what the structure did not.
        if (bit / 8 >= recordEnd && JournalArchive::parse(withBitFlipped(bytes, bit)).ok())
            REQUIRE(opened.error().kind == ErrorKind::DamagedArchive);
    }
}

TEST_CASE("Journal archive: changed clear metadata is caught")
{
    const Journal journal = journalWithEntries();
    Bytes bytes = archiveOf(journal);
    std::string text(bytes.begin(), bytes.end());
    const auto at = text.find("\"call\":1");
    REQUIRE(at != std::string::npos);
    bytes[at + 7] = '3';
    auto opened = JournalArchive::read(bytes, kPassphrase);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::DamagedArchive);
}

TEST_CASE("Journal archive: only this journal's current passphrase record can be written into it")
{
    const Journal journal = journalWithEntries();
    const Journal other = journalWithEntries();
    CHECK(JournalArchive::write(journal.setup.key, other.setup.passphraseRecord, journal.entries).error().kind
          == ErrorKind::InvalidArgument);
    CHECK(JournalArchive::write(journal.setup.key, journal.setup.recovery.record, journal.entries).error().kind
          == ErrorKind::InvalidArgument);
    std::vector<ArchiveEntry> badId = journal.entries;
    badId[0].entryId.clear();
    CHECK(JournalArchive::write(journal.setup.key, journal.setup.passphraseRecord, badId).error().kind
          == ErrorKind::InvalidArgument);
}

TEST_CASE("Journal archive: saved to a file and loaded back")
{
    const Journal journal = journalWithEntries();
    const auto path = scratchFile("journal.cvjournal");
    auto saved = JournalArchive::save(path, journal.setup.key, journal.setup.passphraseRecord, journal.entries);
    REQUIRE(saved.ok());
    CHECK_FALSE(std::filesystem::exists(path.string() + ".part"));
    auto loaded = JournalArchive::load(path, kPassphrase);
    REQUIRE(loaded.ok());
    CHECK(loaded.value().contents.entries == journal.entries);

    std::filesystem::resize_file(path, std::filesystem::file_size(path) - 10);
    CHECK(JournalArchive::load(path, kPassphrase).error().kind == ErrorKind::Truncated);
    std::filesystem::remove_all(path.parent_path());
}

TEST_CASE("Journal archive: a missing file is a file error naming the path")
{
    const auto path = scratchFile("nothing-here.cvjournal");
    auto loaded = JournalArchive::load(path, kPassphrase);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().kind == ErrorKind::FileError);
    CHECK(loaded.error().message.find("nothing-here.cvjournal") != std::string::npos);
    std::filesystem::remove_all(path.parent_path());
}
