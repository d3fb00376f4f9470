// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "roomstestsupport.h"
#include "storage/conversions.h"
#include "storage/demo/demoseeder.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QSignalSpy>
#include <QUndoStack>

using namespace convener;

namespace {

// The demo cohort (calls 1 and 2 recorded), its third call shown, nothing planned yet.
struct Area
{
    tests::TempDatabase temp;
    tests::FakeClock clock;
    QUndoStack undo;
    core::CohortId cohort = 0;
    tests::RoomsArea rooms { temp.db(), &undo, clock };

    Area()
    {
        storage::RosterRepository roster(temp.db());
        cohort = storage::DemoSeeder(roster).seed().value().cohort;
        core::ScheduleOptions options;
        options.iterationLimit = 20000;
        rooms.planning.setScheduleOptions(options);
        rooms.document.setCohort(cohort);
        rooms.document.setCall(3);
    }
};

} // namespace

TEST_CASE("Rooms planning: showing another cohort stops a search under way and keeps the rooms")
{
    Area a;
    QSignalSpy finished(&a.rooms.planning, &models::RoomPlanning::finished);
    a.rooms.planning.plan();
    REQUIRE(a.rooms.planning.busy());
    a.rooms.document.setCohort(0);
    REQUIRE(finished.wait(120000));
    CHECK_FALSE(finished.constFirst().at(0).toBool());
    CHECK(finished.constFirst().at(1).toString().startsWith(QStringLiteral("Planning stopped")));
    CHECK_FALSE(a.rooms.planning.busy());
    CHECK(a.undo.count() == 0);
    CHECK(storage::RoomsRepository(a.temp.db()).rounds(a.cohort, 3).value().empty());
}

TEST_CASE("Rooms planning: without a call there is nothing to plan")
{
    Area a;
    a.rooms.document.setCall(0);
    QSignalSpy finished(&a.rooms.planning, &models::RoomPlanning::finished);
    a.rooms.planning.plan();
    CHECK_FALSE(a.rooms.planning.busy());
    CHECK(finished.isEmpty());
}

TEST_CASE("Rooms rules: nothing changes before a cohort is chosen")
{
    tests::TempDatabase temp;
    tests::FakeClock clock;
    QUndoStack undo;
    tests::RoomsArea rooms(temp.db(), &undo, clock);
    CHECK(rooms.rules.addKeepApart(1, 2, QStringLiteral("x")) == QStringLiteral("Choose a cohort first."));
    rooms.rules.setHostsInRooms(storage::HostsInRooms::LeftOut);
    rooms.rules.removeKeepApart(1, 2);
    CHECK(undo.count() == 0);
}

TEST_CASE("Rooms hand-over: a file that cannot be written names the file and leaves no undo step")
{
    Area a;
    QSignalSpy failed(&a.rooms.handover, &models::RoomHandoverExporter::storageFailed);
    const QString path = a.temp.dir() + QStringLiteral("/no such folder/rooms.csv");
    CHECK_FALSE(a.rooms.handover.saveZoomCsv(1, path));
    REQUIRE(failed.size() == 1);
    CHECK(failed.constFirst().at(0).toString().startsWith(
        QStringLiteral("Could not save %1: ").arg(QDir::toNativeSeparators(path))));
    CHECK_FALSE(a.rooms.handover.saveRoundJson(1, path));
    CHECK(failed.size() == 2);
    CHECK(a.undo.count() == 0);
}

TEST_CASE("Rooms hand-over: the texts name the cohort's call even before a plan")
{
    Area a;
    const core::RoomHandover handover = a.rooms.handover.handover(1);
    CHECK(handover.callNumber == 3);
    CHECK(handover.cohortName == storage::toStd(a.rooms.document.cohortName()));
    CHECK(handover.round.rooms.empty());
    CHECK(a.rooms.handover.withoutEmail(1).isEmpty());
}
