// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/journalkey.h"

#include "crypto/bytewriter.h"
#include "crypto/sodiumsupport.h"

#include <sodium.h>

#include <algorithm>
#include <string>
#include <utility>

namespace convener::crypto {

namespace {

constexpr std::size_t kKeySize = 32;
constexpr std::string_view kKeyWrapPurpose = "convener journal key v1";
constexpr std::string_view kItemPurpose = "convener journal item v1";
constexpr unsigned char kItemFormatVersion = 1;

// crypto_kdf contexts are exactly 8 bytes; each names one use of a parent key.
constexpr char kItemKeyContext[] = "CvJrItem";
constexpr char kArchiveKeyContext[] = "CvJrArch";
constexpr char kRecoveryContext[] = "CvJrRcvy";

static_assert(sizeof kItemKeyContext - 1 == crypto_kdf_CONTEXTBYTES);
static_assert(sizeof kArchiveKeyContext - 1 == crypto_kdf_CONTEXTBYTES);
static_assert(sizeof kRecoveryContext - 1 == crypto_kdf_CONTEXTBYTES);
static_assert(kKeySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(WrappedKey::kNonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(SealedItem::kNonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(SealedItem::kTagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(WrappedKey::kCiphertextSize == kKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(WrappedKey::kSaltSize == crypto_pwhash_SALTBYTES);

SecureBuffer deriveSubkey(const SecureBuffer &parent, const char *context)
{
    SecureBuffer subkey(kKeySize);
    crypto_kdf_derive_from_key(subkey.data(), subkey.size(), 1, context, parent.data());
    return subkey;
}

Bytes keyWrapAssociatedData(const WrappedKey &record)
{
    ByteWriter ad;
    ad.writeText(kKeyWrapPurpose);
    ad.writeBytes(record.header());
    return ad.take();
}

Result<SecureBuffer> passphraseKey(std::string_view passphrase, const WrappedKey &record)
{
    if (passphrase.empty())
        return Error{ErrorKind::InvalidArgument, "The passphrase is empty."};
    if (!record.limits.acceptable())
        return Error{ErrorKind::InvalidArgument, "The key-derivation limits are outside the accepted range."};
    SecureBuffer key(kKeySize);
    if (crypto_pwhash(key.data(), key.size(), passphrase.data(), passphrase.size(), record.salt.data(),
                      record.limits.opsLimit, static_cast<std::size_t>(record.limits.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Error{ErrorKind::OutOfMemory,
                     "Not enough memory to derive the journal key (it needs "
                         + std::to_string(record.limits.memLimit >> 20) + " MiB)."};
    }
    return key;
}

SecureBuffer recoveryWrappingKey(const RecoveryKey &recoveryKey)
{
    return deriveSubkey(recoveryKey.secret(), kRecoveryContext);
}

Error damagedItem()
{
    return {ErrorKind::DamagedItem,
            "The journal item could not be opened: it is damaged, or it was moved from another entry or journal."};
}

} // namespace

JournalKey::JournalKey(JournalId journalId, std::uint32_t keyVersion, SecureBuffer dataKey)
    : m_journalId(journalId)
    , m_keyVersion(keyVersion)
    , m_dataKey(std::move(dataKey))
    , m_itemKey(deriveSubkey(m_dataKey, kItemKeyContext))
    , m_archiveKey(deriveSubkey(m_dataKey, kArchiveKeyContext))
{
}

Result<JournalSetup> JournalKey::create(std::string_view passphrase, KdfLimits limits)
{
    SecureBuffer dataKey(kKeySize);
    fillRandom(dataKey.data(), dataKey.size());
    JournalKey key(JournalId::generate(), kFirstKeyVersion, std::move(dataKey));
    auto passphraseRecord = key.wrapWithPassphrase(passphrase, limits);
    if (!passphraseRecord)
        return passphraseRecord.error();
    RecoverySetup recovery = key.wrapWithNewRecoveryKey();
    return JournalSetup{std::move(key), std::move(passphraseRecord).value(), std::move(recovery)};
}

Result<JournalKey> JournalKey::unlock(const WrappedKey &record, std::string_view passphrase)
{
    if (record.method != WrapMethod::Passphrase)
        return Error{ErrorKind::InvalidArgument, "This key record is opened with the recovery key, not a passphrase."};
    auto wrappingKey = passphraseKey(passphrase, record);
    if (!wrappingKey)
        return wrappingKey.error();
    auto key = unwrap(record, wrappingKey.value());
    if (!key)
        return Error{ErrorKind::WrongPassphrase, "Wrong passphrase."};
    return key;
}

Result<JournalKey> JournalKey::unlockWithRecoveryKey(const WrappedKey &record, const RecoveryKey &recoveryKey)
{
    if (record.method != WrapMethod::RecoveryKey)
        return Error{ErrorKind::InvalidArgument, "This key record is opened with a passphrase, not the recovery key."};
    auto key = unwrap(record, recoveryWrappingKey(recoveryKey));
    if (!key)
        return Error{ErrorKind::WrongRecoveryKey, "This recovery key does not belong to this journal."};
    return key;
}

Result<JournalKey> JournalKey::unlockWithRecoveryKey(const WrappedKey &record, std::string_view recoveryKeyText)
{
    auto recoveryKey = RecoveryKey::parse(recoveryKeyText);
    if (!recoveryKey)
        return recoveryKey.error();
    return unlockWithRecoveryKey(record, recoveryKey.value());
}

Result<JournalKey> JournalKey::unwrap(const WrappedKey &record, const SecureBuffer &wrappingKey)
{
    ensureSodium();
    const Bytes ad = keyWrapAssociatedData(record);
    SecureBuffer dataKey(kKeySize);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(dataKey.data(), &length, nullptr, record.ciphertext.data(),
                                                   record.ciphertext.size(), ad.data(), ad.size(),
                                                   record.nonce.data(), wrappingKey.data())
            != 0
        || length != kKeySize) {
        // The caller words this for its own case; the cause is never more specific.
        return Error{ErrorKind::DamagedKeyRecord, "The key record did not open."};
    }
    return JournalKey(record.journalId, record.keyVersion, std::move(dataKey));
}

WrappedKey JournalKey::wrapWith(WrappedKey record, const SecureBuffer &wrappingKey) const
{
    record.journalId = m_journalId;
    record.keyVersion = m_keyVersion;
    fillRandom(record.nonce.data(), record.nonce.size());
    const Bytes ad = keyWrapAssociatedData(record);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(record.ciphertext.data(), &length, m_dataKey.data(), m_dataKey.size(),
                                               ad.data(), ad.size(), nullptr, record.nonce.data(),
                                               wrappingKey.data());
    return record;
}

Result<WrappedKey> JournalKey::wrapWithPassphrase(std::string_view passphrase, KdfLimits limits) const
{
    WrappedKey record;
    record.method = WrapMethod::Passphrase;
    record.limits = limits;
    fillRandom(record.salt.data(), record.salt.size());
    auto wrappingKey = passphraseKey(passphrase, record);
    if (!wrappingKey)
        return wrappingKey.error();
    return wrapWith(std::move(record), wrappingKey.value());
}

RecoverySetup JournalKey::wrapWithNewRecoveryKey() const
{
    RecoveryKey recoveryKey = RecoveryKey::generate();
    WrappedKey record;
    record.method = WrapMethod::RecoveryKey;
    record = wrapWith(std::move(record), recoveryWrappingKey(recoveryKey));
    return RecoverySetup{std::move(recoveryKey), std::move(record)};
}

Bytes JournalKey::itemAssociatedData(std::string_view entryId, ItemKind kind) const
{
    ByteWriter ad;
    ad.writeText(kItemPurpose);
    ad.writeU8(kItemFormatVersion);
    ad.writeBytes(m_journalId.bytes);
    ad.writeU32(m_keyVersion);
    ad.writeU8(static_cast<std::uint8_t>(kind));
    ad.writeU8(static_cast<std::uint8_t>(entryId.size()));
    ad.writeText(entryId);
    return ad.take();
}

Result<SealedItem> JournalKey::seal(std::string_view entryId, ItemKind kind, std::string_view plaintext) const
{
    if (entryId.empty() || entryId.size() > kMaxEntryIdSize)
        return Error{ErrorKind::InvalidArgument, "An entry id must be 1 to 255 bytes long."};
    if (plaintext.size() > SealedItem::kMaxPlaintextSize)
        return Error{ErrorKind::InvalidArgument, "The text is too long to seal (the limit is 16 MiB)."};

    const std::size_t block = SealedItem::kPaddingBlock;
    SecureBuffer padded((plaintext.size() / block + 1) * block);
    std::copy(plaintext.begin(), plaintext.end(), padded.data());
    std::size_t paddedLength = 0;
    if (sodium_pad(&paddedLength, padded.data(), plaintext.size(), block, padded.size()) != 0)
        return Error{ErrorKind::InvalidArgument, "The text could not be padded."};

    SealedItem item;
    item.keyVersion = m_keyVersion;
    fillRandom(item.nonce.data(), item.nonce.size());
    item.ciphertext.resize(paddedLength + SealedItem::kTagSize);
    const Bytes ad = itemAssociatedData(entryId, kind);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(item.ciphertext.data(), &length, padded.data(), paddedLength,
                                               ad.data(), ad.size(), nullptr, item.nonce.data(), m_itemKey.data());
    return item;
}

Result<SecureBuffer> JournalKey::open(std::string_view entryId, ItemKind kind, const SealedItem &item) const
{
    if (entryId.empty() || entryId.size() > kMaxEntryIdSize)
        return Error{ErrorKind::InvalidArgument, "An entry id must be 1 to 255 bytes long."};
    const std::size_t block = SealedItem::kPaddingBlock;
    const std::size_t length = item.ciphertext.size();
    if (item.keyVersion != m_keyVersion || length < SealedItem::kTagSize + block
        || (length - SealedItem::kTagSize) % block != 0)
        return damagedItem();

    SecureBuffer plaintext(length - SealedItem::kTagSize);
    const Bytes ad = itemAssociatedData(entryId, kind);
    unsigned long long decrypted = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plaintext.data(), &decrypted, nullptr, item.ciphertext.data(),
                                                   length, ad.data(), ad.size(), item.nonce.data(),
                                                   m_itemKey.data())
        != 0)
        return damagedItem();
    std::size_t unpadded = 0;
    if (sodium_unpad(&unpadded, plaintext.data(), static_cast<std::size_t>(decrypted), block) != 0)
        return damagedItem();
    plaintext.truncate(unpadded);
    return plaintext;
}

Result<SecureBuffer> JournalKey::open(std::string_view entryId, ItemKind kind, ByteView storedItem) const
{
    auto item = SealedItem::fromBytes(storedItem);
    if (!item)
        return damagedItem();
    return open(entryId, kind, item.value());
}

std::array<unsigned char, 32> JournalKey::archiveTag(ByteView bytes) const
{
    std::array<unsigned char, 32> tag{};
    crypto_generichash(tag.data(), tag.size(), bytes.data(), bytes.size(), m_archiveKey.data(), m_archiveKey.size());
    return tag;
}

} // namespace convener::crypto
