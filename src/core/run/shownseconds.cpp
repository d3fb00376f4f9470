// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/run/shownseconds.h"

namespace convener::core {

std::chrono::seconds shownSeconds(Clock::Duration remaining)
{
    if (remaining < Clock::Duration{})
        return -std::chrono::floor<std::chrono::seconds>(-remaining);
    return std::chrono::ceil<std::chrono::seconds>(remaining);
}

} // namespace convener::core
