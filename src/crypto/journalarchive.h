// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/bytes.h"
#include "crypto/journalkey.h"
#include "crypto/result.h"
#include "crypto/sealeditem.h"
#include "crypto/wrappedkey.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace convener::crypto {

// One entry as it travels in an archive: still sealed, with what the receiving
// database needs to file it again.
struct ArchiveEntry
{
    std::string entryId;                                     // the id its items are sealed under; keep it on import
    // The caller's own description (JSON, say: call, step, dates, a title the
    // participant left open). Authenticated by the archive but NOT encrypted:
    // put nothing secret here.
    std::string metadata;
    std::optional<SealedItem> title;
    std::optional<SealedItem> body;
    std::optional<SealedItem> draft;

    bool operator==(const ArchiveEntry &) const = default;
};

// What an archive holds, as read from its bytes and not yet checked.
struct ArchiveContents
{
    WrappedKey keyRecord;                                    // the passphrase record
    std::vector<ArchiveEntry> entries;
};

// What an archive holds once its passphrase opened it and its contents proved intact.
struct OpenedArchive
{
    JournalKey key;
    ArchiveContents contents;
};

// A participant's whole journal in one file, for moving it to another machine.
// The entries stay sealed exactly as stored, so importing is copying: no text
// is decrypted to write or read an archive. It carries the passphrase record
// only, so it opens with the passphrase and nothing else (after an import, offer
// a new recovery key: wrapWithNewRecoveryKey). A keyed BLAKE2b tag under a subkey
// of the data key covers the whole file, so nothing in it, the clear metadata
// included, can be changed unnoticed by anyone without the passphrase.
//
// Format, version 1, little-endian:
//   "CVJRNLX1" | format version u16 | key record length u16 | key record
//   | entry count u32 | entries | tag [32]
// entry: id length u8 (1..255) | id | metadata length u32 (up to 1 MiB) | metadata
//   | flags u8 (bit 0 title, 1 body, 2 draft) | per flag set: length u32 | sealed item
class JournalArchive final
{
public:
    static constexpr std::size_t kMaxMetadataSize = std::size_t{1} << 20;
    static constexpr std::uintmax_t kMaxFileSize = std::uintmax_t{1} << 30;

    // InvalidArgument when the record does not belong to the key (another
    // journal, key version or not a passphrase record), or an entry is out of
    // the format's bounds.
    static Result<Bytes> write(const JournalKey &key, const WrappedKey &passphraseRecord,
                               const std::vector<ArchiveEntry> &entries);

    // Structure only, no key needed: Truncated, UnsupportedFormat, Malformed, or
    // DamagedArchive when the key record's checksum fails. This is the parser to fuzz.
    static Result<ArchiveContents> parse(ByteView bytes);

    // parse, then unlock (runs Argon2id: call it off the GUI thread), then check
    // the tag. WrongPassphrase says nothing more; DamagedArchive when the file
    // was altered.
    static Result<OpenedArchive> read(ByteView bytes, std::string_view passphrase);

    // File variants. save writes a temporary file beside the target and renames
    // it over, so an interrupted save never leaves half an archive under the
    // name. FileError names the path and the cause.
    static Result<void> save(const std::filesystem::path &path, const JournalKey &key,
                             const WrappedKey &passphraseRecord, const std::vector<ArchiveEntry> &entries);
    static Result<OpenedArchive> load(const std::filesystem::path &path, std::string_view passphrase);
};

} // namespace convener::crypto
