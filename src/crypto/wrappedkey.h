// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/bytes.h"
#include "crypto/journalid.h"
#include "crypto/kdflimits.h"
#include "crypto/result.h"

#include <array>
#include <cstdint>

namespace convener::crypto {

// How a key record's wrapping key is obtained.
enum class WrapMethod : std::uint8_t {
    Passphrase = 1,                                          // Argon2id over the passphrase, salt and limits below
    RecoveryKey = 2,                                         // a fast KDF over the 32-byte recovery key
};

// A journal's data key, encrypted (XChaCha20-Poly1305) under a key derived from
// a passphrase or from the recovery key. The data key exists at rest only in
// this form. Every field except the ciphertext is in the clear and bound as
// associated data, so changing any of them makes the record fail to open.
//
// Serialized form, version 1, little-endian:
//   'K' 0x01 | method u8 | journal id [16] | key version u32
//   | (passphrase only) opsLimit u64 | memLimit u64 | salt [16]
//   | nonce [24] | ciphertext [48] | checksum [16]
// The checksum (unkeyed BLAKE2b over everything before it) tells accidental
// damage apart from a wrong passphrase without spending an Argon2id run; it
// is no defence against tampering, which the AEAD catches.
struct WrappedKey
{
    static constexpr std::size_t kSaltSize = 16;
    static constexpr std::size_t kNonceSize = 24;
    static constexpr std::size_t kCiphertextSize = 32 + 16;   // data key + tag

    WrapMethod method = WrapMethod::Passphrase;
    JournalId journalId;
    std::uint32_t keyVersion = 0;
    KdfLimits limits;                                        // passphrase records only
    std::array<unsigned char, kSaltSize> salt{};             // passphrase records only
    std::array<unsigned char, kNonceSize> nonce{};
    std::array<unsigned char, kCiphertextSize> ciphertext{};

    Bytes toBytes() const;
    // Never trusts the input: fails with Truncated, UnsupportedFormat, Malformed
    // (limits out of range, trailing bytes) or DamagedKeyRecord (checksum).
    static Result<WrappedKey> fromBytes(ByteView bytes);

    // The clear fields as they enter the associated data.
    Bytes header() const;

    bool operator==(const WrappedKey &) const = default;
};

} // namespace convener::crypto
