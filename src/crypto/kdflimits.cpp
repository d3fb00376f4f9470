// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/kdflimits.h"

#include <sodium.h>

#include <cstddef>
#include <limits>

namespace convener::crypto {

KdfLimits KdfLimits::moderate()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
}

KdfLimits KdfLimits::interactive()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

KdfLimits KdfLimits::insecureMinimumForTests()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

bool KdfLimits::acceptable() const
{
    return opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && opsLimit <= kMaxOpsLimit
        && memLimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN && memLimit <= kMaxMemLimit
        && memLimit <= std::numeric_limits<std::size_t>::max();
}

} // namespace convener::crypto
