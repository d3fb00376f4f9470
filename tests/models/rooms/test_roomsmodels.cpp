// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/attendancemodel.h"
#include "models/rooms/encountermapmodel.h"
#include "models/rooms/roomroundmodel.h"
#include "roomstestsupport.h"
#include "storage/demo/demoseeder.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <memory>
#include <QAbstractItemModelTester>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

using namespace convener;
using core::AttendanceStatus;
using models::AttendanceModel;
using models::RoomRoundModel;
using models::RoomsDocument;

namespace {

constexpr int kCall = 3;

// The demo cohort (calls 1 and 2 recorded) with the Rooms area on its third call.
struct Fixture
{
    tests::TempDatabase temp;
    tests::FakeClock clock;
    QUndoStack undo;
    core::CohortId cohort = 0;
    std::unique_ptr<tests::RoomsArea> rooms;
    std::unique_ptr<QAbstractItemModelTester> attendanceTester;
    std::unique_ptr<QAbstractItemModelTester> roomsTester;
    std::unique_ptr<QAbstractItemModelTester> mapTester;
    std::unique_ptr<QSignalSpy> failures;

    Fixture()
    {
        storage::RosterRepository roster(temp.db());
        cohort = storage::DemoSeeder(roster).seed().value().cohort;
        open();
    }

    void open()
    {
        rooms = std::make_unique<tests::RoomsArea>(temp.db(), &undo, clock);
        core::ScheduleOptions options;
        options.iterationLimit = 20000;
        rooms->planning.setScheduleOptions(options);
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        attendanceTester = std::make_unique<QAbstractItemModelTester>(rooms->document.attendance(), Mode::Fatal);
        roomsTester = std::make_unique<QAbstractItemModelTester>(rooms->document.rooms(), Mode::Fatal);
        mapTester = std::make_unique<QAbstractItemModelTester>(rooms->document.encounters(), Mode::Fatal);
        failures = std::make_unique<QSignalSpy>(&rooms->document, &RoomsDocument::storageFailed);
        rooms->document.setCohort(cohort);
        rooms->document.setCall(kCall);
    }

    void reopen()
    {
        undo.clear();
        failures.reset();
        mapTester.reset();
        roomsTester.reset();
        attendanceTester.reset();
        rooms.reset();
        temp.reopen();
        open();
    }

    // Plans the call and waits for the worker thread to finish.
    bool plan(bool rest = false)
    {
        QSignalSpy finished(&rooms->planning, &models::RoomPlanning::finished);
        rest ? rooms->planning.replanRest() : rooms->planning.plan();
        if (finished.isEmpty() && !finished.wait(120000))
            return false;
        UNSCOPED_INFO(finished.constFirst().at(1).toString().toStdString());
        return finished.constFirst().at(0).toBool();
    }

    std::vector<core::RoomRound> stored()
    {
        return storage::RoomsRepository(temp.db()).rounds(cohort, kCall).value();
    }

    // A person of round 1 and the room of someone they met in calls 1 and 2.
    std::pair<core::PersonId, int> repeatMove() const
    {
        const core::RoomRound &round = rooms->document.rounds().front();
        const auto *map = rooms->document.encounters();
        for (int a = 0; a < map->rowCount(); ++a) {
            for (int b = 0; b < map->rowCount(); ++b) {
                if (map->meetings(a, b) == 0)
                    continue;
                const core::PersonId pa = map->person(a);
                const core::PersonId pb = map->person(b);
                const int ra = round.roomOf(pa);
                const int rb = round.roomOf(pb);
                if (ra != 0 && rb != 0 && ra != rb)
                    return {pa, rb};
            }
        }
        return {0, 0};
    }
};

} // namespace

