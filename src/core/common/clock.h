// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

namespace convener::core {

// Where "now" comes from. The run engine keeps its deadlines on the monotonic
// clock, which never jumps, and converts them to wall-clock time only to save
// them: a restarted process has a new monotonic epoch, and a suspended laptop
// stops the monotonic clock while the call goes on.
class Clock
{
public:
    using Time = std::chrono::steady_clock::time_point;
    using Duration = std::chrono::steady_clock::duration;
    using WallTime = std::chrono::system_clock::time_point;

    virtual ~Clock() = default;

    virtual Time now() const = 0;
    virtual WallTime wallNow() const = 0;
};

} // namespace convener::core
