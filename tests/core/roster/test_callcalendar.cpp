// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/roster/callcalendar.h"

#include <catch2/catch.hpp>

using namespace convener::core;

TEST_CASE("Call calendar: weekly calls keep the weekday and local time across months and years")
{
    Cohort c;
    c.name = "Winter";
    c.startDate = "2026-12-15";
    c.startTime = "19:30";
    const auto starts = weeklyCallStarts(c, 4);
    REQUIRE(starts.size() == 4);
    CHECK(starts[0] == "2026-12-15T19:30");
    CHECK(starts[1] == "2026-12-22T19:30");
    CHECK(starts[2] == "2026-12-29T19:30");
    CHECK(starts[3] == "2027-01-05T19:30");
    for (const auto &s : starts)
        CHECK(isoWeekday(s.substr(0, 10)) == 2);
}

TEST_CASE("Call calendar: leap days and weekdays are right")
{
    CHECK(addDays("2028-02-26", 3) == "2028-02-29");
    CHECK(addDays("2027-02-26", 3) == "2027-03-01");
    CHECK(addDays("2026-01-05", -7) == "2025-12-29");
    CHECK(isoWeekday("2026-11-22") == 7);
    CHECK(isoWeekday("2000-01-01") == 6);
    CHECK_FALSE(addDays("2026-13-01", 1).has_value());
}

TEST_CASE("Call calendar: a cohort without a start date has no dated calls")
{
    Cohort c;
    c.name = "Undated";
    CHECK(weeklyCallStarts(c, 4).empty());
}
