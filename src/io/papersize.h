// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

namespace convener::io {

// The two paper sizes hosts print on: A4 nearly everywhere, US Letter in North America.
enum class PaperSize { A4, Letter };

std::string_view paperSizeKey(PaperSize size);               // "a4", "letter"
std::optional<PaperSize> paperSizeFromKey(std::string_view key);

} // namespace convener::io
