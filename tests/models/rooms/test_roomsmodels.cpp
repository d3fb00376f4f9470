// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/attendancemodel.h"
#include "models/rooms/encountermapmodel.h"
#include "models/rooms/roomhandoverexporter.h"
#include "models/rooms/roomroundmodel.h"
#include "models/rooms/roomsdocument.h"
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

// The demo cohort (calls 1 and 2 recorded) with a session on its third call.
struct Fixture
{
    tests::TempDatabase temp;
    tests::FakeClock clock;
    QUndoStack undo;
    core::CohortId cohort = 0;
    std::unique_ptr<RoomsDocument> session;
    std::unique_ptr<models::RoomHandoverExporter> handover;
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
        session = std::make_unique<RoomsDocument>(temp.db(), &undo, clock);
        handover = std::make_unique<models::RoomHandoverExporter>(*session);
        core::ScheduleOptions options;
        options.iterationLimit = 20000;
        session->setScheduleOptions(options);
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        attendanceTester = std::make_unique<QAbstractItemModelTester>(session->attendance(), Mode::Fatal);
        roomsTester = std::make_unique<QAbstractItemModelTester>(session->rooms(), Mode::Fatal);
        mapTester = std::make_unique<QAbstractItemModelTester>(session->encounters(), Mode::Fatal);
        failures = std::make_unique<QSignalSpy>(session.get(), &RoomsDocument::storageFailed);
        session->setCohort(cohort);
        session->setCall(kCall);
    }

    void reopen()
    {
        undo.clear();
        failures.reset();
        mapTester.reset();
        roomsTester.reset();
        attendanceTester.reset();
        handover.reset();
        session.reset();
        temp.reopen();
        open();
    }

    // Plans the call and waits for the worker thread to finish.
    bool plan(bool rest = false)
    {
        QSignalSpy finished(session.get(), &RoomsDocument::planningFinished);
        rest ? session->replanRest() : session->plan();
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
        const core::RoomRound &round = session->rounds().front();
        const auto *map = session->encounters();
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
    AttendanceModel *model = f.session->attendance();
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

TEST_CASE("Rooms: planning a call saves every round and undo restores the plan before it")
{
    Fixture f;
    REQUIRE(f.session->rounds().empty());
    f.session->attendance()->setStatus(0, AttendanceStatus::Absent);
    REQUIRE(f.plan());
    CHECK_FALSE(f.session->busy());
    const auto planned = f.session->rounds();
    REQUIRE_FALSE(planned.empty());
    CHECK(f.stored() == planned);
    const core::PersonId absent = f.session->attendance()->mark(0).person;
    for (const auto &round : planned)
        CHECK(round.roomOf(absent) == 0);
    CHECK(f.session->summaryText().startsWith(QStringLiteral("New encounters: ")));
    CHECK(f.session->summaryText().contains(QStringLiteral("Unavoidable: ")));
    CHECK(f.session->rooms()->rowCount() == static_cast<int>(planned.front().rooms.size()));

    f.undo.undo();                                           // the plan
    CHECK(f.stored().empty());
    CHECK(f.session->rounds().empty());
    CHECK(f.session->rooms()->rowCount() == 0);
    f.undo.redo();
    CHECK(f.stored() == planned);
    CHECK(f.failures->isEmpty());
}

TEST_CASE("Rooms: a move and a swap are undone and redone exactly")
{
    Fixture f;
    REQUIRE(f.plan());
    const core::RoomRound before = f.session->rounds().front();
    REQUIRE(before.rooms.size() >= 2);
    const core::PersonId mover = before.rooms[0].seats[0].person;

    f.session->moveToRoom(before.number, mover, 2);
    const core::RoomRound moved = f.stored().front();
    CHECK(moved.roomOf(mover) != 1);
    CHECK(f.session->rooms()->indexOf(mover).parent().row() == moved.roomOf(mover) - 1);

    const core::PersonId a = moved.rooms[0].seats[0].person;
    const core::PersonId b = moved.rooms[1].seats[0].person;
    f.session->swapSeats(before.number, a, b);
    const core::RoomRound swapped = f.stored().front();
    CHECK(swapped.roomOf(a) == moved.roomOf(b));
    CHECK(swapped.roomOf(b) == moved.roomOf(a));

    f.undo.undo();
    CHECK(f.stored().front() == moved);
    f.undo.undo();
    CHECK(f.stored().front() == before);
    CHECK(f.session->rounds().front() == before);
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
    RoomRoundModel *model = f.session->rooms();
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
    f.session->moveToRoom(f.session->shownRound(), person, room);
    RoomRoundModel *model = f.session->rooms();
    const QModelIndex flag = model->indexOf(person, RoomRoundModel::ConflictColumn);
    CHECK(model->data(flag).toString().startsWith(QStringLiteral("Repeat: met ")));
    CHECK_FALSE(model->data(flag, Qt::DecorationRole).isNull());
    CHECK(model->data(flag, RoomRoundModel::HasConflictRole).toBool());
    const QModelIndex roomRow = model->index(model->round().roomOf(person) - 1, RoomRoundModel::ConflictColumn);
    CHECK(model->data(roomRow).toString().startsWith(QStringLiteral("Conflicts: ")));
    CHECK(f.session->counts().repeats >= 1);
}

TEST_CASE("Rooms: a plan changed by hand no longer claims to be the best found")
{
    Fixture f;
    REQUIRE(f.plan());
    const auto [person, room] = f.repeatMove();
    REQUIRE(person != 0);
    f.session->moveToRoom(f.session->shownRound(), person, room);
    const auto counts = f.session->counts();
    REQUIRE(counts.unavoidable.has_value());
    REQUIRE(counts.repeats > *counts.unavoidable);
    const QString summary = f.session->summaryText();
    CHECK(summary.contains(QStringLiteral("fewer repeats may be possible")));
    CHECK_FALSE(summary.contains(QStringLiteral("best found")));
    CHECK_FALSE(summary.contains(QStringLiteral("no plan can have fewer")));
}

TEST_CASE("Rooms: a recorded round becomes encounter history and cannot be edited")
{
    Fixture f;
    REQUIRE(f.plan());
    const double shareBefore = f.session->encounters()->shareMet();
    const core::RoomRound first = f.session->rounds().front();
    REQUIRE(f.session->recordRound(first.number));
    CHECK(f.session->rounds().front().recorded());
    CHECK(f.session->encounters()->shareMet() > shareBefore);
    CHECK(f.undo.count() == 1);                              // recording is not undoable

    const core::PersonId person = first.rooms[0].seats[0].person;
    f.session->moveToRoom(first.number, person, 2);
    CHECK(f.failures->size() == 1);
    CHECK(f.stored().front().roomOf(person) == 1);

    // Call 3 has one breakout round: once it is recorded nothing is left to plan, and it stays as it was run.
    CHECK_FALSE(f.plan(true));
    CHECK(f.stored().front().rooms == first.rooms);
    CHECK(f.stored().front().recorded());
    CHECK(f.session->summaryText() == QStringLiteral("Every round of this call is recorded."));
}

TEST_CASE("Rooms: attendance, plans and hand edits survive reopening the database")
{
    Fixture f;
    f.session->attendance()->setStatus(1, AttendanceStatus::Late);
    REQUIRE(f.plan());
    const core::RoomRound round = f.session->rounds().front();
    f.session->moveToRoom(round.number, round.rooms[0].seats[0].person, 2);
    const auto rounds = f.session->rounds();

    f.reopen();
    CHECK(f.session->attendance()->mark(1).status == AttendanceStatus::Late);
    CHECK(f.session->attendance()->mark(1).arrivedAt == "18:00");
    CHECK(f.session->rounds() == rounds);
    CHECK(f.session->rooms()->rowCount() == static_cast<int>(rounds.front().rooms.size()));
}

TEST_CASE("Rooms: the encounter map shows the demo's recorded calls")
{
    Fixture f;
    const auto *map = f.session->encounters();
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
    QSignalSpy finished(f.session.get(), &RoomsDocument::planningFinished);
    QSignalSpy busy(f.session.get(), &RoomsDocument::busyChanged);
    f.session->plan();
    CHECK(f.session->busy());
    f.session->cancelPlanning();
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
    const int round = f.session->shownRound();
    const QString chat = f.handover->chatText(round);
    CHECK(chat.contains(QStringLiteral("Room 1")));
    CHECK(f.handover->coHostList(round).contains(QStringLiteral("Room 1")));
    const QString path = f.temp.dir() + QStringLiteral("/rooms.csv");
    REQUIRE(f.handover->saveZoomCsv(round, path));
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
    const core::RoomRound &round = f.session->rounds().front();
    REQUIRE(round.roomOf(hosts[0]) != round.roomOf(hosts[1]));
    f.session->moveToRoom(round.number, hosts[0], round.roomOf(hosts[1]));
    const QString flag = f.session->rooms()->conflictText(hosts[0]);
    CHECK(flag.contains(QStringLiteral("Kept apart from ")));
    CHECK(f.session->rooms()->conflictText(hosts[1]).contains(QStringLiteral("Kept apart from ")));
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
    QSignalSpy rules(f.session.get(), &RoomsDocument::rulesChanged);
    const auto &members = f.session->members();
    REQUIRE(members.size() > 4);
    const core::PersonId a = members[3].first;
    const core::PersonId b = members[2].first;
    const storage::RoomsRepository repo(f.temp.db());
    const auto stored = [&] { return repo.keepApart(f.cohort).value(); };
    const auto first = std::min(a, b);
    const auto second = std::max(a, b);

    CHECK(f.session->addKeepApart(a, a, QStringLiteral("x")).contains(QStringLiteral("two different people")));
    CHECK(f.undo.count() == 0);
    CHECK(stored().empty());

    CHECK(f.session->addKeepApart(a, b, QStringLiteral("  Flatmates  ")).isEmpty());
    CHECK(stored() == std::vector<storage::KeepApartPair>{{first, second, "Flatmates"}});
    CHECK(f.session->keepApartPairs() == stored());
    CHECK(rules.count() == 1);
    CHECK(f.session->addKeepApart(b, a, QStringLiteral("Flatmates")).contains(QStringLiteral("already")));

    // A new reason for the same pair is its own step; undo brings the old reason back.
    CHECK(f.session->addKeepApart(b, a, QStringLiteral("They asked")).isEmpty());
    CHECK(stored().front().reason == "They asked");
    f.undo.undo();
    CHECK(stored().front().reason == "Flatmates");
    f.undo.undo();
    CHECK(stored().empty());
    CHECK(f.session->keepApartPairs().empty());
    f.undo.redo();
    f.undo.redo();
    CHECK(stored().front().reason == "They asked");

    f.session->removeKeepApart(a, b);
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
    const core::RoomRound round = f.session->rounds().front();
    const auto together = round.groups().front();
    REQUIRE(together.size() >= 2);
    f.undo.undo();
    REQUIRE(f.session->addKeepApart(together[0], together[1], QStringLiteral("Partners")).isEmpty());
    REQUIRE(f.plan());
    for (const auto &r : f.session->rounds())
        CHECK(r.roomOf(together[0]) != r.roomOf(together[1]));
    CHECK(f.failures->isEmpty());
}

TEST_CASE("Rooms: hosts left out of the rooms are planned into none, and the choice survives reopening")
{
    Fixture f;
    QSignalSpy rules(f.session.get(), &RoomsDocument::rulesChanged);
    const auto hosts = hostsOf(f.temp.db(), f.cohort);
    REQUIRE(hosts.size() == 2);
    CHECK(f.session->hostsInRooms() == storage::HostsInRooms::KeptApart);
    f.session->setHostsInRooms(storage::HostsInRooms::LeftOut);
    CHECK(rules.count() == 1);
    CHECK(storage::RoomsRepository(f.temp.db()).hostsInRooms(f.cohort).value() == storage::HostsInRooms::LeftOut);
    REQUIRE(f.plan());
    for (const auto &r : f.session->rounds())
        for (const auto host : hosts)
            CHECK(r.roomOf(host) == 0);
    f.undo.undo();                                           // the plan
    f.undo.undo();                                           // the choice
    CHECK(f.session->hostsInRooms() == storage::HostsInRooms::KeptApart);
    CHECK(storage::RoomsRepository(f.temp.db()).hostsInRooms(f.cohort).value() == storage::HostsInRooms::KeptApart);
    f.undo.redo();
    REQUIRE(f.session->addKeepApart(f.session->members()[5].first, f.session->members()[6].first, QString()).isEmpty());

    f.reopen();
    CHECK(f.session->hostsInRooms() == storage::HostsInRooms::LeftOut);
    REQUIRE(f.session->keepApartPairs().size() == 1);
    CHECK(f.session->keepApartPairs().front().reason.empty());
    CHECK(f.failures->isEmpty());
}