TEST_CASE("Rooms: attendance toggles are saved at once and undone")
{
    Fixture f;
    AttendanceModel *model = f.rooms->document.attendance();
    REQUIRE(model->rowCount() == 26);
    const core::PersonId person = model->mark(2).person;

    model->setStatus(2, AttendanceStatus::Absent);
    storage::RoomsRepository rooms(f.temp.db());
    auto marks = rooms.attendance(f.cohort, kCall).value();
    CHECK(marks[2].status == AttendanceStatus::Absent);
    CHECK(model->data(model->index(2, AttendanceModel::StatusColumn)).toString() == QStringLiteral("Absent"));

    // Late takes the call's local time: 18:00 UTC is 18:00 in London in November.
    model->setStatus(2, AttendanceStatus::Late);
    CHECK(model->mark(2).arrivedAt == "18:00");
    CHECK(model->setData(model->index(2, AttendanceModel::ArrivedColumn), QStringLiteral("18:25")));
    CHECK(rooms.attendance(f.cohort, kCall).value()[2].arrivedAt == "18:25");

    QSignalSpy failed(model, &AttendanceModel::storageFailed);
    CHECK_FALSE(model->setArrival(2, QStringLiteral("half past six")));
    CHECK(failed.size() == 1);
    CHECK(rooms.attendance(f.cohort, kCall).value()[2].arrivedAt == "18:25");

    f.undo.undo();
    CHECK(rooms.attendance(f.cohort, kCall).value()[2].arrivedAt == "18:00");
    f.undo.undo();
    f.undo.undo();
    marks = rooms.attendance(f.cohort, kCall).value();
    CHECK(marks[2].person == person);
    CHECK(marks[2].status == AttendanceStatus::Present);
    CHECK(model->mark(2).status == AttendanceStatus::Present);
    f.undo.redo();
    CHECK(rooms.attendance(f.cohort, kCall).value()[2].status == AttendanceStatus::Absent);
    CHECK(f.failures->size() == 1);                          // the malformed time, and nothing else
}

TEST_CASE("Rooms: undoing a mark after moving to another call restores the call it was made on")
{
    Fixture f;
    AttendanceModel *model = f.rooms->document.attendance();
    model->setStatus(4, AttendanceStatus::Absent);
    const core::PersonId person = model->mark(4).person;
    QSignalSpy changed(model, &AttendanceModel::attendanceChanged);

    f.rooms->document.setCall(kCall + 1);
    const int row = model->rowOf(person);
    REQUIRE(row >= 0);
    const auto shownBefore = model->mark(row);
    f.undo.undo();

    storage::RoomsRepository rooms(f.temp.db());
    CHECK(rooms.attendance(f.cohort, kCall).value()[4].status == AttendanceStatus::Present);
    CHECK(model->mark(row) == shownBefore); // the call on screen is not touched
    CHECK(changed.isEmpty());
    f.rooms->document.setCall(kCall);
    CHECK(model->mark(4).status == AttendanceStatus::Present);
    CHECK(f.failures->isEmpty());
}

TEST_CASE("Rooms: planning a call saves every round and undo restores the plan before it")
{
    Fixture f;
    REQUIRE(f.rooms->document.rounds().empty());
    f.rooms->document.attendance()->setStatus(0, AttendanceStatus::Absent);
    REQUIRE(f.plan());
    CHECK_FALSE(f.rooms->planning.busy());
    const auto planned = f.rooms->document.rounds();
    REQUIRE_FALSE(planned.empty());
    CHECK(f.stored() == planned);
    const core::PersonId absent = f.rooms->document.attendance()->mark(0).person;
    for (const auto &round : planned)
        CHECK(round.roomOf(absent) == 0);
    CHECK(f.rooms->document.summaryText().startsWith(QStringLiteral("New encounters: ")));
    CHECK(f.rooms->document.summaryText().contains(QStringLiteral("Unavoidable: ")));
    CHECK(f.rooms->document.rooms()->rowCount() == static_cast<int>(planned.front().rooms.size()));

    f.undo.undo();                                           // the plan
    CHECK(f.stored().empty());
    CHECK(f.rooms->document.rounds().empty());
    CHECK(f.rooms->document.rooms()->rowCount() == 0);
    f.undo.redo();
    CHECK(f.stored() == planned);
    CHECK(f.failures->isEmpty());
}

TEST_CASE("Rooms: a move and a swap are undone and redone exactly")
{
    Fixture f;
    REQUIRE(f.plan());
    const core::RoomRound before = f.rooms->document.rounds().front();
    REQUIRE(before.rooms.size() >= 2);
    const core::PersonId mover = before.rooms[0].seats[0].person;

    f.rooms->editor.moveToRoom(before.number, mover, 2);
    const core::RoomRound moved = f.stored().front();
    CHECK(moved.roomOf(mover) != 1);
    CHECK(f.rooms->document.rooms()->indexOf(mover).parent().row() == moved.roomOf(mover) - 1);

    const core::PersonId a = moved.rooms[0].seats[0].person;
    const core::PersonId b = moved.rooms[1].seats[0].person;
    f.rooms->editor.swapSeats(before.number, a, b);
    const core::RoomRound swapped = f.stored().front();
    CHECK(swapped.roomOf(a) == moved.roomOf(b));
    CHECK(swapped.roomOf(b) == moved.roomOf(a));

    f.undo.undo();
    CHECK(f.stored().front() == moved);
    f.undo.undo();
    CHECK(f.stored().front() == before);
    CHECK(f.rooms->document.rounds().front() == before);
    f.undo.redo();
    CHECK(f.stored().front() == moved);
    f.undo.redo();
    CHECK(f.stored().front() == swapped);

    // Re-planning the rest after the hand edits is one more undoable step.
    REQUIRE(f.plan(true));
    CHECK(f.undo.count() == 4);
    f.undo.undo();
    CHECK(f.stored().front() == swapped);
    CHECK(f.failures->isEmpty());
}

