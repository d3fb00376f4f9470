// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/run/shownseconds.h"

#include <catch2/catch.hpp>

using namespace convener::core;
using namespace std::chrono_literals;

TEST_CASE("Run: a timer shows 0:00 only when the time is really up, and counts whole seconds of overtime")
{
    CHECK(shownSeconds(0s) == 0s);
    CHECK(shownSeconds(1ns) == 1s);     // a moment left still reads 0:01
    CHECK(shownSeconds(1s) == 1s);
    CHECK(shownSeconds(1001ms) == 2s);
    CHECK(shownSeconds(299999ms) == 300s);
    CHECK(shownSeconds(-1ns) == 0s);    // the first second of overtime reads 0:00, not −0:01
    CHECK(shownSeconds(-999ms) == 0s);
    CHECK(shownSeconds(-1s) == -1s);
    CHECK(shownSeconds(-1500ms) == -1s);
    CHECK(shownSeconds(-42s - 700ms) == -42s);
}
