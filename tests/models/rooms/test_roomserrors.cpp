// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/roomrolerefusal.h"
#include "models/storageerror.h"
#include "storage/rooms/roomplanstore.h"

#include <catch2/catch.hpp>

using namespace convener;
using storage::Error;
using storage::Problem;
using storage::Table;

namespace {

QString said(const Error &error)
{
    return models::describe(error);
}

Error inRound(Problem problem, int call, int round)
{
    return Error(problem).withCall(call).withRound(round);
}

core::RoomRoleRefusal refusal(core::RoomRoleRefusal::Kind kind)
{
    core::RoomRoleRefusal r;
    r.kind = kind;
    r.person = 42;
    r.round = 1;
    r.room = 2;
    r.step = "Case Clinic";
    r.roles = { "case-giver", "timekeeper" };
    return r;
}

} // namespace

TEST_CASE("Rooms errors: refused attendance names the person or the time, and that nothing was saved")
{
    CHECK(said(Error(Problem::AttendanceOfStranger).withCall(1).withId(17))
        == QStringLiteral("Person 17 is not a member of the cohort; no attendance was saved."));
    CHECK(said(Error(Problem::BadArrivalTime).withName(QStringLiteral("half past six")))
        == QStringLiteral("The arrival time 'half past six' is not a time like 18:20; no attendance was saved."));
}

TEST_CASE("Rooms errors: a missing plan, round or call says what there is")
{
    CHECK(said(Error(Problem::NoSuchCall).withCall(9)) == QStringLiteral("This cohort has no call 9."));
    CHECK(said(Error(Problem::NoRoomsPlanned).withCall(3)) == QStringLiteral("Call 3 has no rooms planned yet."));
    CHECK(said(Error(Problem::NothingPlannedToRecord).withCall(3))
        == QStringLiteral("Call 3 has no rooms planned yet; plan them first."));
    CHECK(said(inRound(Problem::NoSuchRound, 1, 9).withCount(4))
        == QStringLiteral("Call 1 has no round 9; its rounds are 1 to 4."));
    CHECK(said(inRound(Problem::NoPlannedRound, 2, 5)) == QStringLiteral("Call 2 has no planned round 5."));
}

TEST_CASE("Rooms errors: a round's rooms that do not hold up, in a hand edit and in a whole plan")
{
    CHECK(said(Error(Problem::RoundWithoutNumber).withCall(2)) == QStringLiteral("A round of call 2 has no number."));
    CHECK(said(inRound(Problem::RoundGroupTooSmall, 2, 1))
        == QStringLiteral("The rooms of round 1 of call 2 need a group size of at least 2."));
    CHECK(said(inRound(Problem::RoomEmpty, 2, 1).withCount(3))
        == QStringLiteral("Room 3 of round 1 of call 2 is empty."));
    CHECK(said(inRound(Problem::SeatedStranger, 2, 1).withId(17))
        == QStringLiteral("Person 17 in round 1 of call 2 is not a member of the cohort."));
    CHECK(said(inRound(Problem::SeatedTwice, 2, 1).withId(17).inTable(Table::RoomAssignments))
        == QStringLiteral("Person 17 sits in two rooms of round 1 of call 2."));
    CHECK(said(inRound(Problem::SeatedTwice, 2, 1).withId(17).inTable(Table::BreakoutRounds))
        == QStringLiteral("Person 17 sits in two rooms of round 1 of call 2. The plan was not saved."));
    CHECK(said(Error(Problem::RoundWithoutNumber).withCall(2).inTable(Table::BreakoutRounds))
        == QStringLiteral("A round of call 2 has no number. The plan was not saved."));
}

TEST_CASE("Rooms errors: recorded rounds are history and are recorded in order")
{
    CHECK(said(inRound(Problem::RecordedRoundInPlan, 1, 2))
        == QStringLiteral("round 2 of call 1 has been recorded; a plan cannot replace it."));
    CHECK(said(inRound(Problem::RoundTwiceInPlan, 1, 2)) == QStringLiteral("The plan has round 2 of call 1 twice."));
    CHECK(said(inRound(Problem::RoundIsHistory, 1, 2))
        == QStringLiteral("round 2 of call 1 has been recorded; it is history and stays as it was run."));
    CHECK(
        said(inRound(Problem::RoundAlreadyRecorded, 1, 2)) == QStringLiteral("round 2 of call 1 is already recorded."));
    CHECK(said(inRound(Problem::EarlierRoundNotRecorded, 1, 1))
        == QStringLiteral("Record round 1 of call 1 first: rounds are recorded in the order they run."));
    CHECK(said(inRound(Problem::RoundHasNobody, 1, 2))
        == QStringLiteral("round 2 of call 1 has nobody in its rooms; plan it again first."));
}

