// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/rooms/roomroles.h"
#include "storage/demo/demoseeder.h"
#include "storage/program/programrepository.h"
#include "storage/rooms/roomplanstore.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/quickschedule.h"
#include "support/roomseat.h"
#include "support/tempdatabase.h"
#include "support/troikacohort.h"

#include <catch2/catch.hpp>

using convener::tests::seatOf;
using namespace convener;
using storage::RoomPlanStore;
using storage::RoomsRepository;

namespace {

// The step a stored round of the cohort's call was planned from.
core::BreakoutRound stepOf(storage::Database &db, core::CohortId cohort, int call, const core::RoomRound &round)
{
    const auto steps = core::breakoutRounds(storage::ProgramRepository(db).call(cohort, call).value().call);
    const auto step = core::stepOfRound(steps, round);
    REQUIRE(step);
    return *step;
}

} // namespace

TEST_CASE("Rooms storage: a case-giver chosen by hand is stored at once and survives reopening")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    const core::CohortId cohort = storage::DemoSeeder(roster).seed().value().cohort;
    REQUIRE(RoomPlanStore(temp.db()).planAndSave(cohort, 3, RoomPlanStore::Mode::Fresh, tests::quickSchedule()));
    RoomsRepository rooms(temp.db());
    const core::RoomRound before = rooms.round(cohort, 3, 1).value();
    const core::BreakoutRound step = stepOf(temp.db(), cohort, 3, before);
    const core::PersonId previous = before.rooms[1].seats[0].person;
    const core::PersonId chosen = before.rooms[1].seats.back().person;
    REQUIRE(before.rooms[1].seats[0].role == "case-giver");

    REQUIRE(rooms.changeRole(cohort, 3, 1, step, chosen, "case-giver", 0));
    temp.reopen();
    const core::RoomRound after = RoomsRepository(temp.db()).round(cohort, 3, 1).value();
    CHECK(seatOf(after, chosen).role == "case-giver");
    CHECK(seatOf(after, previous).role.empty());
    CHECK(after.rooms[1].seats[0].person == chosen);
    CHECK(after.rooms[0] == before.rooms[0]);
    CHECK(after.people().size() == before.people().size());
}

TEST_CASE("Rooms storage: a Troika client's new turn is stored and the trio keeps its order around them")
{
    tests::TempDatabase temp;
    const auto created = tests::createTroikaCohort(temp.db());
    REQUIRE(created);
    const core::CohortId cohort = created.value();
    REQUIRE(RoomPlanStore(temp.db()).planAndSave(cohort, 2, RoomPlanStore::Mode::Fresh, tests::quickSchedule()));
    RoomsRepository rooms(temp.db());
    const core::RoomRound troika = rooms.round(cohort, 2, 2).value();
    const core::BreakoutRound step = stepOf(temp.db(), cohort, 2, troika);
    REQUIRE(core::hasTurnOrder(step));
    const auto &trio = troika.rooms[0].seats;
    REQUIRE(trio.size() == 3);
    REQUIRE(rooms.changeRole(cohort, 2, 2, step, trio[2].person, step.rotation.role, 1));
    temp.reopen();
    const auto stored = RoomsRepository(temp.db()).round(cohort, 2, 2).value().rooms[0].seats;
    REQUIRE(stored.size() == 3);
    CHECK(stored[0].person == trio[2].person);
    CHECK(stored[1].person == trio[0].person);
    CHECK(stored[2].person == trio[1].person);
    for (size_t i = 0; i < stored.size(); ++i)
        CHECK(stored[i].roleRank == static_cast<int>(i) + 1);
}

TEST_CASE("Rooms storage: a role change is refused with a message for a recorded round, a wrong role or someone not seated")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    const core::CohortId cohort = storage::DemoSeeder(roster).seed().value().cohort;
    REQUIRE(RoomPlanStore(temp.db()).planAndSave(cohort, 3, RoomPlanStore::Mode::Fresh, tests::quickSchedule()));
    RoomsRepository rooms(temp.db());
    const core::RoomRound planned = rooms.round(cohort, 3, 1).value();
    const core::BreakoutRound step = stepOf(temp.db(), cohort, 3, planned);
    const core::PersonId someone = planned.rooms[0].seats.back().person;

    const auto wrongRole = rooms.changeRole(cohort, 3, 1, step, someone, "client", 0);
    REQUIRE_FALSE(wrongRole);
    CHECK(wrongRole.error().problem == storage::Problem::RoleChangeRefused);
    CHECK(wrongRole.error().call == 3);
    CHECK(wrongRole.error().round == 1);
    REQUIRE(wrongRole.error().roleRefusal);
    CHECK(wrongRole.error().roleRefusal->kind == core::RoomRoleRefusal::Kind::NoSuchRole);
    CHECK(wrongRole.error().roleRefusal->role == "client");
    const auto stranger = rooms.changeRole(cohort, 3, 1, step, 999999, "case-giver", 0);
    REQUIRE_FALSE(stranger);
    CHECK(stranger.error().problem == storage::Problem::RoleChangeRefused);
    REQUIRE(stranger.error().roleRefusal);
    CHECK(stranger.error().roleRefusal->kind == core::RoomRoleRefusal::Kind::NotSeated);
    CHECK(stranger.error().roleRefusal->person == 999999);
    CHECK(rooms.round(cohort, 3, 1).value() == planned);

    // Call 2 of the demo is recorded: its Troika round stays as it ran.
    const core::RoomRound recorded = rooms.round(cohort, 2, 2).value();
    REQUIRE(recorded.recorded());
    const core::BreakoutRound troika = stepOf(temp.db(), cohort, 2, recorded);
    const auto history = rooms.changeRole(cohort, 2, 2, troika, recorded.rooms[0].seats[2].person, troika.rotation.role, 1);
    REQUIRE_FALSE(history);
    CHECK(history.error().problem == storage::Problem::RoundIsHistory);
    CHECK(history.error().call == 2);
    CHECK(history.error().round == 2);
    CHECK(rooms.round(cohort, 2, 2).value() == recorded);
}
