// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/rooms/encountermap.h"
#include "storage/demo/demoseeder.h"
#include "storage/program/programrepository.h"
#include "storage/rooms/roomplanstore.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>

using namespace convener;
using storage::RoomPlanStore;
using storage::RoomsRepository;

namespace {

struct Cohort
{
    core::CohortId id = 0;
    std::vector<core::Member> members;            // hosts first, then participants

    core::PersonId at(size_t i) const { return members.at(i).person.id; }
};

// A cohort following the practice program: two hosts and `participants` people.
Cohort makeCohort(storage::Database &db, int participants, const std::string &name = "Rooms cohort")
{
    storage::RosterRepository roster(db);
    core::Cohort c;
    c.name = name;
    c.startDate = "2026-03-03";
    c.weekday = 2;
    c.startTime = "18:00";
    c.timeZone = "Europe/Lisbon";
    Cohort out;
    out.id = roster.createCohort(c).value();
    std::vector<core::Member> members;
    for (int i = 0; i < participants + 2; ++i) {
        core::Member m;
        m.person.displayName = "Person " + std::to_string(100 + i);
        m.person.email = "p" + std::to_string(i) + "@example.org";
        m.role = i == 0 ? core::Role::Host : i == 1 ? core::Role::CoHost : core::Role::Participant;
        members.push_back(m);
    }
    out.members = roster.addMembers(out.id, members).value();
    REQUIRE(storage::ProgramRepository(db).followBuiltinProgram(out.id, "practice-program"));
    return out;
}

core::ScheduleOptions deterministic(std::uint64_t seed = 2)
{
    core::ScheduleOptions options;
    options.seed = seed;
    options.iterationLimit = 3000;
    options.timeLimit = std::chrono::minutes(10);
    return options;
}

bool together(const core::RoomRound &round, core::PersonId a, core::PersonId b)
{
    const int room = round.roomOf(a);
    return room != 0 && room == round.roomOf(b);
}

} // namespace

TEST_CASE("Rooms storage: attendance defaults to present and survives reopening")
{
    tests::TempDatabase temp;
    const Cohort c = makeCohort(temp.db(), 6);
    RoomsRepository rooms(temp.db());
    const auto before = rooms.attendance(c.id, 1);
    REQUIRE(before);
    REQUIRE(before.value().size() == 8);
    CHECK(std::all_of(before.value().begin(), before.value().end(),
                      [](const core::AttendanceMark &m) { return m.status == core::AttendanceStatus::Present; }));
    REQUIRE(rooms.setAttendance(c.id, 1, {{c.at(2), core::AttendanceStatus::Absent, "ignored"},
                                          {c.at(3), core::AttendanceStatus::Late, "18:25"}}));
    REQUIRE(rooms.setAttendance(c.id, 2, {{c.at(2), core::AttendanceStatus::Present, ""}}));
    temp.reopen();
    RoomsRepository again(temp.db());
    std::map<core::PersonId, core::AttendanceMark> marks;
    for (const auto &m : again.attendance(c.id, 1).value())
        marks[m.person] = m;
    CHECK(marks.at(c.at(2)).status == core::AttendanceStatus::Absent);
    CHECK(marks.at(c.at(2)).arrivedAt.empty());
    CHECK(marks.at(c.at(3)).status == core::AttendanceStatus::Late);
    CHECK(marks.at(c.at(3)).arrivedAt == "18:25");
    CHECK(marks.at(c.at(4)).status == core::AttendanceStatus::Present);
    CHECK(again.attendance(c.id, 2).value().size() == 8);
}

TEST_CASE("Rooms storage: bad attendance is refused whole with a message")
{
    tests::TempDatabase temp;
    const Cohort c = makeCohort(temp.db(), 4);
    const Cohort other = makeCohort(temp.db(), 2, "Other");
    RoomsRepository rooms(temp.db());
    const auto noCall = rooms.setAttendance(c.id, 9, {{c.at(2), core::AttendanceStatus::Absent, ""}});
    REQUIRE_FALSE(noCall);
    CHECK(noCall.error().problem == storage::Problem::NoSuchCall);
    CHECK(noCall.error().call == 9);
    const auto stranger = rooms.setAttendance(c.id, 1, {{c.at(2), core::AttendanceStatus::Absent, ""},
                                                        {other.at(2), core::AttendanceStatus::Absent, ""}});
    REQUIRE_FALSE(stranger);
    CHECK(stranger.error().problem == storage::Problem::AttendanceOfStranger);
    CHECK(stranger.error().id == other.at(2));
    const auto time = rooms.setAttendance(c.id, 1, {{c.at(2), core::AttendanceStatus::Late, "half past six"}});
    REQUIRE_FALSE(time);
    CHECK(time.error().problem == storage::Problem::BadArrivalTime);
    CHECK(time.error().name == QStringLiteral("half past six"));
    for (const auto &m : rooms.attendance(c.id, 1).value())
        CHECK(m.status == core::AttendanceStatus::Present);
}

