// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/demo/demoseeder.h"
#include "storage/program/programrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>

using namespace convener;

namespace {

core::Member member(const std::string &name, const std::string &email, core::Role role = core::Role::Participant)
{
    core::Member m;
    m.person.displayName = name;
    m.person.email = email;
    m.role = role;
    return m;
}

core::CohortId makeCohort(storage::RosterRepository &roster, const std::string &name)
{
    core::Cohort c;
    c.name = name;
    c.startDate = "2026-02-03";
    c.weekday = 2;
    c.timeZone = "Europe/Berlin";
    const auto id = roster.createCohort(c);
    REQUIRE(id.ok());
    return id.value();
}

} // namespace

TEST_CASE("Roster: a cohort keeps its rhythm and refuses a second cohort of the same name")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    const auto id = makeCohort(roster, "Winter practice");
    const auto stored = roster.cohort(id);
    REQUIRE(stored.ok());
    CHECK(stored.value().weekday == 2);
    CHECK(stored.value().timeZone == "Europe/Berlin");

    core::Cohort again;
    again.name = "winter PRACTICE";
    const auto refused = roster.createCohort(again);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().problem == storage::Problem::CohortNameTaken);
    CHECK(refused.error().name == QStringLiteral("winter PRACTICE"));

    core::Cohort bad;
    bad.name = "Bad";
    bad.startTime = "25:00";
    CHECK_FALSE(roster.createCohort(bad).ok());
}

TEST_CASE("Roster: members are added, edited, removed and restored with their details")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    const auto cohort = makeCohort(roster, "Spring");

    const auto added = roster.addMembers(cohort, {member("Zoë Ångström", "zoe@example.org"),
                                                  member("Ana Lopez", "ANA@example.org", core::Role::CoHost)});
    REQUIRE(added.ok());
    REQUIRE(added.value().size() == 2);
    CHECK(added.value()[0].person.id > 0);

    auto list = roster.members(cohort);
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 2);
    CHECK(list.value()[0].person.displayName == "Ana Lopez"); // sorted by name
    CHECK(list.value()[0].role == core::Role::CoHost);
    CHECK(list.value()[1].person.displayName == "Zoë Ångström");

    const auto emails = roster.memberEmails(cohort);
    REQUIRE(emails.ok());
    CHECK(std::find(emails.value().begin(), emails.value().end(), "ana@example.org") != emails.value().end());

    core::Member edited = list.value()[0];
    edited.person.pronouns = "she/her";
    edited.role = core::Role::Host;
    REQUIRE(roster.updateMember(cohort, edited).ok());
    CHECK(roster.members(cohort).value()[0] == edited);

    const core::Member removed = roster.members(cohort).value()[1];
    REQUIRE(roster.removeMembers(cohort, {removed.person.id}).ok());
    CHECK(roster.memberCount(cohort).value() == 1);

    REQUIRE(roster.restoreMembers(cohort, {removed}).ok());
    CHECK(roster.members(cohort).value()[1] == removed);
}

TEST_CASE("Roster: a batch with one bad person stores nobody")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    const auto cohort = makeCohort(roster, "Batch");
    const auto result = roster.addMembers(cohort, {member("Ana", "a@example.org"), member("   ", "b@example.org")});
    CHECK_FALSE(result.ok());
    CHECK(roster.memberCount(cohort).value() == 0);
}

TEST_CASE("Roster: a person can belong to two cohorts with different roles")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    const auto first = makeCohort(roster, "First");
    const auto second = makeCohort(roster, "Second");
    const auto added = roster.addMembers(first, {member("Ana", "a@example.org")});
    REQUIRE(added.ok());
    core::Member asHost = added.value()[0];
    asHost.role = core::Role::Host;
    REQUIRE(roster.restoreMembers(second, {asHost}).ok());
    CHECK(roster.members(first).value()[0].role == core::Role::Participant);
    CHECK(roster.members(second).value()[0].role == core::Role::Host);
}

