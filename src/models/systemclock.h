// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/clock.h"

namespace convener::models {

// The machine's clocks: the only place the app reads the time.
class SystemClock final : public core::Clock
{
public:
    Time now() const override { return std::chrono::steady_clock::now(); }
    WallTime wallNow() const override { return std::chrono::system_clock::now(); }
};

} // namespace convener::models
