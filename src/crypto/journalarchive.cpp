// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/journalarchive.h"

#include "crypto/bytereader.h"
#include "crypto/bytewriter.h"

#include <sodium.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>
#include <system_error>
#include <utility>

namespace convener::crypto {

namespace {

constexpr std::string_view kMagic = "CVJRNLX1";
constexpr std::uint16_t kFormatVersion = 1;
constexpr std::size_t kTagSize = 32;
constexpr std::uint8_t kHasTitle = 1;
constexpr std::uint8_t kHasBody = 2;
constexpr std::uint8_t kHasDraft = 4;

Error truncated()
{
    return {ErrorKind::Truncated, "The journal archive ends early; it may have been cut off while copying."};
}

Error malformed(std::string message)
{
    return {ErrorKind::Malformed, std::move(message)};
}

void writeItem(ByteWriter &out, const SealedItem &item)
{
    const Bytes bytes = item.toBytes();
    out.writeU32(static_cast<std::uint32_t>(bytes.size()));
    out.writeBytes(bytes);
}

Result<SealedItem> readItem(ByteReader &in)
{
    std::uint32_t length = 0;
    ByteView bytes;
    if (!in.readU32(length) || !in.readBytes(length, bytes))
        return truncated();
    auto item = SealedItem::fromBytes(bytes);
    if (!item)
        return malformed("A sealed item in the journal archive is malformed: " + item.error().message);
    return item;
}

bool itemMatches(const std::optional<SealedItem> &item, const JournalKey &key)
{
    return !item || item->keyVersion == key.keyVersion();
}

Error fileError(const std::filesystem::path &path, std::string_view what, const std::string &cause)
{
    return {ErrorKind::FileError, std::string(what) + " " + path.string() + ": " + cause};
}

} // namespace

Result<Bytes> JournalArchive::write(const JournalKey &key, const WrappedKey &passphraseRecord,
                                    const std::vector<ArchiveEntry> &entries)
{
    if (passphraseRecord.method != WrapMethod::Passphrase || passphraseRecord.journalId != key.journalId()
        || passphraseRecord.keyVersion != key.keyVersion())
        return Error{ErrorKind::InvalidArgument, "The key record given is not this journal's current passphrase record."};
    if (entries.size() > UINT32_MAX)
        return Error{ErrorKind::InvalidArgument, "Too many entries for one archive."};

    ByteWriter out;
    out.writeText(kMagic);
    out.writeU16(kFormatVersion);
    const Bytes record = passphraseRecord.toBytes();
    out.writeU16(static_cast<std::uint16_t>(record.size()));
    out.writeBytes(record);
    out.writeU32(static_cast<std::uint32_t>(entries.size()));
    for (const ArchiveEntry &entry : entries) {
        if (entry.entryId.empty() || entry.entryId.size() > JournalKey::kMaxEntryIdSize)
            return Error{ErrorKind::InvalidArgument, "An entry id must be 1 to 255 bytes long."};
        if (entry.metadata.size() > kMaxMetadataSize)
            return Error{ErrorKind::InvalidArgument, "The metadata of entry " + entry.entryId + " is over 1 MiB."};
        if (!itemMatches(entry.title, key) || !itemMatches(entry.body, key) || !itemMatches(entry.draft, key))
            return Error{ErrorKind::InvalidArgument,
                         "Entry " + entry.entryId + " holds an item sealed under another key version."};
        out.writeU8(static_cast<std::uint8_t>(entry.entryId.size()));
        out.writeText(entry.entryId);
        out.writeU32(static_cast<std::uint32_t>(entry.metadata.size()));
        out.writeText(entry.metadata);
        out.writeU8(static_cast<std::uint8_t>((entry.title ? kHasTitle : 0) | (entry.body ? kHasBody : 0)
                                              | (entry.draft ? kHasDraft : 0)));
        for (const auto *item : {&entry.title, &entry.body, &entry.draft}) {
            if (*item)
                writeItem(out, **item);
        }
    }
    out.writeBytes(key.archiveTag(out.bytes()));
    return out.take();
}

Result<ArchiveContents> JournalArchive::parse(ByteView bytes)
{
    ByteReader in(bytes);
    ByteView magic;
    if (!in.readBytes(kMagic.size(), magic))
        return truncated();
    if (!std::equal(magic.begin(), magic.end(), kMagic.begin()))
        return Error{ErrorKind::UnsupportedFormat, "This is not a Convener journal archive."};
    std::uint16_t version = 0;
    if (!in.readU16(version))
        return truncated();
    if (version != kFormatVersion)
        return Error{ErrorKind::UnsupportedFormat,
                     "The journal archive has format version " + std::to_string(version)
                         + "; this version of Convener reads version 1."};

    ArchiveContents contents;
    std::uint16_t recordLength = 0;
    ByteView recordBytes;
    if (!in.readU16(recordLength) || !in.readBytes(recordLength, recordBytes))
        return truncated();
    auto record = WrappedKey::fromBytes(recordBytes);
    if (!record) {
        const ErrorKind kind = record.error().kind == ErrorKind::DamagedKeyRecord ? ErrorKind::DamagedArchive
                                                                            : ErrorKind::Malformed;
        return Error{kind, "The key record in the journal archive is unusable: " + record.error().message};
    }
    if (record.value().method != WrapMethod::Passphrase)
        return malformed("The key record in the journal archive is not a passphrase record.");
    contents.keyRecord = record.value();

    std::uint32_t count = 0;
    if (!in.readU32(count))
        return truncated();
    // No reserve(count): the count is untrusted, and each entry must be read
    // from bytes that exist before it takes any memory.
    for (std::uint32_t i = 0; i < count; ++i) {
        ArchiveEntry entry;
        std::uint8_t idLength = 0;
        ByteView id;
        if (!in.readU8(idLength) || !in.readBytes(idLength, id))
            return truncated();
        if (idLength == 0)
            return malformed("An entry in the journal archive has an empty id.");
        entry.entryId.assign(id.begin(), id.end());
        std::uint32_t metadataLength = 0;
        ByteView metadata;
        if (!in.readU32(metadataLength))
            return truncated();
        if (metadataLength > kMaxMetadataSize)
            return malformed("Entry " + entry.entryId + " in the journal archive has over 1 MiB of metadata.");
        if (!in.readBytes(metadataLength, metadata))
            return truncated();
        entry.metadata.assign(metadata.begin(), metadata.end());
        std::uint8_t flags = 0;
        if (!in.readU8(flags))
            return truncated();
        if ((flags & ~(kHasTitle | kHasBody | kHasDraft)) != 0)
            return malformed("Entry " + entry.entryId + " in the journal archive has unknown flags.");
        const std::pair<std::uint8_t, std::optional<SealedItem> *> slots[] = {
            {kHasTitle, &entry.title}, {kHasBody, &entry.body}, {kHasDraft, &entry.draft}};
        for (const auto &[flag, slot] : slots) {
            if ((flags & flag) == 0)
                continue;
            auto item = readItem(in);
            if (!item)
                return item.error();
            *slot = std::move(item).value();
        }
        contents.entries.push_back(std::move(entry));
    }
    ByteView tag;
    if (!in.readBytes(kTagSize, tag))
        return truncated();
    if (!in.atEnd())
        return malformed("The journal archive has unexpected bytes after its end.");
    return contents;
}

Result<OpenedArchive> JournalArchive::read(ByteView bytes, std::string_view passphrase)
{
    auto contents = parse(bytes);
    if (!contents)
        return contents.error();
    auto key = JournalKey::unlock(contents.value().keyRecord, passphrase);
    if (!key)
        return key.error();
    const auto expected = key.value().archiveTag(bytes.first(bytes.size() - kTagSize));
    if (sodium_memcmp(expected.data(), bytes.data() + bytes.size() - kTagSize, kTagSize) != 0)
        return Error{ErrorKind::DamagedArchive, "The journal archive was altered or damaged after it was written."};
    return OpenedArchive{std::move(key).value(), std::move(contents).value()};
}

Result<void> JournalArchive::save(const std::filesystem::path &path, const JournalKey &key,
                                  const WrappedKey &passphraseRecord, const std::vector<ArchiveEntry> &entries)
{
    auto bytes = write(key, passphraseRecord, entries);
    if (!bytes)
        return bytes.error();
    std::filesystem::path temporary = path;
    temporary += ".part";
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        if (!file)
            return fileError(temporary, "Could not create", std::strerror(errno));
        // A journal is private even sealed: owner only, whatever the umask, before a byte is written.
        std::error_code denied;
        std::filesystem::permissions(temporary, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::replace, denied);
        if (denied) {
            file.close();
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            return fileError(temporary, "Could not protect", denied.message());
        }
        file.write(reinterpret_cast<const char *>(bytes.value().data()),
                   static_cast<std::streamsize>(bytes.value().size()));
        file.flush();
        if (!file) {
            const std::string cause = std::strerror(errno);
            file.close();
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            return fileError(temporary, "Could not write", cause);
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        return fileError(path, "Could not save", error.message());
    }
    return {};
}

Result<OpenedArchive> JournalArchive::load(const std::filesystem::path &path, std::string_view passphrase)
{
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        return fileError(path, "Could not read", error.message());
    if (size > kMaxFileSize)
        return Error{ErrorKind::Malformed, path.string() + " is over 1 GiB, larger than any journal archive."};
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return fileError(path, "Could not open", std::strerror(errno));
    Bytes bytes(static_cast<std::size_t>(size));
    file.read(reinterpret_cast<char *>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (file.gcount() != static_cast<std::streamsize>(bytes.size()))
        return fileError(path, "Could not read all of", "the file changed while it was read");
    return read(bytes, passphrase);
}

} // namespace convener::crypto
