// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/bytes.h"
#include "crypto/result.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace convener::crypto {

// What a sealed item holds. It is bound into the associated data, so an entry's
// sealed title cannot be passed off as its body, or a draft as the entry.
enum class ItemKind : std::uint8_t {
    EntryTitle = 1,
    EntryBody = 2,
    Draft = 3,                                               // autosaved text not yet saved as the entry
};

// One encrypted piece of a journal: padded plaintext under XChaCha20-Poly1305
// with the journal's item key and a fresh random nonce. It does not carry its
// journal, entry id or kind: whoever opens it states which they expect, and a
// mismatch fails to open.
//
// Serialized form, version 1, little-endian:
//   'S' 0x01 | key version u32 | nonce [24] | ciphertext (the rest)
// The ciphertext is the padded plaintext plus a 16-byte tag, so its length is
// always a whole number of padding blocks plus 16.
struct SealedItem
{
    static constexpr std::size_t kNonceSize = 24;
    static constexpr std::size_t kTagSize = 16;
    static constexpr std::size_t kPaddingBlock = 256;
    // Far above any journal entry; bounds what a damaged length can make a reader hold.
    static constexpr std::size_t kMaxPlaintextSize = std::size_t{16} << 20;

    std::uint32_t keyVersion = 0;
    std::array<unsigned char, kNonceSize> nonce{};
    Bytes ciphertext;

    Bytes toBytes() const;
    // Never trusts the input: fails with Truncated, UnsupportedFormat or Malformed.
    static Result<SealedItem> fromBytes(ByteView bytes);

    bool operator==(const SealedItem &) const = default;
};

} // namespace convener::crypto
