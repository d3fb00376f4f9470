// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace convener::crypto {

// Cost of turning a passphrase into a key with Argon2id: passes over memory
// (opsLimit) and memory in bytes (memLimit). They are stored in each key record,
// so a record keeps opening with the cost it was made with even after the
// defaults here change.
struct KdfLimits
{
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0;

    // The default for journals: libsodium's "moderate" (3 passes, 256 MiB),
    // about a second on a current laptop.
    static KdfLimits moderate();
    // libsodium's "interactive" (2 passes, 64 MiB): for slow machines, and for tests.
    static KdfLimits interactive();
    // Argon2id's floor (1 pass, 8 KiB). Offers no protection for a real
    // passphrase; exists only so tests can loop over many unlocks.
    static KdfLimits insecureMinimumForTests();

    // Whether a record may ask for these limits. The upper bounds (64 passes,
    // 4 GiB) are far above any sane default; they stop a damaged or hostile record
    // from making an unlock run for hours or exhaust memory.
    bool acceptable() const;

    static constexpr std::uint64_t kMaxOpsLimit = 64;
    static constexpr std::uint64_t kMaxMemLimit = std::uint64_t{4} << 30;

    bool operator==(const KdfLimits &) const = default;
};

} // namespace convener::crypto
