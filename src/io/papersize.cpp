// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "io/papersize.h"

namespace convener::io {

std::string_view paperSizeKey(PaperSize size)
{
    return size == PaperSize::Letter ? "letter" : "a4";
}

std::optional<PaperSize> paperSizeFromKey(std::string_view key)
{
    if (key == "a4")
        return PaperSize::A4;
    if (key == "letter")
        return PaperSize::Letter;
    return std::nullopt;
}

} // namespace convener::io