TEST_CASE("Rooms: dropping a person on another room moves them there")
{
    Fixture f;
    REQUIRE(f.plan());
    RoomRoundModel *model = f.rooms->document.rooms();
    const core::RoomRound before = model->round();
    const core::PersonId person = before.rooms[0].seats[0].person;
    std::unique_ptr<QMimeData> mime(model->mimeData({model->indexOf(person)}));
    REQUIRE(mime);
    CHECK(mime->hasFormat(RoomRoundModel::kMimeType));
    const QModelIndex room3 = model->index(2, 0);
    CHECK(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, room3));
    model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, room3);
    CHECK(f.stored().front().roomOf(person) == 3 - (before.rooms[0].seats.size() == 1 ? 1 : 0));
    CHECK(f.undo.count() == 2);
    f.undo.undo();
    CHECK(f.stored().front() == before);
}

TEST_CASE("Rooms: a repeat is flagged with text after a hand edit")
{
    Fixture f;
    REQUIRE(f.plan());
    const auto [person, room] = f.repeatMove();
    REQUIRE(person != 0);
    f.rooms->editor.moveToRoom(f.rooms->document.shownRound(), person, room);
    RoomRoundModel *model = f.rooms->document.rooms();
    const QModelIndex flag = model->indexOf(person, RoomRoundModel::ConflictColumn);
    CHECK(model->data(flag).toString().startsWith(QStringLiteral("Repeat: met ")));
    CHECK_FALSE(model->data(flag, Qt::DecorationRole).isNull());
    CHECK(model->data(flag, RoomRoundModel::HasConflictRole).toBool());
    const QModelIndex roomRow = model->index(model->round().roomOf(person) - 1, RoomRoundModel::ConflictColumn);
    CHECK(model->data(roomRow).toString().startsWith(QStringLiteral("Conflicts: ")));
    CHECK(f.rooms->document.counts().repeats >= 1);
}

TEST_CASE("Rooms: a plan changed by hand no longer claims to be the best found")
{
    Fixture f;
    REQUIRE(f.plan());
    const auto [person, room] = f.repeatMove();
    REQUIRE(person != 0);
    f.rooms->editor.moveToRoom(f.rooms->document.shownRound(), person, room);
    const auto counts = f.rooms->document.counts();
    REQUIRE(counts.unavoidable.has_value());
    REQUIRE(counts.repeats > *counts.unavoidable);
    const QString summary = f.rooms->document.summaryText();
    CHECK(summary.contains(QStringLiteral("fewer repeats may be possible")));
    CHECK_FALSE(summary.contains(QStringLiteral("best found")));
    CHECK_FALSE(summary.contains(QStringLiteral("no plan can have fewer")));
}

TEST_CASE("Rooms: a recorded round becomes encounter history and cannot be edited")
{
    Fixture f;
    REQUIRE(f.plan());
    const double shareBefore = f.rooms->document.encounters()->shareMet();
    const core::RoomRound first = f.rooms->document.rounds().front();
    REQUIRE(f.rooms->document.recordRound(first.number));
    CHECK(f.rooms->document.rounds().front().recorded());
    CHECK(f.rooms->document.encounters()->shareMet() > shareBefore);
    CHECK(f.undo.count() == 1);                              // recording is not undoable

    const core::PersonId person = first.rooms[0].seats[0].person;
    f.rooms->editor.moveToRoom(first.number, person, 2);
    CHECK(f.failures->size() == 1);
    CHECK(f.stored().front().roomOf(person) == 1);

    // Call 3 has one breakout round: once it is recorded nothing is left to plan, and it stays as it was run.
    CHECK_FALSE(f.plan(true));
    CHECK(f.stored().front().rooms == first.rooms);
    CHECK(f.stored().front().recorded());
    CHECK(f.rooms->document.summaryText() == QStringLiteral("Every round of this call is recorded."));
}

