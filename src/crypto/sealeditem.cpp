// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/sealeditem.h"

#include "crypto/bytereader.h"
#include "crypto/bytewriter.h"

#include <string>

namespace convener::crypto {

namespace {

constexpr unsigned char kTag = 'S';
constexpr unsigned char kFormatVersion = 1;

} // namespace

Bytes SealedItem::toBytes() const
{
    ByteWriter out;
    out.writeU8(kTag);
    out.writeU8(kFormatVersion);
    out.writeU32(keyVersion);
    out.writeBytes(nonce);
    out.writeBytes(ciphertext);
    return out.take();
}

Result<SealedItem> SealedItem::fromBytes(ByteView bytes)
{
    const Error truncated{ErrorKind::Truncated, "The sealed item is shorter than its format requires."};
    ByteReader in(bytes);
    std::uint8_t tag = 0;
    std::uint8_t version = 0;
    if (!in.readU8(tag) || !in.readU8(version))
        return truncated;
    if (tag != kTag)
        return Error{ErrorKind::UnsupportedFormat, "This is not a Convener sealed journal item."};
    if (version != kFormatVersion)
        return Error{ErrorKind::UnsupportedFormat,
                     "The sealed item has format version " + std::to_string(version)
                         + "; this version of Convener reads version 1."};
    SealedItem item;
    if (!in.readU32(item.keyVersion) || !in.readInto(item.nonce))
        return truncated;
    const std::size_t length = in.remaining();
    if (length < kTagSize + kPaddingBlock)
        return truncated;
    if ((length - kTagSize) % kPaddingBlock != 0 || length - kTagSize > kMaxPlaintextSize + kPaddingBlock)
        return Error{ErrorKind::Malformed, "The sealed item's length is not one its format can have."};
    ByteView rest;
    (void)in.readBytes(length, rest);
    item.ciphertext.assign(rest.begin(), rest.end());
    return item;
}

} // namespace convener::crypto
