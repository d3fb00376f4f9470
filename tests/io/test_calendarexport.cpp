// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "io/calendarexport.h"
#include "io/cohortexports.h"
#include "models/storageerror.h"
#include "storage/program/programrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <libical/ical.h>
#include <memory>
#include <QFile>
#include <QSqlQuery>
#include <sstream>

using namespace convener;

namespace {

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

// A Berlin cohort on Tuesdays at 18:00 from 17 March 2026: its calls span the
// last Sunday of March (29 March), when Berlin moves from +01:00 to +02:00.
core::CohortId berlinCohort(tests::TempDatabase &temp)
{
    storage::RosterRepository roster(temp.db());
    core::Cohort c;
    c.name = "Spring circle";
    c.startDate = "2026-03-17";
    c.weekday = 2;
    c.startTime = "18:00";
    c.timeZone = "Europe/Berlin";
    c.videoLink = "https://video.example.org/rooms/spring-circle-with-a-rather-long-meeting-name?pwd=abcdef0123456789";
    const auto id = roster.createCohort(c);
    REQUIRE(id.ok());
    REQUIRE(storage::ProgramRepository(temp.db()).followBuiltinProgram(id.value(), "practice-program").ok());
    return id.value();
}

std::chrono::sys_seconds stamp(int offset)
{
    return std::chrono::sys_seconds{std::chrono::seconds{1'775'000'000 + offset}};
}

std::string calendarText(tests::TempDatabase &temp, core::CohortId cohort, int stampOffset = 0)
{
    const auto request = io::loadCalendar(temp.db(), cohort, stamp(stampOffset));
    REQUIRE(request.ok());
    const auto text = io::cohortCalendar(request.value());
    REQUIRE(text.ok());
    return text.value();
}

struct ParsedEvent
{
    std::string uid;
    std::string tzid;
    std::string localStart;                                  // as written, "20260324T180000"
    long long utcStart = 0;                                  // seconds since the epoch, through the file's VTIMEZONE
    long long utcEnd = 0;
    std::string description;
    std::string location;
    std::string url;
};

// Reads the file back with libical, resolving TZID through the VTIMEZONE in
// the file itself (not libical's own zone table).
std::vector<ParsedEvent> parse(const std::string &text)
{
    Component calendar(icalparser_parse_string(text.c_str()));
    REQUIRE(calendar);
    REQUIRE(icalcomponent_isa(calendar.get()) == ICAL_VCALENDAR_COMPONENT);
    std::vector<ParsedEvent> events;
    for (icalcomponent *e = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
        ParsedEvent p;
        p.uid = icalcomponent_get_uid(e);
        icalproperty *start = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
        REQUIRE(start);
        icalparameter *tzid = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER);
        REQUIRE(tzid);
        p.tzid = icalparameter_get_tzid(tzid);
        icaltimezone *zone = icalcomponent_get_timezone(calendar.get(), p.tzid.c_str());
        REQUIRE(zone);
        const icaltimetype local = icalproperty_get_dtstart(start);
        p.localStart = icaltime_as_ical_string(local);
        p.utcStart = static_cast<long long>(icaltime_as_timet_with_zone(local, zone));
        icalproperty *end = icalcomponent_get_first_property(e, ICAL_DTEND_PROPERTY);
        REQUIRE(end);
        p.utcEnd = static_cast<long long>(icaltime_as_timet_with_zone(icalproperty_get_dtend(end), zone));
        p.description = icalcomponent_get_description(e);
        p.location = icalcomponent_get_location(e);
        icalproperty *url = icalcomponent_get_first_property(e, ICAL_URL_PROPERTY);
        REQUIRE(url);
        p.url = icalproperty_get_url(url);
        events.push_back(std::move(p));
    }
    return events;
}

} // namespace

TEST_CASE("Calendar: weekly calls keep their local time across the change to summer time")
{
    tests::TempDatabase temp;
    const auto cohort = berlinCohort(temp);
    const auto events = parse(calendarText(temp, cohort));
    REQUIRE(events.size() == 4);
    CHECK(events[0].tzid == "Europe/Berlin");
    CHECK(events[0].localStart == "20260317T180000");
    CHECK(events[1].localStart == "20260324T180000");
    CHECK(events[2].localStart == "20260331T180000");
    CHECK(events[3].localStart == "20260407T180000");
    // 18:00 CET is 17:00 UTC; after 29 March 18:00 CEST is 16:00 UTC.
    CHECK(events[0].utcStart == 1773766800);                 // 2026-03-17T17:00:00Z
    CHECK(events[1].utcStart == 1774371600);                 // 2026-03-24T17:00:00Z
    CHECK(events[2].utcStart == 1774972800);                 // 2026-03-31T16:00:00Z
    CHECK(events[3].utcStart == 1775577600);                 // 2026-04-07T16:00:00Z
    CHECK(events[0].utcEnd - events[0].utcStart == 90 * 60);
}

TEST_CASE("Calendar: a call moved to another date is where it now is")
{
    tests::TempDatabase temp;
    const auto cohort = berlinCohort(temp);
    QSqlQuery q(temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE cohort_calls SET planned_start = '2026-04-09T19:30' WHERE number = 4")));
    const auto events = parse(calendarText(temp, cohort));
    REQUIRE(events.size() == 4);
    CHECK(events[3].localStart == "20260409T193000");
    CHECK(events[3].utcStart == 1775755800);                 // 2026-04-09T17:30:00Z
    CHECK(events[2].localStart == "20260331T180000");
}

TEST_CASE("Calendar: every call keeps its UID from one export to the next")
{
    tests::TempDatabase temp;
    const auto cohort = berlinCohort(temp);
    const auto first = parse(calendarText(temp, cohort, 0));
    const auto second = parse(calendarText(temp, cohort, 3600));
    REQUIRE(first.size() == second.size());
    for (std::size_t i = 0; i < first.size(); ++i)
        CHECK(first[i].uid == second[i].uid);
    CHECK(first[0].uid != first[1].uid);
    CHECK(first[0].uid.find("call-1@convener") != std::string::npos);
}

TEST_CASE("Calendar: each event carries the video-call link, and libical folds the long lines")
{
    tests::TempDatabase temp;
    const auto cohort = berlinCohort(temp);
    const std::string text = calendarText(temp, cohort);
    const std::string link = "https://video.example.org/rooms/spring-circle-with-a-rather-long-meeting-name?pwd=abcdef0123456789";
    const auto events = parse(text);
    CHECK(events[1].location == link);
    CHECK(events[1].url == link);
    CHECK(events[1].description.find("Call 2 of 4 of the Spring circle cohort") == 0);
    CHECK(events[1].description.find(link) != std::string::npos);
    CHECK(text.find("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n") != std::string::npos);
    CHECK(text.find("DTSTAMP:") != std::string::npos);
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line))
        CHECK(line.size() <= 76);                            // 75 octets and the CR
}

