// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/clock.h"

#include <chrono>

namespace convener::core {

// The whole seconds a live timer shows for `remaining`, signed. Time left
// rounds up, so "0:00" shows only when the time is really up; overtime
// (negative) counts the whole seconds past the deadline. The timer labels and
// the timing reliability test both read time through this one rounding.
std::chrono::seconds shownSeconds(Clock::Duration remaining);

} // namespace convener::core
