// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/bytes.h"
#include "crypto/journalkey.h"
#include "crypto/kdflimits.h"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

namespace convener::crypto::testing {

// Tests that loop over many unlocks use Argon2id's floor; one test proves the
// real defaults separately.
inline KdfLimits fastLimits()
{
    return KdfLimits::insecureMinimumForTests();
}

inline Bytes withBitFlipped(Bytes bytes, std::size_t bit)
{
    bytes[bit / 8] = static_cast<unsigned char>(bytes[bit / 8] ^ (1u << (bit % 8)));
    return bytes;
}

inline JournalSetup newJournal(const std::string &passphrase = "river stones at dusk")
{
    auto setup = JournalKey::create(passphrase, fastLimits());
    if (!setup)
        throw std::runtime_error(setup.error().message);
    return std::move(setup).value();
}

} // namespace convener::crypto::testing
