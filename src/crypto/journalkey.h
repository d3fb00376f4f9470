// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/bytes.h"
#include "crypto/journalid.h"
#include "crypto/kdflimits.h"
#include "crypto/recoverykey.h"
#include "crypto/result.h"
#include "crypto/sealeditem.h"
#include "crypto/securebuffer.h"
#include "crypto/wrappedkey.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace convener::crypto {

struct JournalSetup;
struct RecoverySetup;

// An unlocked journal: its random 32-byte data key, held in secure memory, and
// what it seals and opens. Holding one is being unlocked; destroying it locks.
//
// The data key never changes with the passphrase: a passphrase change wraps the
// same key again (wrapWithPassphrase) and leaves every sealed item byte for byte
// as it was. Items are sealed under a subkey derived from the data key, so the
// data key itself only ever wraps and derives.
//
// Thread use: unlock() runs Argon2id and takes about a second with the default
// limits, so callers run it off the GUI thread and move the result back. The
// class holds no shared state; const members may be called from several
// threads at once. Passphrases are UTF-8 bytes as given: normalise them the same
// way every time (Qt: QString::normalized(QString::NormalizationForm_C)) so that
// one typed on another system still matches.
class JournalKey final
{
public:
    static constexpr std::uint32_t kFirstKeyVersion = 1;
    static constexpr std::size_t kMaxEntryIdSize = 255;

    // Sets up a new journal: a fresh journal id and data key, wrapped by the
    // passphrase and by a new recovery key, both returned for storing. The
    // recovery key is to be shown once and not stored.
    static Result<JournalSetup> create(std::string_view passphrase, KdfLimits limits = KdfLimits::moderate());

    // WrongPassphrase (message "Wrong passphrase.") for an intact record that does
    // not open; InvalidArgument for an empty passphrase or a recovery record.
    static Result<JournalKey> unlock(const WrappedKey &record, std::string_view passphrase);
    // WrongRecoveryKey for a well-formed key of another journal.
    static Result<JournalKey> unlockWithRecoveryKey(const WrappedKey &record, const RecoveryKey &recoveryKey);
    // Parses first: RecoveryKeyTypo for a mistyped key, then as above.
    static Result<JournalKey> unlockWithRecoveryKey(const WrappedKey &record, std::string_view recoveryKeyText);

    // A new passphrase record for this key (passphrase change, or after
    // unlocking with the recovery key). Replace the stored record with it:
    // the old record still opens with the old passphrase while it exists.
    Result<WrappedKey> wrapWithPassphrase(std::string_view passphrase,
                                          KdfLimits limits = KdfLimits::moderate()) const;
    // A new recovery key and its record, replacing the old pair.
    RecoverySetup wrapWithNewRecoveryKey() const;

    // Seals text for one entry of this journal (title, body or draft alike).
    // The plaintext is padded to a multiple of 256 bytes first, so the stored
    // size says only roughly how long the text is. InvalidArgument for an empty
    // or over-long entry id, or text over SealedItem::kMaxPlaintextSize.
    Result<SealedItem> seal(std::string_view entryId, ItemKind kind, std::string_view plaintext) const;
    // DamagedItem when the item was altered, or belongs to another entry id,
    // kind, journal or key version; the message does not say which, because
    // the cipher cannot tell.
    Result<SecureBuffer> open(std::string_view entryId, ItemKind kind, const SealedItem &item) const;
    // The same from stored bytes (SealedItem::toBytes); malformed bytes are DamagedItem too.
    Result<SecureBuffer> open(std::string_view entryId, ItemKind kind, ByteView storedItem) const;

    const JournalId &journalId() const { return m_journalId; }
    std::uint32_t keyVersion() const { return m_keyVersion; }

private:
    friend class JournalArchive;

    JournalKey(JournalId journalId, std::uint32_t keyVersion, SecureBuffer dataKey);

    static Result<JournalKey> unwrap(const WrappedKey &record, const SecureBuffer &wrappingKey);
    WrappedKey wrapWith(WrappedKey record, const SecureBuffer &wrappingKey) const;
    Bytes itemAssociatedData(std::string_view entryId, ItemKind kind) const;
    // Keyed BLAKE2b-256 under the archive subkey, for JournalArchive.
    std::array<unsigned char, 32> archiveTag(ByteView bytes) const;

    JournalId m_journalId;
    std::uint32_t m_keyVersion = 0;
    SecureBuffer m_dataKey;
    SecureBuffer m_itemKey;
    SecureBuffer m_archiveKey;
};

struct RecoverySetup
{
    RecoveryKey recoveryKey;                                 // show once, never store
    WrappedKey record;                                       // store
};

struct JournalSetup
{
    JournalKey key;
    WrappedKey passphraseRecord;
    RecoverySetup recovery;
};

} // namespace convener::crypto
