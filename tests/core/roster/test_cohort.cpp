// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/roster/cohort.h"

#include <catch2/catch.hpp>

using namespace convener::core;

namespace {
bool hasProblem(const Cohort &c, const std::string &field)
{
    for (const auto &p : validateCohort(c)) {
        if (p.field == field)
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("Cohort: a named cohort with a weekly rhythm is valid")
{
    Cohort c;
    c.name = "Spring 2026";
    c.startDate = "2026-03-02";
    c.weekday = 1;
    c.startTime = "19:30";
    CHECK(validateCohort(c).empty());
}

TEST_CASE("Cohort: each bad field is reported by name")
{
    Cohort c;
    c.name = "  ";
    CHECK(hasProblem(c, "name"));
    c.name = "X";
    c.startDate = "2026-02-30";
    CHECK(hasProblem(c, "start_date"));
    c.startDate = "2024-02-29";
    CHECK_FALSE(hasProblem(c, "start_date"));
    c.weekday = 8;
    CHECK(hasProblem(c, "weekday"));
    c.weekday = 7;
    c.startTime = "24:00";
    CHECK(hasProblem(c, "start_time"));
    c.startTime = "7:30";
    CHECK(hasProblem(c, "start_time"));
}

TEST_CASE("Cohort: the video-call link is a web address or nothing")
{
    Cohort c;
    c.name = "A";
    CHECK_FALSE(hasProblem(c, "video_link"));
    c.videoLink = " https://video.example.org/j/42 ";
    CHECK_FALSE(hasProblem(c, "video_link"));
    c.videoLink = "http://meet.example.org/room";
    CHECK_FALSE(hasProblem(c, "video_link"));
    c.videoLink = "the usual room";
    CHECK(hasProblem(c, "video_link"));
    c.videoLink = "https://";
    CHECK(hasProblem(c, "video_link"));
    c.videoLink = "https://example.org/a b";
    CHECK(hasProblem(c, "video_link"));
    c.videoLink = "javascript:alert(1)";
    CHECK(hasProblem(c, "video_link"));
}

TEST_CASE("Cohort: a link typed without https:// gets it; anything else is left to the check")
{
    CHECK(completedVideoLink(" zoom.us/j/123 ") == "https://zoom.us/j/123");
    CHECK(completedVideoLink("meet.jit.si/Spring-Circle") == "https://meet.jit.si/Spring-Circle");
    CHECK(completedVideoLink("video.example.org:8443/room") == "https://video.example.org:8443/room");
    CHECK(completedVideoLink("http://meet.example.org/room") == "http://meet.example.org/room");
    CHECK(completedVideoLink("") == "");
    CHECK(completedVideoLink("the usual room") == "the usual room");
    CHECK(completedVideoLink("javascript:alert(1)") == "javascript:alert(1)");
    CHECK(completedVideoLink("room 12") == "room 12");
}
