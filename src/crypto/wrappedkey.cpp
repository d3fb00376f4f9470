// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/wrappedkey.h"

#include "crypto/bytereader.h"
#include "crypto/bytewriter.h"
#include "crypto/sodiumsupport.h"

#include <sodium.h>

#include <string>

namespace convener::crypto {

namespace {

constexpr unsigned char kTag = 'K';
constexpr unsigned char kFormatVersion = 1;
constexpr std::size_t kChecksumSize = 16;

std::array<unsigned char, kChecksumSize> checksumOf(ByteView bytes)
{
    ensureSodium();
    std::array<unsigned char, kChecksumSize> sum{};
    crypto_generichash(sum.data(), sum.size(), bytes.data(), bytes.size(), nullptr, 0);
    return sum;
}

Error truncated()
{
    return {ErrorKind::Truncated, "The key record is shorter than its format requires."};
}

} // namespace

Bytes WrappedKey::header() const
{
    ByteWriter out;
    out.writeU8(kTag);
    out.writeU8(kFormatVersion);
    out.writeU8(static_cast<std::uint8_t>(method));
    out.writeBytes(journalId.bytes);
    out.writeU32(keyVersion);
    if (method == WrapMethod::Passphrase) {
        out.writeU64(limits.opsLimit);
        out.writeU64(limits.memLimit);
        out.writeBytes(salt);
    }
    return out.take();
}

Bytes WrappedKey::toBytes() const
{
    ByteWriter out;
    out.writeBytes(header());
    out.writeBytes(nonce);
    out.writeBytes(ciphertext);
    out.writeBytes(checksumOf(out.bytes()));
    return out.take();
}

Result<WrappedKey> WrappedKey::fromBytes(ByteView bytes)
{
    ByteReader in(bytes);
    std::uint8_t tag = 0;
    std::uint8_t version = 0;
    if (!in.readU8(tag) || !in.readU8(version))
        return truncated();
    if (tag != kTag)
        return Error{ErrorKind::UnsupportedFormat, "This is not a Convener journal key record."};
    if (version != kFormatVersion)
        return Error{ErrorKind::UnsupportedFormat,
                     "The key record has format version " + std::to_string(version)
                         + "; this version of Convener reads version 1."};

    WrappedKey record;
    std::uint8_t method = 0;
    if (!in.readU8(method))
        return truncated();
    if (method != static_cast<std::uint8_t>(WrapMethod::Passphrase)
        && method != static_cast<std::uint8_t>(WrapMethod::RecoveryKey))
        return Error{ErrorKind::Malformed, "The key record names an unknown wrapping method."};
    record.method = static_cast<WrapMethod>(method);
    if (!in.readInto(record.journalId.bytes) || !in.readU32(record.keyVersion))
        return truncated();
    if (record.method == WrapMethod::Passphrase) {
        if (!in.readU64(record.limits.opsLimit) || !in.readU64(record.limits.memLimit)
            || !in.readInto(record.salt))
            return truncated();
    }
    if (!in.readInto(record.nonce) || !in.readInto(record.ciphertext))
        return truncated();
    const std::size_t checkedLength = in.position();
    std::array<unsigned char, kChecksumSize> storedSum{};
    if (!in.readInto(storedSum))
        return truncated();
    if (!in.atEnd())
        return Error{ErrorKind::Malformed, "The key record has unexpected bytes after its end."};
    if (checksumOf(bytes.first(checkedLength)) != storedSum)
        return Error{ErrorKind::DamagedKeyRecord, "The key record is damaged (its checksum does not match)."};
    // Checked after the checksum so that random damage reads as damage; a record
    // with a valid checksum and absurd limits was made that way on purpose.
    if (record.method == WrapMethod::Passphrase && !record.limits.acceptable())
        return Error{ErrorKind::Malformed, "The key record asks for key-derivation limits outside the accepted range."};
    if (record.keyVersion == 0)
        return Error{ErrorKind::Malformed, "The key record has key version 0, which is never issued."};
    return record;
}

} // namespace convener::crypto