TEST_CASE("Rooms storage: a plan, hand edits, roles and a recorded round survive reopening")
{
    tests::TempDatabase temp;
    const Cohort c = makeCohort(temp.db(), 10);
    RoomPlanStore planner(temp.db());
    const auto planned = planner.planAndSave(c.id, 2, RoomPlanStore::Mode::Fresh, deterministic());
    REQUIRE(planned);
    RoomsRepository rooms(temp.db());
    auto stored = rooms.rounds(c.id, 2).value();
    REQUIRE(stored == planned.value().rounds);
    REQUIRE(stored.size() == 2);

    // Troika (round 2): swap two people of different trios, move one to a new room.
    const core::RoomRound troika = stored[1];
    const core::PersonId a = troika.rooms[0].seats[0].person;
    const core::PersonId b = troika.rooms[1].seats[2].person;
    REQUIRE(rooms.swapPeople(c.id, 2, 2, a, b));
    REQUIRE(rooms.setRole(c.id, 2, 1, stored[0].rooms[0].seats[1].person, "speaker", 1));
    REQUIRE(rooms.recordRound(c.id, 2, 1, "2026-03-10T18:30:00Z"));
    temp.reopen();
    RoomsRepository again(temp.db());
    const auto after = again.rounds(c.id, 2).value();
    REQUIRE(after.size() == 2);
    CHECK(after[0].recorded());
    CHECK(after[0].recordedAt == "2026-03-10T18:30:00Z");
    CHECK(after[0].rooms[0].seats[1].role == "speaker");
    CHECK(after[0].rooms[0].seats[1].roleRank == 1);
    CHECK(after[1].rooms[0].seats[0].person == b);
    CHECK(after[1].rooms[0].seats[0].roleRank == 1);
    CHECK(after[1].rooms[1].seats[2].person == a);
    CHECK_FALSE(after[1].recorded());
    // A whole-round hand edit (what an undoable drag stores): rooms in another order.
    core::RoomRound edited = after[1];
    std::reverse(edited.rooms.begin(), edited.rooms.end());
    REQUIRE(again.updateRound(c.id, 2, edited));
    temp.reopen();
    CHECK(RoomsRepository(temp.db()).round(c.id, 2, 2).value() == edited);
    CHECK_FALSE(RoomsRepository(temp.db()).updateRound(c.id, 2, after[0]));
    const auto history = RoomsRepository(temp.db()).recordedRounds(c.id).value();
    REQUIRE(history.size() == 1);
    CHECK(history[0].callNumber == 2);
    CHECK(history[0].round == after[0]);
}

TEST_CASE("Rooms storage: moving a person opens and closes rooms and keeps the turn order whole")
{
    tests::TempDatabase temp;
    const Cohort c = makeCohort(temp.db(), 7);
    REQUIRE(RoomPlanStore(temp.db()).planAndSave(c.id, 2, RoomPlanStore::Mode::Fresh, deterministic()));
    RoomsRepository rooms(temp.db());
    const core::RoomRound troika = rooms.round(c.id, 2, 2).value();
    const int count = static_cast<int>(troika.rooms.size());
    const core::PersonId mover = troika.rooms[0].seats[0].person;
    REQUIRE(rooms.movePerson(c.id, 2, 2, mover, count + 1));
    auto moved = rooms.round(c.id, 2, 2).value();
    CHECK(moved.roomOf(mover) == count + 1);
    for (size_t i = 0; i < moved.rooms[0].seats.size(); ++i)
        CHECK(moved.rooms[0].seats[i].roleRank == static_cast<int>(i) + 1);
    const core::PersonId partner = moved.rooms[1].seats[0].person;
    REQUIRE(rooms.movePerson(c.id, 2, 2, partner, count + 1));
    const auto bad = rooms.movePerson(c.id, 2, 2, partner, count + 5);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().problem == storage::Problem::NoSuchRoom);
    CHECK(bad.error().id == count + 5);
    CHECK(bad.error().count == count + 2);
    CHECK(bad.error().call == 2);
    CHECK(bad.error().round == 2);
    // Moving both back closes the extra room again.
    REQUIRE(rooms.movePerson(c.id, 2, 2, mover, 1));
    REQUIRE(rooms.movePerson(c.id, 2, 2, partner, 2));
    CHECK(static_cast<int>(rooms.round(c.id, 2, 2).value().rooms.size()) == count);
}

