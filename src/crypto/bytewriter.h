// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to convener_crypto.

#include "crypto/bytes.h"

#include <cstdint>
#include <string_view>
#include <utility>

namespace convener::crypto {

// Appends little-endian fields; the counterpart of ByteReader.
class ByteWriter final
{
public:
    void writeU8(std::uint8_t value) { m_bytes.push_back(value); }
    void writeU16(std::uint16_t value) { writeUnsigned(value, 2); }
    void writeU32(std::uint32_t value) { writeUnsigned(value, 4); }
    void writeU64(std::uint64_t value) { writeUnsigned(value, 8); }
    void writeBytes(ByteView bytes) { m_bytes.insert(m_bytes.end(), bytes.begin(), bytes.end()); }
    void writeText(std::string_view text) { writeBytes(asBytes(text)); }

    const Bytes &bytes() const { return m_bytes; }
    Bytes take() { return std::move(m_bytes); }

private:
    void writeUnsigned(std::uint64_t value, int width)
    {
        for (int i = 0; i < width; ++i)
            m_bytes.push_back(static_cast<unsigned char>(value >> (8 * i)));
    }

    Bytes m_bytes;
};

} // namespace convener::crypto