TEST_CASE("Rooms: attendance, plans and hand edits survive reopening the database")
{
    Fixture f;
    f.rooms->document.attendance()->setStatus(1, AttendanceStatus::Late);
    REQUIRE(f.plan());
    const core::RoomRound round = f.rooms->document.rounds().front();
    f.rooms->editor.moveToRoom(round.number, round.rooms[0].seats[0].person, 2);
    const auto rounds = f.rooms->document.rounds();

    f.reopen();
    CHECK(f.rooms->document.attendance()->mark(1).status == AttendanceStatus::Late);
    CHECK(f.rooms->document.attendance()->mark(1).arrivedAt == "18:00");
    CHECK(f.rooms->document.rounds() == rounds);
    CHECK(f.rooms->document.rooms()->rowCount() == static_cast<int>(rounds.front().rooms.size()));
}

TEST_CASE("Rooms: the encounter map shows the demo's recorded calls")
{
    Fixture f;
    const auto *map = f.rooms->document.encounters();
    REQUIRE(map->rowCount() == 26);
    CHECK(map->columnCount() == 26);
    CHECK(map->shareMet() > 0.0);
    CHECK(map->shareMet() < 1.0);
    int met = 0;
    for (int c = 0; c < map->columnCount(); ++c) {
        CHECK(map->meetings(3, c) == map->meetings(c, 3));
        met += map->meetings(3, c) > 0 ? 1 : 0;
    }
    CHECK(map->metCount(3) == met);
    CHECK(map->headerData(3, Qt::Vertical).toString() == map->name(3));
}

TEST_CASE("Rooms: cancelled planning leaves the rooms as they were")
{
    Fixture f;
    QSignalSpy finished(&f.rooms->planning, &models::RoomPlanning::finished);
    QSignalSpy busy(&f.rooms->planning, &models::RoomPlanning::busyChanged);
    f.rooms->planning.plan();
    CHECK(f.rooms->planning.busy());
    f.rooms->planning.cancel();
    REQUIRE(finished.wait(120000));
    CHECK_FALSE(finished.constFirst().at(0).toBool());
    CHECK(finished.constFirst().at(1).toString().startsWith(QStringLiteral("Planning stopped")));
    CHECK(busy.size() == 2);
    CHECK(f.stored().empty());
    CHECK(f.undo.count() == 0);
}

