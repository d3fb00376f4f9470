// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"

#include <string>
#include <string_view>
#include <vector>

namespace convener::core {

// One run of a program with a group of people: a name, and the weekly rhythm
// its calls keep (same weekday and local time every week).
struct Cohort
{
    CohortId id = 0;
    std::string name;
    std::string startDate;                                   // ISO 8601 date, "2026-01-12"
    int weekday = 1;                                         // 1 = Monday ... 7 = Sunday
    std::string startTime = "18:00";                         // local "HH:MM"
    std::string timeZone;                                    // IANA name
    std::string description;
    std::string videoLink;                                   // the call's meeting link (https://...), may be empty

    bool operator==(const Cohort &) const = default;
};

// A field of a cohort that cannot be stored as it is, with the text that was
// given for it; models word it for the person.
struct CohortProblem
{
    std::string field; // name, start_date, weekday, start_time, video_link
    std::string value; // what was given, as text
};

// What is wrong with a cohort before it is stored; empty when it is fine.
std::vector<CohortProblem> validateCohort(const Cohort &cohort);

// A meeting link as typed, made a web address: trimmed, and "https://" put in
// front of one typed without a scheme ("zoom.us/j/123"). Anything else is
// returned trimmed, for validateCohort to judge.
std::string completedVideoLink(std::string_view typed);

} // namespace convener::core