TEST_CASE("Calendar: a time zone libical does not know is refused with the cohort's name")
{
    tests::TempDatabase temp;
    const auto cohort = berlinCohort(temp);
    auto request = io::loadCalendar(temp.db(), cohort, stamp(0));
    REQUIRE(request.ok());
    request.value().cohort.timeZone = "Mars/Olympus_Mons";
    const auto text = io::cohortCalendar(request.value());
    REQUIRE_FALSE(text.ok());
    CHECK(models::describe(text.error()).contains(QStringLiteral("Mars/Olympus_Mons")));
    CHECK(models::describe(text.error()).contains(QStringLiteral("Spring circle")));
}

TEST_CASE("Calendar: the export is written whole to the file it names")
{
    tests::TempDatabase temp;
    const auto cohort = berlinCohort(temp);
    const QString path = temp.dir() + QStringLiteral("/spring.ics");
    REQUIRE(io::exportCalendar(temp.db(), cohort, path, stamp(0)).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    CHECK(contents.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(parse(contents.toStdString()).size() == 4);

    const auto refused = io::exportCalendar(temp.db(), cohort, temp.dir() + QStringLiteral("/missing/dir/x.ics"), stamp(0));
    REQUIRE_FALSE(refused.ok());
    CHECK(models::describe(refused.error()).contains(QStringLiteral("x.ics")));
}

TEST_CASE("Calendar: a cohort without a time zone gets floating local times and no VTIMEZONE")
{
    tests::TempDatabase temp;
    const auto cohort = berlinCohort(temp);
    auto request = io::loadCalendar(temp.db(), cohort, stamp(0));
    REQUIRE(request.ok());
    request.value().cohort.timeZone.clear();
    const auto text = io::cohortCalendar(request.value());
    REQUIRE(text.ok());
    CHECK(text.value().find("DTSTART:20260317T180000\r\n") != std::string::npos);
    CHECK(text.value().find("VTIMEZONE") == std::string::npos);
    CHECK(text.value().find("TZID") == std::string::npos);
}
