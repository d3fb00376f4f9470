// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/roomroundmodel.h"
#include "roomstestsupport.h"
#include "storage/demo/demoseeder.h"
#include "storage/rooms/roomplanstore.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/fakeclock.h"
#include "support/quickschedule.h"
#include "support/tempdatabase.h"
#include "support/troikacohort.h"

#include <catch2/catch.hpp>
#include <memory>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace convener;
using models::RoomRoundModel;
using models::RoomsDocument;

namespace {

// A cohort with its call planned in the database, and the Rooms area showing that call.
struct Fixture
{
    tests::TempDatabase temp;
    tests::FakeClock clock;
    QUndoStack undo;
    core::CohortId cohort = 0;
    int call = 0;
    std::unique_ptr<tests::RoomsArea> rooms;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<QSignalSpy> failures;

    // The demo cohort's third call (Case Clinic), or with troika a cohort of nine on its second call.
    explicit Fixture(bool troika = false)
    {
        storage::RosterRepository roster(temp.db());
        if (troika) {
            const auto created = tests::createTroikaCohort(temp.db());
            REQUIRE(created);
            cohort = created.value();
            call = 2;
        } else {
            cohort = storage::DemoSeeder(roster).seed().value().cohort;
            call = 3;
        }
        REQUIRE(storage::RoomPlanStore(temp.db()).planAndSave(cohort, call, storage::RoomPlanStore::Mode::Fresh, tests::quickSchedule()));
        rooms = std::make_unique<tests::RoomsArea>(temp.db(), &undo, clock);
        tester = std::make_unique<QAbstractItemModelTester>(
            rooms->document.rooms(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        failures = std::make_unique<QSignalSpy>(&rooms->document, &RoomsDocument::storageFailed);
        rooms->document.setCohort(cohort);
        rooms->document.setCall(call);
    }

    core::RoomRound stored(int round)
    {
        return storage::RoomsRepository(temp.db()).round(cohort, call, round).value();
    }

    QString roleText(core::PersonId person) const
    {
        return rooms->document.rooms()->indexOf(person, RoomRoundModel::RoleColumn).data().toString();
    }
};

} // namespace

TEST_CASE("Rooms: a case-giver chosen by hand is one undo step, saved at once and undone exactly")
{
    Fixture f;
    const core::RoomRound before = f.stored(1);
    const core::PersonId previous = before.rooms[0].seats[0].person;
    const core::PersonId chosen = before.rooms[0].seats.back().person;
    CHECK(f.roleText(previous) == QStringLiteral("case-giver"));
    // Everyone without a role of their own reads as what they do: coach.
    CHECK(f.roleText(chosen) == QStringLiteral("coach"));
    CHECK(f.rooms->document.rooms()->handRoles()
        == QStringList { QStringLiteral("case-giver"), QStringLiteral("timekeeper") });
    CHECK_FALSE(f.rooms->document.rooms()->hasTurnOrder());

    CHECK(f.rooms->editor.changeRole(1, chosen, QStringLiteral("case-giver"), 0).isEmpty());
    REQUIRE(f.undo.count() == 1);
    CHECK(f.undo.text(0).contains(QStringLiteral("case-giver")));
    const core::RoomRound changed = f.stored(1);
    CHECK(changed.rooms[0].seats[0].person == chosen);
    CHECK(f.roleText(chosen) == QStringLiteral("case-giver"));
    CHECK(f.roleText(previous) == QStringLiteral("coach"));
    CHECK(f.rooms->document.rooms()
              ->indexOf(chosen, RoomRoundModel::NameColumn)
              .data(RoomRoundModel::SeatRoleRole)
              .toString()
        == QStringLiteral("case-giver"));

    f.undo.undo();
    CHECK(f.stored(1) == before);
    CHECK(f.rooms->document.rooms()->round() == before);
    f.undo.redo();
    CHECK(f.stored(1) == changed);
    CHECK(f.failures->isEmpty());
}

TEST_CASE("Rooms: moving a Troika client to the first turn reads as text and undo puts the order back")
{
    Fixture f(true);
    f.rooms->document.showRound(2);
    auto *rooms = f.rooms->document.rooms();
    REQUIRE(rooms->hasTurnOrder());
    CHECK(rooms->handRoles() == QStringList{QStringLiteral("client")});
    const core::RoomRound before = f.stored(2);
    const auto &trio = before.rooms[0].seats;
    const core::PersonId last = trio.back().person;
    CHECK(f.roleText(last) == QStringLiteral("client, turn 3"));

    CHECK(f.rooms->editor.changeRole(2, last, QStringLiteral("client"), 1).isEmpty());
    CHECK(f.roleText(last) == QStringLiteral("client, turn 1"));
    CHECK(f.roleText(trio[0].person) == QStringLiteral("client, turn 2"));
    CHECK(f.roleText(trio[1].person) == QStringLiteral("client, turn 3"));
    CHECK(rooms->indexOf(last).data(RoomRoundModel::TurnRole).toInt() == 1);
    CHECK(f.stored(2).rooms[0].seats[0].person == last);
    CHECK(f.undo.count() == 1);

    f.undo.undo();
    CHECK(f.stored(2) == before);
    CHECK(f.roleText(last) == QStringLiteral("client, turn 3"));
    CHECK(f.failures->isEmpty());
}

TEST_CASE("Rooms: a role the step lacks, a recorded round or an unchanged role pushes no undo step")
{
    Fixture f;
    const core::RoomRound before = f.stored(1);
    const core::PersonId caseGiver = before.rooms[0].seats[0].person;
    const core::PersonId coach = before.rooms[0].seats.back().person;

    CHECK(
        f.rooms->editor.changeRole(1, coach, QStringLiteral("client"), 0).contains(QStringLiteral("no role 'client'")));
    CHECK(f.rooms->editor.changeRole(1, coach, QStringLiteral("case-giver"), 3)
              .contains(QStringLiteral("no turn order")));
    CHECK(f.rooms->editor.changeRole(1, 999999, QStringLiteral("case-giver"), 0)
              .contains(QStringLiteral("not in the rooms of round 1")));
    CHECK(f.rooms->editor.changeRole(1, caseGiver, QStringLiteral("case-giver"), 0).isEmpty());
    CHECK(f.undo.count() == 0);
    CHECK(f.stored(1) == before);

    REQUIRE(f.rooms->document.recordRound(1));
    CHECK(f.rooms->editor.changeRole(1, coach, QStringLiteral("case-giver"), 0).contains(QStringLiteral("recorded")));
    CHECK(f.rooms->document.rooms()->handRoles().isEmpty());
    CHECK(f.undo.count() == 0);
    CHECK(f.stored(1).rooms == before.rooms);
    CHECK(f.failures->isEmpty());
}