TEST_CASE("Rooms storage: a recorded round is history and rounds are recorded in order")
{
    tests::TempDatabase temp;
    const Cohort c = makeCohort(temp.db(), 8);
    REQUIRE(RoomPlanStore(temp.db()).planAndSave(c.id, 1, RoomPlanStore::Mode::Fresh, deterministic()));
    RoomsRepository rooms(temp.db());
    const auto early = rooms.recordRound(c.id, 1, 2, "2026-03-03T18:40:00Z");
    REQUIRE_FALSE(early);
    CHECK(early.error().problem == storage::Problem::EarlierRoundNotRecorded);
    CHECK(early.error().round == 1);
    CHECK(early.error().call == 1);
    REQUIRE(rooms.recordRound(c.id, 1, 1, "2026-03-03T18:20:00Z"));
    const auto twice = rooms.recordRound(c.id, 1, 1, "2026-03-03T18:21:00Z");
    REQUIRE_FALSE(twice);
    CHECK(twice.error().problem == storage::Problem::RoundAlreadyRecorded);
    CHECK(twice.error().round == 1);
    const auto range = rooms.recordRound(c.id, 1, 9, "2026-03-03T18:21:00Z");
    REQUIRE_FALSE(range);
    CHECK(range.error().problem == storage::Problem::NoSuchRound);
    CHECK(range.error().round == 9);
    CHECK(range.error().count == static_cast<int>(rooms.rounds(c.id, 1).value().size()));
    const core::RoomRound ran = rooms.round(c.id, 1, 1).value();
    const auto edit = rooms.swapPeople(c.id, 1, 1, ran.rooms[0].seats[0].person, ran.rooms[1].seats[0].person);
    REQUIRE_FALSE(edit);
    CHECK(edit.error().problem == storage::Problem::RoundIsHistory);
    CHECK(edit.error().round == 1);
    // Re-planning the rest keeps the recorded round exactly.
    REQUIRE(RoomPlanStore(temp.db()).planAndSave(c.id, 1, RoomPlanStore::Mode::StayClose, deterministic()));
    CHECK(rooms.round(c.id, 1, 1).value() == ran);
    REQUIRE(rooms.deletePlannedRounds(c.id, 1));
    const auto left = rooms.rounds(c.id, 1).value();
    REQUIRE(left.size() == 1);
    CHECK(left[0] == ran);
}

TEST_CASE("Rooms storage: a plan never references a person removed from the cohort")
{
    tests::TempDatabase temp;
    const Cohort c = makeCohort(temp.db(), 10);
    const Cohort other = makeCohort(temp.db(), 2, "Other");
    REQUIRE(RoomPlanStore(temp.db()).planAndSave(c.id, 1, RoomPlanStore::Mode::Fresh, deterministic()));
    RoomsRepository rooms(temp.db());
    REQUIRE(rooms.recordRound(c.id, 1, 1, "2026-03-03T18:20:00Z"));
    const core::PersonId leaving = c.at(5);
    REQUIRE(storage::RosterRepository(temp.db()).removeMembers(c.id, {leaving}));
    const auto after = rooms.rounds(c.id, 1).value();
    CHECK(after[0].roomOf(leaving) != 0);                    // history keeps them
    for (size_t r = 1; r < after.size(); ++r)
        CHECK(after[r].roomOf(leaving) == 0);
    const auto replanned = RoomPlanStore(temp.db()).planAndSave(c.id, 1, RoomPlanStore::Mode::StayClose, deterministic());
    REQUIRE(replanned);
    for (size_t r = 1; r < replanned.value().rounds.size(); ++r)
        CHECK(replanned.value().rounds[r].roomOf(leaving) == 0);
    // A plan naming someone from outside the cohort is refused whole.
    auto foreign = rooms.rounds(c.id, 1).value();
    foreign[1].rooms[0].seats[0].person = other.at(3);
    const auto refused = rooms.savePlan(c.id, 1, foreign);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().problem == storage::Problem::SeatedStranger);
    CHECK(refused.error().id == other.at(3));
    CHECK(refused.error().round == 2);
    CHECK(refused.error().table == storage::Table::BreakoutRounds);
    CHECK(rooms.rounds(c.id, 1).value() == replanned.value().rounds);
}

