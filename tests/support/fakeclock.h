// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/clock.h"

#include <chrono>

namespace convener::tests {

// A clock that moves only when told. Each test owns its own; a restarted
// process is a second FakeClock with another monotonic epoch.
class FakeClock final : public core::Clock
{
public:
    static constexpr Time kDefaultStart{std::chrono::hours(1000)};
    // 2026-11-22 18:00 UTC.
    static constexpr WallTime kDefaultWall{std::chrono::seconds(1795370400)};

    explicit FakeClock(Time start = kDefaultStart, WallTime wall = kDefaultWall)
        : m_now(start)
        , m_wall(wall)
    {
    }

    Time now() const override { return m_now; }
    WallTime wallNow() const override { return m_wall; }

    // Both clocks move together, as they do while the machine is awake.
    void advance(Duration d)
    {
        m_now += d;
        m_wall += std::chrono::duration_cast<WallTime::duration>(d);
    }
    // A sleeping machine: the monotonic clock stops, the wall clock does not.
    void suspend(Duration d) { m_wall += std::chrono::duration_cast<WallTime::duration>(d); }

private:
    Time m_now;
    WallTime m_wall;
};

} // namespace convener::tests