TEST_CASE("Rooms: hand-over texts name every room")
{
    Fixture f;
    REQUIRE(f.plan());
    const int round = f.rooms->document.shownRound();
    const QString chat = f.rooms->handover.chatText(round);
    CHECK(chat.contains(QStringLiteral("Room 1")));
    CHECK(f.rooms->handover.coHostList(round).contains(QStringLiteral("Room 1")));
    const QString path = f.temp.dir() + QStringLiteral("/rooms.csv");
    REQUIRE(f.rooms->handover.saveZoomCsv(round, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readLine() == QByteArrayLiteral("Pre-assign Room Name,Email Address\r\n"));
}

TEST_CASE("Rooms: two hosts in one room are flagged as kept apart")
{
    Fixture f;
    REQUIRE(f.plan());
    std::vector<core::PersonId> hosts;
    for (const auto &m : storage::RosterRepository(f.temp.db()).members(f.cohort).value()) {
        if (m.role != core::Role::Participant)
            hosts.push_back(m.person.id);
    }
    REQUIRE(hosts.size() == 2);
    const core::RoomRound &round = f.rooms->document.rounds().front();
    REQUIRE(round.roomOf(hosts[0]) != round.roomOf(hosts[1]));
    f.rooms->editor.moveToRoom(round.number, hosts[0], round.roomOf(hosts[1]));
    const QString flag = f.rooms->document.rooms()->conflictText(hosts[0]);
    CHECK(flag.contains(QStringLiteral("Kept apart from ")));
    CHECK(f.rooms->document.rooms()->conflictText(hosts[1]).contains(QStringLiteral("Kept apart from ")));
}

namespace {

std::vector<core::PersonId> hostsOf(storage::Database &db, core::CohortId cohort)
{
    std::vector<core::PersonId> hosts;
    for (const auto &m : storage::RosterRepository(db).members(cohort).value())
        if (m.role != core::Role::Participant)
            hosts.push_back(m.person.id);
    return hosts;
}

} // namespace

TEST_CASE("Rooms: keep-apart pairs are stored at once, undone and redone")
{
    Fixture f;
    QSignalSpy rules(&f.rooms->document, &RoomsDocument::rulesChanged);
    const auto &members = f.rooms->document.members();
    REQUIRE(members.size() > 4);
    const core::PersonId a = members[3].first;
    const core::PersonId b = members[2].first;
    const storage::RoomsRepository repo(f.temp.db());
    const auto stored = [&] { return repo.keepApart(f.cohort).value(); };
    const auto first = std::min(a, b);
    const auto second = std::max(a, b);

    CHECK(f.rooms->rules.addKeepApart(a, a, QStringLiteral("x")).contains(QStringLiteral("two different people")));
    CHECK(f.undo.count() == 0);
    CHECK(stored().empty());

    CHECK(f.rooms->rules.addKeepApart(a, b, QStringLiteral("  Flatmates  ")).isEmpty());
    CHECK(stored() == std::vector<storage::KeepApartPair>{{first, second, "Flatmates"}});
    CHECK(f.rooms->document.keepApartPairs() == stored());
    CHECK(rules.count() == 1);
    CHECK(f.rooms->rules.addKeepApart(b, a, QStringLiteral("Flatmates")).contains(QStringLiteral("already")));

    // A new reason for the same pair is its own step; undo brings the old reason back.
    CHECK(f.rooms->rules.addKeepApart(b, a, QStringLiteral("They asked")).isEmpty());
    CHECK(stored().front().reason == "They asked");
    f.undo.undo();
    CHECK(stored().front().reason == "Flatmates");
    f.undo.undo();
    CHECK(stored().empty());
    CHECK(f.rooms->document.keepApartPairs().empty());
    f.undo.redo();
    f.undo.redo();
    CHECK(stored().front().reason == "They asked");

    f.rooms->rules.removeKeepApart(a, b);
    CHECK(stored().empty());
    f.undo.undo();
    CHECK(stored() == std::vector<storage::KeepApartPair>{{first, second, "They asked"}});
    CHECK(f.undo.undoText() == QStringLiteral("Change why %1 and %2 are kept apart").arg(members[2].second, members[3].second));
    CHECK(f.failures->isEmpty());
}

TEST_CASE("Rooms: a pair kept apart in the app is never planned into one room")
{
    Fixture f;
    REQUIRE(f.plan());
    // Two people the plan seats together, so the pair really changes the plan.
    const core::RoomRound round = f.rooms->document.rounds().front();
    const auto together = round.groups().front();
    REQUIRE(together.size() >= 2);
    f.undo.undo();
    REQUIRE(f.rooms->rules.addKeepApart(together[0], together[1], QStringLiteral("Partners")).isEmpty());
    REQUIRE(f.plan());
    for (const auto &r : f.rooms->document.rounds())
        CHECK(r.roomOf(together[0]) != r.roomOf(together[1]));
    CHECK(f.failures->isEmpty());
}

TEST_CASE("Rooms: hosts left out of the rooms are planned into none, and the choice survives reopening")
{
    Fixture f;
    QSignalSpy rules(&f.rooms->document, &RoomsDocument::rulesChanged);
    const auto hosts = hostsOf(f.temp.db(), f.cohort);
    REQUIRE(hosts.size() == 2);
    CHECK(f.rooms->document.hostsInRooms() == storage::HostsInRooms::KeptApart);
    f.rooms->rules.setHostsInRooms(storage::HostsInRooms::LeftOut);
    CHECK(rules.count() == 1);
    CHECK(storage::RoomsRepository(f.temp.db()).hostsInRooms(f.cohort).value() == storage::HostsInRooms::LeftOut);
    REQUIRE(f.plan());
    for (const auto &r : f.rooms->document.rounds())
        for (const auto host : hosts)
            CHECK(r.roomOf(host) == 0);
    f.undo.undo();                                           // the plan
    f.undo.undo();                                           // the choice
    CHECK(f.rooms->document.hostsInRooms() == storage::HostsInRooms::KeptApart);
    CHECK(storage::RoomsRepository(f.temp.db()).hostsInRooms(f.cohort).value() == storage::HostsInRooms::KeptApart);
    f.undo.redo();
    REQUIRE(f.rooms->rules
                .addKeepApart(f.rooms->document.members()[5].first, f.rooms->document.members()[6].first, QString())
                .isEmpty());

    f.reopen();
    CHECK(f.rooms->document.hostsInRooms() == storage::HostsInRooms::LeftOut);
    REQUIRE(f.rooms->document.keepApartPairs().size() == 1);
    CHECK(f.rooms->document.keepApartPairs().front().reason.empty());
    CHECK(f.failures->isEmpty());
}
