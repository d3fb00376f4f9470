// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace convener::crypto {

// Serialized records and ciphertext: not secret, so ordinary memory. Storage keeps
// them as BLOBs byte for byte.
using Bytes = std::vector<unsigned char>;
using ByteView = std::span<const unsigned char>;

inline ByteView asBytes(std::string_view text)
{
    return {reinterpret_cast<const unsigned char *>(text.data()), text.size()};
}

} // namespace convener::crypto
