// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/sodiumsupport.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

namespace convener::crypto {

void ensureSodium()
{
    // A function-local static is initialised once even with concurrent callers (C++11).
    static const bool started = [] { return sodium_init() >= 0; }();
    if (!started) {
        std::fputs("convener: libsodium could not be initialised; refusing to continue\n", stderr);
        std::abort();
    }
}

void fillRandom(unsigned char *out, std::size_t size)
{
    ensureSodium();
    randombytes_buf(out, size);
}

} // namespace convener::crypto