TEST_CASE("Rooms errors: a hand move names the person or the rooms there are")
{
    CHECK(said(inRound(Problem::PersonNotInRound, 2, 1).withId(17))
        == QStringLiteral("Person 17 is not in round 1 of call 2."));
    CHECK(said(inRound(Problem::NoSuchRoom, 2, 1).withId(9).withCount(5))
        == QStringLiteral("Room 9 does not exist in round 1 of call 2; choose a room from 1 to 5."));
}

TEST_CASE("Rooms errors: a refused role change says what the step allows")
{
    using Kind = core::RoomRoleRefusal::Kind;
    core::RoomRoleRefusal recorded = refusal(Kind::RoundRecorded);
    CHECK(models::describe(recorded)
        == QStringLiteral("Round 1 has been recorded: it is history, and its roles stay as they were run."));
    CHECK(models::describe(refusal(Kind::NotSeated)) == QStringLiteral("Person 42 is not in round 1."));
    core::RoomRoleRefusal plain = refusal(Kind::NoRolesToGive);
    plain.step = "Listening in pairs";
    CHECK(models::describe(plain)
        == QStringLiteral("Listening in pairs has no roles to give: everyone in its rooms takes part alike."));

    core::RoomRoleRefusal turns = refusal(Kind::TurnNeeded);
    turns.step = "Troika Consulting";
    turns.roles = { "client" };
    turns.turns = 3;
    CHECK(models::describe(turns)
        == QStringLiteral(
            "In Troika Consulting everyone takes a turn as client: choose a turn from 1 to 3 instead of no role."));
    turns.kind = Kind::NotTheRotatingRole;
    turns.role = "consultant";
    CHECK(models::describe(turns)
        == QStringLiteral("Troika Consulting has no role 'consultant' to give; its role is client, taken in turns."));
    turns.kind = Kind::NoSuchTurn;
    turns.turn = 7;
    CHECK(models::describe(turns)
        == QStringLiteral("There is no turn 7 in room 2 of round 1; choose a turn from 1 to 3."));

    core::RoomRoleRefusal role = refusal(Kind::NoSuchRole);
    role.role = "client";
    CHECK(models::describe(role)
        == QStringLiteral("Case Clinic has no role 'client' to give; choose case-giver or timekeeper, or none."));
    role.roles = { "case-giver", "timekeeper", "scribe" };
    CHECK(models::describe(role)
        == QStringLiteral(
            "Case Clinic has no role 'client' to give; choose case-giver, timekeeper or scribe, or none."));
    role.roles = { "case-giver" };
    CHECK(models::describe(role)
        == QStringLiteral("Case Clinic has no role 'client' to give; choose case-giver, or none."));
    CHECK(models::describe(refusal(Kind::NoTurnOrder))
        == QStringLiteral("Case Clinic has no turn order: one person in each room holds each of its roles (case-giver "
                          "and timekeeper)."));

    // From storage, the round and call it was about come first.
    CHECK(said(inRound(Problem::RoleChangeRefused, 3, 1).withId(42).withRoleRefusal(role))
        == QStringLiteral("Round 1 of call 3: Case Clinic has no role 'client' to give; choose case-giver, or none."));
}

