// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/builtinlibrary.h"
#include "storage/demo/demoseeder.h"
#include "storage/program/programrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <QSqlQuery>

using namespace convener;

namespace {

core::Program practiceProgram()
{
    const auto loaded = core::BuiltinLibrary::load("practice-program");
    REQUIRE(loaded.ok());
    return std::get<core::Program>(loaded.document->content);
}

core::CohortId makeCohort(storage::RosterRepository &roster)
{
    core::Cohort c;
    c.name = "Thursday circle";
    c.startDate = "2026-03-26";
    c.weekday = 4;
    c.startTime = "18:30";
    c.timeZone = "Europe/Lisbon";
    return roster.createCohort(c).value();
}

} // namespace

TEST_CASE("Programs: a cohort gets its own dated copy of every call of its program")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    storage::ProgramRepository programs(temp.db());
    const auto cohort = makeCohort(roster);
    const core::Program program = practiceProgram();
    REQUIRE(programs.followProgram(cohort, program, "practice-program").ok());

    const auto calls = programs.calls(cohort);
    REQUIRE(calls.ok());
    REQUIRE(calls.value().size() == 4);
    CHECK(calls.value()[0].number == 1);
    CHECK(calls.value()[0].call.plannedStart == "2026-03-26T18:30");
    CHECK(calls.value()[3].call.plannedStart == "2026-04-16T18:30");
    CHECK(calls.value()[1].call.steps == program.calls[1].steps);
    CHECK(programs.programName(cohort).value() == program.name);

    const auto again = programs.followProgram(cohort, program, "practice-program");
    CHECK_FALSE(again.ok());
    CHECK(again.error().problem == storage::Problem::CallsAlreadyChosen);
    CHECK(again.error().id == cohort);
    CHECK(again.error().name == QStringLiteral("Thursday circle"));
}

TEST_CASE("Programs: adapting one week's call leaves the template and other weeks alone")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    storage::ProgramRepository programs(temp.db());
    const auto cohort = makeCohort(roster);
    REQUIRE(programs.followProgram(cohort, practiceProgram(), "practice-program").ok());

    auto second = programs.call(cohort, 2).value();
    REQUIRE(second.call.steps.size() > 1);
    second.call.steps.erase(second.call.steps.begin());
    second.call.plannedStart = "2026-04-03T19:00";
    const auto saved = programs.saveCall(second);
    REQUIRE(saved.ok());
    temp.reopen();
    storage::ProgramRepository reopened(temp.db());
    const auto readBack = reopened.call(cohort, 2).value();
    CHECK(readBack.call == second.call);
    CHECK(readBack.stamp.version == saved.value());
    CHECK(reopened.call(cohort, 3).value().call.steps == practiceProgram().calls[2].steps);
    CHECK(practiceProgram().calls[1].steps.size() == second.call.steps.size() + 1);
}

TEST_CASE("Programs: a stored call that no longer reads is reported with its number")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    storage::ProgramRepository programs(temp.db());
    const auto cohort = makeCohort(roster);
    REQUIRE(programs.followProgram(cohort, practiceProgram(), "practice-program").ok());
    QSqlQuery q(temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE cohort_calls SET document = '{\"format\": 1, \"kind\": \"call\"' WHERE number = 3")));
    const auto all = programs.calls(cohort);
    REQUIRE_FALSE(all.ok());
    CHECK(all.error().problem == storage::Problem::CallUnreadable);
    CHECK(all.error().call == 3);
    CHECK(all.error().programProblem.has_value()); // the reader says what is wrong with the stored call
    CHECK(programs.call(cohort, 1).ok());
    const auto missing = programs.call(cohort, 9);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().problem == storage::Problem::NoSuchCall);
    CHECK(missing.error().call == 9);
}

TEST_CASE("Programs: the Demo cohort follows the four-call practice program")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    const auto demo = storage::DemoSeeder(roster).seed();
    REQUIRE(demo.ok());
    const auto calls = storage::ProgramRepository(temp.db()).calls(demo.value().cohort);
    REQUIRE(calls.ok());
    CHECK(calls.value().size() == 4);
    CHECK(calls.value()[0].call.plannedStart == "2026-01-13T17:00");
}