TEST_CASE("Rooms storage: hosts are kept apart by default and can be left out of rooms")
{
    tests::TempDatabase temp;
    const Cohort c = makeCohort(temp.db(), 8);
    RoomsRepository rooms(temp.db());
    CHECK(rooms.hostsInRooms(c.id).value() == storage::HostsInRooms::KeptApart);
    RoomPlanStore planner(temp.db());
    const auto apart = planner.planAndSave(c.id, 1, RoomPlanStore::Mode::Fresh, deterministic());
    REQUIRE(apart);
    for (const auto &round : apart.value().rounds) {
        CHECK(round.roomOf(c.at(0)) != 0);
        CHECK_FALSE(together(round, c.at(0), c.at(1)));
    }
    REQUIRE(rooms.setHostsInRooms(c.id, storage::HostsInRooms::LeftOut));
    temp.reopen();
    CHECK(RoomsRepository(temp.db()).hostsInRooms(c.id).value() == storage::HostsInRooms::LeftOut);
    const auto out = RoomPlanStore(temp.db()).planAndSave(c.id, 1, RoomPlanStore::Mode::Fresh, deterministic());
    REQUIRE(out);
    for (const auto &round : out.value().rounds) {
        CHECK(round.roomOf(c.at(0)) == 0);
        CHECK(round.roomOf(c.at(1)) == 0);
        CHECK(round.people().size() == 8);
    }
}

TEST_CASE("Rooms storage: keep-apart pairs are stored and honoured")
{
    tests::TempDatabase temp;
    const Cohort c = makeCohort(temp.db(), 8);
    RoomsRepository rooms(temp.db());
    REQUIRE(rooms.addKeepApart(c.id, c.at(5), c.at(2), "siblings"));
    REQUIRE(rooms.addKeepApart(c.id, c.at(3), c.at(4), ""));
    const auto themselves = rooms.addKeepApart(c.id, c.at(3), c.at(3), "");
    REQUIRE_FALSE(themselves);
    CHECK(themselves.error().problem == storage::Problem::KeptApartFromThemselves);
    const auto pairs = rooms.keepApart(c.id).value();
    REQUIRE(pairs.size() == 2);
    CHECK(pairs[0] == storage::KeepApartPair{c.at(2), c.at(5), "siblings"});
    const auto planned = RoomPlanStore(temp.db()).planAndSave(c.id, 1, RoomPlanStore::Mode::Fresh, deterministic());
    REQUIRE(planned);
    for (const auto &round : planned.value().rounds) {
        CHECK_FALSE(together(round, c.at(2), c.at(5)));
        CHECK_FALSE(together(round, c.at(3), c.at(4)));
    }
    REQUIRE(rooms.removeKeepApart(c.id, c.at(4), c.at(3)));
    CHECK(rooms.keepApart(c.id).value().size() == 1);
}

TEST_CASE("Rooms storage: a late joiner is planned into the rounds after they arrive")
{
    tests::TempDatabase temp;
    const Cohort c = makeCohort(temp.db(), 9);
    RoomsRepository rooms(temp.db());
    const auto request = RoomPlanStore(temp.db()).request(c.id, 1).value();
    REQUIRE(request.rounds.size() == 4);
    const int second = *request.rounds[1].startMinute;
    char arrived[16];
    std::snprintf(arrived, sizeof arrived, "%02d:%02d", (second - 1) / 60, (second - 1) % 60);
    REQUIRE(rooms.setAttendance(c.id, 1, {{c.at(4), core::AttendanceStatus::Late, arrived},
                                          {c.at(5), core::AttendanceStatus::Absent, ""}}));
    const auto planned = RoomPlanStore(temp.db()).planAndSave(c.id, 1, RoomPlanStore::Mode::Fresh, deterministic());
    REQUIRE(planned);
    const auto &rounds = planned.value().rounds;
    CHECK(rounds[0].roomOf(c.at(4)) == 0);
    for (size_t r = 1; r < rounds.size(); ++r)
        CHECK(rounds[r].roomOf(c.at(4)) != 0);
    for (const auto &round : rounds)
        CHECK(round.roomOf(c.at(5)) == 0);
}