TEST_CASE("Rooms errors: a plan that cannot be made says where, in the scheduler's words")
{
    CHECK(said(Error(Problem::NoBreakoutSteps).withCall(4))
        == QStringLiteral("Call 4 has no breakout steps, so there are no rooms to plan."));
    CHECK(said(Error(Problem::NothingLeftToPlan).withCall(4))
        == QStringLiteral("Every round of the call has been recorded; there is nothing left to plan."));
    const auto because = [](core::ScheduleErrorKind kind) {
        core::RoomPlanFailure failure;
        failure.cause.kind = kind;
        return failure;
    };
    core::RoomPlanFailure away = because(core::ScheduleErrorKind::MostAway);
    away.cause.count = 5;
    away.cause.present = 1;
    away.cause.groupSize = 3;
    const QString awayWords
        = QStringLiteral("5 of 6 people are away, more than are present; the one left is too few for a group of 3");
    CHECK(said(Error(Problem::RoundUnplannable).withRound(3).withName(QStringLiteral("Troika")).withPlanFailure(away))
        == QStringLiteral("Round 3 (Troika): %1.").arg(awayWords));
    CHECK(said(Error(Problem::RoundUnplannable).withRound(3).withPlanFailure(away))
        == QStringLiteral("Round 3: %1.").arg(awayWords));
    core::RoomPlanFailure apart = because(core::ScheduleErrorKind::KeptApartFromTooMany);
    apart.cause.people = { 0 };
    apart.cause.names = { "Ana" };
    apart.cause.count = 3;
    apart.cause.present = 4;
    apart.cause.groupSize = 2;
    apart.people = { 17 };
    CHECK(said(Error(Problem::KeepApartUnplannable).withPlanFailure(apart))
        == QStringLiteral("Keep-apart pairs: 'Ana' must be kept apart from 3 of the 3 other people present in "
                          "rounds[0], so no group of 2 can include them."));
    CHECK(said(Error(Problem::TooFewPeopleToPlan).withPlanFailure(because(core::ScheduleErrorKind::TooFewPeople)))
        == QStringLiteral("Too few people to plan rooms: at least two people are needed to form a group."));
    CHECK(said(Error(Problem::Unplannable).withPlanFailure(because(core::ScheduleErrorKind::StartedRoundsBeyondPlan)))
        == QStringLiteral("more rounds have started than the plan has."));
}

TEST_CASE("Rooms errors: a keep-apart pair needs two members")
{
    CHECK(said(Error(Problem::KeptApartFromThemselves).withId(3))
        == QStringLiteral("A person cannot be kept apart from themselves."));
    CHECK(said(Error(Problem::KeepApartStranger).withId(17))
        == QStringLiteral("Person 17 is not a member of the cohort."));
}

TEST_CASE("Rooms errors: a step title or typed text with a percent sign is shown as it is")
{
    core::RoomPlanFailure failure;
    failure.kind = core::RoomPlanFailure::Kind::RoundUnplannable;
    failure.cause.kind = core::ScheduleErrorKind::ListedTwice;
    failure.cause.people = { 0 };
    failure.cause.names = { "%1" };
    failure.people = { 7 };
    CHECK(said(Error(Problem::RoundUnplannable)
                   .withRound(2)
                   .withName(QStringLiteral("50% %3 split"))
                   .withPlanFailure(failure))
        == QStringLiteral("Round 2 (50% %3 split): '%1' is listed twice."));
    CHECK(said(Error(Problem::BadArrivalTime).withName(QStringLiteral("%1")))
        == QStringLiteral("The arrival time '%1' is not a time like 18:20; no attendance was saved."));
}

TEST_CASE("Rooms errors: the planner's failure becomes the problem that says where")
{
    using Kind = core::RoomPlanFailure::Kind;
    core::ScheduleError why;
    why.kind = core::ScheduleErrorKind::TooFewPeople;
    why.field = "people";
    const auto as = [&why](Kind kind, int round = 0, std::string title = {}) {
        return storage::planFailure(core::RoomPlanFailure { kind, round, std::move(title), why, {} }, 4);
    };
    CHECK(as(Kind::NoBreakoutSteps).problem == Problem::NoBreakoutSteps);
    CHECK(as(Kind::NoBreakoutSteps).call == 4);
    CHECK(as(Kind::NothingLeftToPlan).problem == Problem::NothingLeftToPlan);
    const Error round = as(Kind::RoundUnplannable, 3, "Troika");
    CHECK(round.problem == Problem::RoundUnplannable);
    CHECK(round.round == 3);
    CHECK(round.name == QStringLiteral("Troika"));
    REQUIRE(round.planFailure);
    CHECK(round.planFailure->cause == why);
    CHECK(as(Kind::KeepApartUnplannable).problem == Problem::KeepApartUnplannable);
    CHECK(as(Kind::TooFewPeople).problem == Problem::TooFewPeopleToPlan);
    CHECK(as(Kind::Unplannable).problem == Problem::Unplannable);
    CHECK(said(as(Kind::RoundUnplannable, 3, "Troika"))
        == QStringLiteral("Round 3 (Troika): at least two people are needed to form a group."));
}
