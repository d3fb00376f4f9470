// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/journalid.h"

#include "crypto/sodiumsupport.h"

namespace convener::crypto {

namespace {

constexpr std::string_view kHexDigits = "0123456789abcdef";

std::string toHexString(const unsigned char *data, std::size_t size)
{
    std::string hex;
    hex.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        hex.push_back(kHexDigits[data[i] >> 4]);
        hex.push_back(kHexDigits[data[i] & 0x0f]);
    }
    return hex;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

JournalId JournalId::generate()
{
    JournalId id;
    fillRandom(id.bytes.data(), id.bytes.size());
    return id;
}

std::string JournalId::toHex() const
{
    return toHexString(bytes.data(), bytes.size());
}

std::optional<JournalId> JournalId::fromHex(std::string_view hex)
{
    if (hex.size() != kSize * 2)
        return std::nullopt;
    JournalId id;
    for (std::size_t i = 0; i < kSize; ++i) {
        const int high = hexValue(hex[2 * i]);
        const int low = hexValue(hex[2 * i + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        id.bytes[i] = static_cast<unsigned char>(high << 4 | low);
    }
    return id;
}

std::string newEntryId()
{
    unsigned char raw[16];
    fillRandom(raw, sizeof raw);
    return toHexString(raw, sizeof raw);
}

} // namespace convener::crypto
