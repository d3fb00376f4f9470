// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to convener_crypto.

#include "crypto/bytes.h"

#include <cstddef>
#include <cstdint>

namespace convener::crypto {

// Reads little-endian fields from untrusted bytes. Every read checks what is
// left first and fails (returns false, consuming nothing) rather than reading
// past the end; a length read from the data is only ever compared with what
// remains, never used to allocate before that check.
class ByteReader final
{
public:
    explicit ByteReader(ByteView data) : m_data(data) {}

    bool readU8(std::uint8_t &out);
    bool readU16(std::uint16_t &out);
    bool readU32(std::uint32_t &out);
    bool readU64(std::uint64_t &out);
    bool readBytes(std::size_t count, ByteView &out);
    bool readInto(std::span<unsigned char> out);

    std::size_t position() const { return m_position; }
    std::size_t remaining() const { return m_data.size() - m_position; }
    bool atEnd() const { return remaining() == 0; }

private:
    bool readUnsigned(std::size_t width, std::uint64_t &out);

    ByteView m_data;
    std::size_t m_position = 0;
};

} // namespace convener::crypto
