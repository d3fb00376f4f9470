// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/cohort.h"
#include "core/program/programlimits.h"
#include "storage/result.h"

#include <chrono>
#include <string>
#include <vector>

namespace convener::io {

// One call as it goes into a calendar.
struct CalendarCall
{
    int number = 0;
    std::string title;
    std::string start;                                       // local "YYYY-MM-DDTHH:MM" in the cohort's time zone
    core::Seconds length{0};
};

// Everything an iCalendar file of a cohort's calls says.
struct CalendarRequest
{
    core::Cohort cohort;
    // Never changes for the cohort (its creation time), so the calls keep their
    // UIDs across exports and a calendar updates them instead of adding copies.
    std::string cohortKey;
    int callCount = 0;                                       // the program's length, for "call 2 of 4"
    std::vector<CalendarCall> calls;
    std::chrono::sys_seconds stamp;                          // DTSTAMP: when the file is written
};

// The UID of one call's event: the same for the same cohort and call number.
std::string calendarUid(const CalendarRequest &request, int callNumber);

// The calls as an iCalendar (RFC 5545) file written with libical: one VEVENT
// per call at its own date, so a moved call is simply where it now is. Times
// are local with the cohort's TZID and a VTIMEZONE from libical's zones; a
// cohort without a time zone gets floating times (the same clock time
// wherever the reader is). Fails for a time zone libical does not know or a
// call without a valid start.
storage::Result<std::string> cohortCalendar(const CalendarRequest &request);

} // namespace convener::io
