// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to convener_crypto: not installed, not included by public headers.

#include <cstddef>

namespace convener::crypto {

// Initialises libsodium exactly once, safely from any thread. If libsodium cannot
// start (no system random source), nothing in this library could be safe, so the
// process stops with a message instead of carrying on with weak keys.
void ensureSodium();

void fillRandom(unsigned char *out, std::size_t size);

} // namespace convener::crypto
