// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/bytereader.h"

#include <algorithm>

namespace convener::crypto {

bool ByteReader::readUnsigned(std::size_t width, std::uint64_t &out)
{
    if (remaining() < width)
        return false;
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < width; ++i)
        value |= std::uint64_t{m_data[m_position + i]} << (8 * i);
    m_position += width;
    out = value;
    return true;
}

bool ByteReader::readU8(std::uint8_t &out)
{
    std::uint64_t value = 0;
    if (!readUnsigned(1, value))
        return false;
    out = static_cast<std::uint8_t>(value);
    return true;
}

bool ByteReader::readU16(std::uint16_t &out)
{
    std::uint64_t value = 0;
    if (!readUnsigned(2, value))
        return false;
    out = static_cast<std::uint16_t>(value);
    return true;
}

bool ByteReader::readU32(std::uint32_t &out)
{
    std::uint64_t value = 0;
    if (!readUnsigned(4, value))
        return false;
    out = static_cast<std::uint32_t>(value);
    return true;
}

bool ByteReader::readU64(std::uint64_t &out)
{
    return readUnsigned(8, out);
}

bool ByteReader::readBytes(std::size_t count, ByteView &out)
{
    if (remaining() < count)
        return false;
    out = m_data.subspan(m_position, count);
    m_position += count;
    return true;
}

bool ByteReader::readInto(std::span<unsigned char> out)
{
    ByteView view;
    if (!readBytes(out.size(), view))
        return false;
    std::copy(view.begin(), view.end(), out.begin());
    return true;
}

} // namespace convener::crypto
