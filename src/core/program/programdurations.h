// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programlimits.h"

#include <string>

namespace convener::core {

// "90 min", "4 min 30 s", "40 s": how lengths read in messages and run sheets.
std::string durationText(Seconds duration);

// An offset from the start of a call as a clock reads it: "0:05", "1:12".
// Seconds are shown only when there are some: "0:04:30".
std::string offsetText(Seconds offset);

} // namespace convener::core