TEST_CASE("Roster: an edited cohort keeps its new name and video-call link, and bad edits change nothing")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    const auto id = makeCohort(roster, "Winter practise");
    makeCohort(roster, "Spring");
    core::Cohort edited = roster.cohort(id).value();
    edited.name = " Winter practice ";
    edited.videoLink = "https://video.example.org/j/77";
    REQUIRE(roster.updateCohort(edited).ok());
    CHECK(roster.cohort(id).value().name == "Winter practice");
    CHECK(roster.cohort(id).value().videoLink == "https://video.example.org/j/77");

    core::Cohort unnamed = edited;
    unnamed.name = "   ";
    const auto noName = roster.updateCohort(unnamed);
    CHECK_FALSE(noName.ok());
    CHECK(noName.error().problem == storage::Problem::CohortNameMissing);

    core::Cohort badLink = edited;
    badLink.videoLink = "video.example.org/j/78";
    const auto refusedLink = roster.updateCohort(badLink);
    CHECK_FALSE(refusedLink.ok());
    CHECK(refusedLink.error().problem == storage::Problem::CohortVideoLinkInvalid);
    CHECK(refusedLink.error().name == QStringLiteral("video.example.org/j/78"));

    core::Cohort taken = edited;
    taken.name = "SPRING";
    const auto refusedName = roster.updateCohort(taken);
    CHECK_FALSE(refusedName.ok());
    CHECK(refusedName.error().problem == storage::Problem::CohortNameTaken);
    CHECK(refusedName.error().name == QStringLiteral("SPRING"));

    core::Cohort gone = edited;
    gone.id = 999;
    CHECK_FALSE(roster.updateCohort(gone).ok());
    CHECK(roster.cohort(id).value().name == "Winter practice");
    CHECK(roster.cohort(id).value().videoLink == "https://video.example.org/j/77");
}

TEST_CASE("Roster: moving a cohort's first call moves every dated call by the same amount")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    storage::ProgramRepository program(temp.db());
    const auto id = makeCohort(roster, "Moving"); // Tuesday 2026-02-03, 18:00
    REQUIRE(program.followBuiltinProgram(id, "practice-program").ok());
    // Call 2 was moved by hand to the Wednesday; it keeps that distance.
    auto second = program.call(id, 2).value();
    second.call.plannedStart = "2026-02-11T18:00";
    REQUIRE(program.saveCall(second).ok());

    core::Cohort edited = roster.cohort(id).value();
    edited.startDate = "2026-02-09";
    edited.weekday = 1;
    edited.startTime = "19:30";
    edited.timeZone = "America/Toronto";
    REQUIRE(roster.updateCohort(edited).ok());
    const auto calls = program.calls(id).value();
    REQUIRE(calls.size() == 4);
    CHECK(calls[0].call.plannedStart == "2026-02-09T19:30");
    CHECK(calls[1].call.plannedStart == "2026-02-17T19:30");
    CHECK(calls[2].call.plannedStart == "2026-02-23T19:30");
    CHECK(calls[3].call.plannedStart == "2026-03-02T19:30");
    // The document inside the row says the same as the column.
    CHECK(program.call(id, 4).value().call.plannedStart == "2026-03-02T19:30");

    // Only the time zone: the local times stay.
    edited.timeZone = "Europe/Lisbon";
    REQUIRE(roster.updateCohort(edited).ok());
    CHECK(program.calls(id).value()[0].call.plannedStart == "2026-02-09T19:30");

    // Without a first-call date there is nothing to move the calls by.
    edited.startDate.clear();
    const auto refused = roster.updateCohort(edited);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().problem == storage::Problem::DatedCallsNeedStart);
    CHECK(refused.error().name == QStringLiteral("Moving"));
    CHECK(roster.cohort(id).value().startDate == "2026-02-09");
}

TEST_CASE("Roster: setting the hosts promotes members, adds new names and keeps former hosts as participants")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    const auto id = makeCohort(roster, "Hosted");
    REQUIRE(roster.addMembers(id, {member("Amara", "amara@example.org", core::Role::Host),
                                   member("Björn", "", core::Role::CoHost), member("Chen", "chen@example.org")})
                .ok());

    REQUIRE(roster.setHosts(id, {"chen", "Amara", "Dana", "AMARA", " "}).ok());
    const auto members = roster.members(id).value();
    REQUIRE(members.size() == 4);
    const auto role = [&](const std::string &name) {
        for (const auto &m : members)
            if (m.person.displayName == name)
                return m.role;
        FAIL("no member " << name);
        return core::Role::Participant;
    };
    CHECK(role("Chen") == core::Role::Host);
    CHECK(role("Amara") == core::Role::CoHost);
    CHECK(role("Dana") == core::Role::CoHost);
    CHECK(role("Björn") == core::Role::Participant);
    CHECK(members[0].person.email == "amara@example.org"); // details untouched
}

TEST_CASE("Demo: seeding creates the Demo cohort once and leaves it alone after")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    storage::DemoSeeder seeder(roster);
    const auto first = seeder.seed();
    REQUIRE(first.ok());
    CHECK(first.value().created);
    CHECK(roster.memberCount(first.value().cohort).value() == 26);

    const auto second = seeder.seed();
    REQUIRE(second.ok());
    CHECK_FALSE(second.value().created);
    CHECK(second.value().cohort == first.value().cohort);
    CHECK(roster.cohorts().value().size() == 1);
}
