// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/result.h"
#include "crypto/securebuffer.h"

#include <cstddef>
#include <string_view>

namespace convener::crypto {

// The second way into a journal, shown to the participant once at set-up to
// write down. 32 random bytes, so no slow key derivation is needed, followed by a
// CRC-24 of them, written in Crockford base32 as 14 groups of 4 characters:
// "7K3M-Q9XA-...". The alphabet has no I, L, O or U; reading accepts lower case,
// any spacing, O for 0 and I or L for 1. The CRC catches every single mistyped
// character and every swap of two neighbouring characters, so a typo is reported
// as a typo and never as a wrong key.
class RecoveryKey final
{
public:
    static constexpr std::size_t kSecretSize = 32;
    static constexpr std::size_t kCharacters = 56;
    static constexpr std::size_t kGroupSize = 4;

    static RecoveryKey generate();
    // Fails with RecoveryKeyTypo, whose message says what is wrong (length,
    // which group holds a foreign character, or that the check does not match).
    static Result<RecoveryKey> parse(std::string_view text);

    // The grouped text to show. In secure memory; the copy a widget makes is the
    // caller's to keep short-lived.
    SecureBuffer displayText() const;
    const SecureBuffer &secret() const { return m_secret; }

private:
    explicit RecoveryKey(SecureBuffer secret);

    SecureBuffer m_secret;
};

} // namespace convener::crypto
