// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/run/countdown.h"
#include "support/fakeclock.h"

#include <catch2/catch.hpp>

using namespace convener;
using namespace std::chrono_literals;

TEST_CASE("Countdown: the time left is the deadline minus now, however seldom it is asked")
{
    tests::FakeClock clock;
    core::Countdown countdown;
    CHECK_FALSE(countdown.running());
    CHECK(countdown.remaining(clock.now()) == 0s);
    CHECK_FALSE(countdown.advanceTo(clock.now()));

    countdown.start(clock.now(), 300s);
    CHECK(countdown.running());
    CHECK(countdown.remaining(clock.now()) == 300s);
    // A caller that stalls for seconds sees exactly what a punctual one sees.
    clock.advance(3s);
    clock.advance(137ms);
    CHECK(countdown.remaining(clock.now()) == countdown.deadline() - clock.now());
    CHECK_FALSE(countdown.advanceTo(clock.now()));
    clock.advance(300s);
    CHECK(countdown.remaining(clock.now()) < 0s);
}

TEST_CASE("Countdown: the end is reported once, even when noticed late")
{
    tests::FakeClock clock;
    core::Countdown countdown;
    countdown.start(clock.now(), 60s);
    clock.advance(59s);
    CHECK_FALSE(countdown.advanceTo(clock.now()));
    clock.advance(5s);
    CHECK(countdown.advanceTo(clock.now()));
    CHECK_FALSE(countdown.advanceTo(clock.now()));
    clock.advance(60s);
    CHECK_FALSE(countdown.advanceTo(clock.now()));

    // Starting again arms it again; stopping disarms it.
    countdown.start(clock.now(), 10s);
    clock.advance(10s);
    CHECK(countdown.advanceTo(clock.now()));
    countdown.start(clock.now(), 10s);
    countdown.stop();
    clock.advance(20s);
    CHECK_FALSE(countdown.advanceTo(clock.now()));
    CHECK(countdown.remaining(clock.now()) == 0s);
}
