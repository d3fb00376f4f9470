// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/recoverykey.h"

#include "crypto/sodiumsupport.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

namespace convener::crypto {

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kCrcSize = 3;
constexpr std::size_t kPayloadSize = RecoveryKey::kSecretSize + kCrcSize;   // 35 bytes = 280 bits = 56 characters

static_assert(kPayloadSize * 8 == RecoveryKey::kCharacters * 5);

// CRC-24 as in OpenPGP (RFC 4880, 6.1), most significant bit first. The payload
// is the secret followed by this CRC, encoded most significant bit first, so
// every error within 24 consecutive bits (one character is 5, two neighbours 10)
// changes the remainder and is caught.
std::uint32_t crc24(const unsigned char *data, std::size_t size)
{
    std::uint32_t crc = 0xB704CEu;
    for (std::size_t i = 0; i < size; ++i) {
        crc ^= std::uint32_t{data[i]} << 16;
        for (int bit = 0; bit < 8; ++bit) {
            crc <<= 1;
            if (crc & 0x1000000u)
                crc ^= 0x1864CFBu;
        }
    }
    return crc & 0xFFFFFFu;
}

int symbolValue(char c)
{
    if (c >= 'a' && c <= 'z')
        c = static_cast<char>(c - 'a' + 'A');
    if (c == 'O')
        return 0;
    if (c == 'I' || c == 'L')
        return 1;
    const auto at = kAlphabet.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

bool isSeparator(char c)
{
    return c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

Error typo(std::string message)
{
    return {ErrorKind::RecoveryKeyTypo, std::move(message)};
}

} // namespace

RecoveryKey::RecoveryKey(SecureBuffer secret) : m_secret(std::move(secret)) {}

RecoveryKey RecoveryKey::generate()
{
    SecureBuffer secret(kSecretSize);
    fillRandom(secret.data(), secret.size());
    return RecoveryKey(std::move(secret));
}

SecureBuffer RecoveryKey::displayText() const
{
    SecureBuffer payload(kPayloadSize);
    std::copy(m_secret.data(), m_secret.data() + kSecretSize, payload.data());
    const std::uint32_t crc = crc24(m_secret.data(), kSecretSize);
    payload.data()[kSecretSize] = static_cast<unsigned char>(crc >> 16);
    payload.data()[kSecretSize + 1] = static_cast<unsigned char>(crc >> 8);
    payload.data()[kSecretSize + 2] = static_cast<unsigned char>(crc);

    constexpr std::size_t groups = kCharacters / kGroupSize;
    SecureBuffer text(kCharacters + groups - 1);
    std::size_t out = 0;
    for (std::size_t symbol = 0; symbol < kCharacters; ++symbol) {
        if (symbol > 0 && symbol % kGroupSize == 0)
            text.data()[out++] = '-';
        unsigned value = 0;
        for (std::size_t bit = symbol * 5; bit < symbol * 5 + 5; ++bit)
            value = value << 1 | ((payload.data()[bit / 8] >> (7 - bit % 8)) & 1u);
        text.data()[out++] = static_cast<unsigned char>(kAlphabet[value]);
    }
    return text;
}

Result<RecoveryKey> RecoveryKey::parse(std::string_view text)
{
    SecureBuffer symbols(kCharacters);
    std::size_t count = 0;
    for (char c : text) {
        if (isSeparator(c))
            continue;
        const int value = symbolValue(c);
        if (value < 0) {
            const std::size_t group = count / kGroupSize + 1;
            const bool printable = static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f;
            return typo("The recovery key has a typo in group " + std::to_string(group) + ": "
                        + (printable ? "'" + std::string(1, c) + "'" : std::string("a character"))
                        + " is not one of its characters.");
        }
        if (count < kCharacters)
            symbols.data()[count] = static_cast<unsigned char>(value);
        ++count;
    }
    if (count != kCharacters)
        return typo("The recovery key has " + std::to_string(count) + " characters; it needs "
                    + std::to_string(kCharacters) + ".");

    SecureBuffer payload(kPayloadSize);
    for (std::size_t bit = 0; bit < kPayloadSize * 8; ++bit) {
        const unsigned value = (symbols.data()[bit / 5] >> (4 - bit % 5)) & 1u;
        payload.data()[bit / 8] = static_cast<unsigned char>(payload.data()[bit / 8] | value << (7 - bit % 8));
    }
    const std::uint32_t stored = std::uint32_t{payload.data()[kSecretSize]} << 16
        | std::uint32_t{payload.data()[kSecretSize + 1]} << 8 | payload.data()[kSecretSize + 2];
    if (crc24(payload.data(), kSecretSize) != stored)
        return typo("The recovery key has a typo: its characters do not add up. Check each group again.");
    return RecoveryKey(SecureBuffer::copyOf(payload.bytes().first(kSecretSize)));
}

} // namespace convener::crypto