TEST_CASE("Rooms storage: a call without breakout steps gets a clear message")
{
    tests::TempDatabase temp;
    const Cohort c = makeCohort(temp.db(), 6);
    storage::ProgramRepository programs(temp.db());
    auto call = programs.call(c.id, 4).value();
    for (auto &step : call.call.steps)
        step.breakout = false;
    REQUIRE(programs.saveCall(call));
    const auto refused = RoomPlanStore(temp.db()).planAndSave(c.id, 4, RoomPlanStore::Mode::Fresh, deterministic());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().problem == storage::Problem::NoBreakoutSteps);
    CHECK(refused.error().call == 4);
    const auto noCall = RoomPlanStore(temp.db()).planAndSave(c.id, 7, RoomPlanStore::Mode::Fresh, deterministic());
    REQUIRE_FALSE(noCall);
    CHECK(noCall.error().problem == storage::Problem::NoSuchCall);
    CHECK(noCall.error().call == 7);
    CHECK(RoomsRepository(temp.db()).rounds(c.id, 4).value().empty());
}

TEST_CASE("Rooms storage: the database's recorded history drives the next call, at the minimum of repeats")
{
    tests::TempDatabase temp;
    const Cohort c = makeCohort(temp.db(), 24);
    RoomsRepository rooms(temp.db());
    REQUIRE(rooms.setHostsInRooms(c.id, storage::HostsInRooms::LeftOut));
    // Participants are members 2..25; a few are away each week.
    const std::map<int, std::vector<size_t>> away{{1, {4, 18}}, {2, {9}}, {3, {2, 13, 21}}, {4, {18, 23}}};
    size_t recordedBefore = 0;
    for (int call = 1; call <= 4; ++call) {
        INFO("call " << call);
        std::vector<core::AttendanceMark> marks;
        for (const size_t i : away.at(call))
            marks.push_back({c.at(i), core::AttendanceStatus::Absent, ""});
        REQUIRE(rooms.setAttendance(c.id, call, marks));
        RoomPlanStore planner(temp.db());
        const auto request = planner.request(c.id, call).value();
        CHECK(request.history.size() == recordedBefore);
        const auto planned = planner.planAndSave(c.id, call, RoomPlanStore::Mode::Fresh, deterministic());
        REQUIRE(planned);
        const auto &summary = planned.value().summary;
        CHECK(summary.repeats == summary.unavoidable);
        for (const auto &round : planned.value().rounds) {
            REQUIRE(rooms.recordRound(c.id, call, round.number, "2026-03-03T18:30:00Z"));
            ++recordedBefore;
        }
    }
    std::vector<core::EncounterMap::Groups> groups;
    for (const auto &r : rooms.recordedRounds(c.id).value())
        groups.push_back(r.round.groups());
    std::vector<core::PersonId> participants;
    for (size_t i = 2; i < c.members.size(); ++i)
        participants.push_back(c.at(i));
    CHECK(core::EncounterMap(participants, groups).shareMet() > 0.5);
}

TEST_CASE("Rooms storage: the demo cohort has attendance and recorded rounds for its first two calls")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    const auto seeded = storage::DemoSeeder(roster).seed();
    REQUIRE(seeded);
    RoomsRepository rooms(temp.db());
    const auto history = rooms.recordedRounds(seeded.value().cohort).value();
    std::set<int> calls;
    for (const auto &r : history)
        calls.insert(r.callNumber);
    CHECK(calls == std::set<int>{1, 2});
    CHECK(history.size() == 6);
    int absent = 0;
    for (const auto &m : rooms.attendance(seeded.value().cohort, 2).value())
        absent += m.status == core::AttendanceStatus::Absent ? 1 : 0;
    CHECK(absent == 3);
    // The next call plans from that history.
    const auto request = storage::RoomPlanStore(temp.db()).request(seeded.value().cohort, 3).value();
    CHECK(request.history.size() == 6);
}
