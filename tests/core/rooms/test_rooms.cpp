// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/rooms/breakoutround.h"
#include "core/program/builtinlibrary.h"
#include "core/rooms/encountermap.h"
#include "core/rooms/roomconflicts.h"
#include "core/rooms/roomplanner.h"
#include "core/rooms/roomroles.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

using namespace convener::core;

namespace {

Program practiceProgram()
{
    return std::get<Program>(BuiltinLibrary::load("practice-program").document->content);
}

std::vector<PersonId> cohortOf(int n)
{
    std::vector<PersonId> ids;
    for (int i = 0; i < n; ++i)
        ids.push_back(101 + i);
    return ids;
}

// Every round seats exactly the people expected, each once.
void requireSeated(const RoomRound &round, std::set<PersonId> expected)
{
    std::set<PersonId> seated;
    for (const auto &room : round.rooms) {
        REQUIRE(room.seats.size() >= 2);
        for (const auto &seat : room.seats)
            REQUIRE(seated.insert(seat.person).second);
    }
    REQUIRE(seated == expected);
}

bool together(const RoomRound &round, PersonId a, PersonId b)
{
    const int room = round.roomOf(a);
    return room != 0 && room == round.roomOf(b);
}

BreakoutRound breakoutStep(int number, const std::string &id, const std::string &title, int groupSize)
{
    BreakoutRound round;
    round.number = number;
    round.stepId = id;
    round.stepTitle = title;
    round.groupSize = groupSize;
    return round;
}

ScheduleOptions quickOptions()
{
    ScheduleOptions options;
    options.seed = 3;
    options.timeLimit = std::chrono::seconds(20);
    return options;
}

} // namespace

TEST_CASE("Rooms: every breakout step of a call is one round with its group size")
{
    const Program program = practiceProgram();
    const auto call1 = breakoutRounds(program.calls.at(0));
    REQUIRE(call1.size() == 4);
    CHECK(call1[0].groupSize == 2);
    CHECK(call1[0].number == 1);
    CHECK(call1[3].number == 4);
    const auto call2 = breakoutRounds(program.calls.at(1));
    REQUIRE(call2.size() == 2);
    CHECK(call2[0].groupSize == 4);
    CHECK(call2[1].groupSize == 3);
    CHECK(call2[1].rotation.role == "client");
    const auto call3 = breakoutRounds(program.calls.at(2));
    REQUIRE(call3.size() == 1);
    CHECK(call3[0].groupSize == 6);
}

namespace {

struct CallResult
{
    int repeats = 0;
    int unavoidable = 0;
};

// The practice program's four calls for a cohort of 24 with a few people away
// each week and one late joiner, each call planned from the rounds before it.
std::vector<CallResult> runPracticeProgram(std::uint64_t seed, std::vector<std::vector<std::vector<PersonId>>> &history)
{
    const Program program = practiceProgram();
    const auto everyone = cohortOf(24);
    const std::map<int, std::vector<PersonId>> absent{{1, {103, 117}}, {2, {108}}, {3, {101, 112, 120}}, {4, {117, 122}}};
    ScheduleOptions options;
    options.seed = seed;
    // The iteration limit ends a search that misses the bound, so the test is the same on every machine.
    options.iterationLimit = 3000;
    options.timeLimit = std::chrono::minutes(10);
    const RoomPlanner planner(options);
    RoleHistory roles;
    std::vector<CallResult> results;
    for (int call = 1; call <= 4; ++call) {
        RoomPlanRequest request;
        request.rounds = breakoutRounds(program.calls.at(static_cast<size_t>(call - 1)));
        std::set<PersonId> here;
        for (const PersonId p : everyone) {
            const auto &away = absent.at(call);
            if (std::find(away.begin(), away.end(), p) == away.end()) {
                request.people.push_back(p);
                here.insert(p);
            }
        }
        if (call == 2)
            request.joinsAt[124] = 2;
        request.history = history;
        request.roles = roles;
        const RoomPlanOutcome outcome = planner.plan(request);
        INFO("call " << call);
        REQUIRE(outcome.ok());
        REQUIRE(outcome.rounds.size() == request.rounds.size());
        for (const auto &round : outcome.rounds) {
            std::set<PersonId> expected = here;
            if (call == 2 && round.number == 1)
                expected.erase(124);
            requireSeated(round, expected);
            // Rooms fit the step's roles: Case Clinic groups of five or six, sharing groups of three or four.
            for (const auto &room : round.rooms) {
                const auto &step = request.rounds.at(static_cast<size_t>(round.number - 1));
                if (step.maxGroupSize && step.stepId != "troika")
                    CHECK(static_cast<int>(room.seats.size()) <= *step.maxGroupSize);
            }
            history.push_back(round.groups());
            roles.addRound(round);
        }
        results.push_back({outcome.summary.repeats, outcome.summary.unavoidable});
    }
    return results;
}

} // namespace

TEST_CASE("Rooms: a cohort of 24 over four calls reaches the unavoidable minimum in every call")
{
    std::vector<std::vector<std::vector<PersonId>>> history;
    const auto results = runPracticeProgram(2, history);
    for (size_t call = 0; call < results.size(); ++call) {
        INFO("call " << call + 1);
        CHECK(results[call].repeats == results[call].unavoidable);
    }
    // The whole program: more than half of all pairs have met.
    const EncounterMap map(cohortOf(24), history);
    CHECK(map.shareMet() > 0.5);
}

TEST_CASE("Rooms: with other seeds every call still ends at its proven minimum")
{
    // After two weeks of mixing, groups of five or six may have to seat a pair
    // who met before although the scheduler's bound (what must repeat) says
    // none; for a call with one round the planner proves the true minimum.
    for (const std::uint64_t seed : {1, 3, 5}) {
        std::vector<std::vector<std::vector<PersonId>>> history;
        const auto results = runPracticeProgram(seed, history);
        for (size_t call = 0; call < results.size(); ++call) {
            INFO("seed " << seed << ", call " << call + 1);
            CHECK(results[call].repeats == results[call].unavoidable);
        }
    }
}

TEST_CASE("Rooms: the minimum of a last round is proven by exhaustive search")
{
    // Six people who have all met in pairs 1-2, 3-4, 5-6, 1-3, 2-4 and 1-5,
    // 2-6 split into two trios: the bound counts nothing, but every split into
    // trios seats a pair who met.
    RoomPlanRequest request;
    request.rounds = {breakoutStep(1, "trios", "Trios", 3)};
    request.people = {1, 2, 3, 4, 5, 6};
    request.history = {{{1, 2}, {3, 4}, {5, 6}}, {{1, 3}, {2, 4}}, {{1, 5}, {2, 6}}, {{3, 5}, {4, 6}}};
    const auto outcome = RoomPlanner(quickOptions()).plan(request);
    REQUIRE(outcome.ok());
    CHECK(outcome.summary.unavoidable >= 1);
    CHECK(outcome.summary.repeats == outcome.summary.unavoidable);
}

TEST_CASE("Rooms: earlier calls' encounters are not repeated while new partners remain")
{
    RoomPlanRequest request;
    request.rounds = {breakoutStep(1, "pairs", "Pairs", 2)};
    request.people = {1, 2, 3, 4, 5, 6};
    request.history = {{{1, 2}, {3, 4}, {5, 6}}, {{1, 3}, {2, 5}, {4, 6}}};
    const auto outcome = RoomPlanner(quickOptions()).plan(request);
    REQUIRE(outcome.ok());
    CHECK(outcome.summary.repeats == 0);
    CHECK(outcome.summary.unavoidable == 0);
    CHECK(outcome.summary.newEncounters == 3);
    for (const auto &[a, b] : std::vector<std::pair<PersonId, PersonId>>{{1, 2}, {3, 4}, {5, 6}, {1, 3}, {2, 5}, {4, 6}})
        CHECK_FALSE(together(outcome.rounds[0], a, b));
}

TEST_CASE("Rooms: keep-apart pairs never share a room")
{
    RoomPlanRequest request;
    request.rounds = {breakoutStep(1, "a", "A", 2), breakoutStep(2, "b", "B", 3)};
    request.people = cohortOf(12);
    request.keepApart = {{101, 102}, {103, 104}, {101, 103}};
    const auto outcome = RoomPlanner(quickOptions()).plan(request);
    REQUIRE(outcome.ok());
    for (const auto &round : outcome.rounds) {
        for (const auto &[a, b] : request.keepApart)
            CHECK_FALSE(together(round, a, b));
    }
}

TEST_CASE("Rooms: late joiners and people away from a round are left out of it")
{
    RoomPlanRequest request;
    request.rounds = {breakoutStep(1, "a", "A", 2), breakoutStep(2, "b", "B", 2),
                      breakoutStep(3, "c", "C", 2)};
    request.people = cohortOf(10);
    request.joinsAt[110] = 3;
    request.absentFromRound = {{}, {102, 103}};
    const auto outcome = RoomPlanner(quickOptions()).plan(request);
    REQUIRE(outcome.ok());
    CHECK(outcome.rounds[0].roomOf(110) == 0);
    CHECK(outcome.rounds[1].roomOf(110) == 0);
    CHECK(outcome.rounds[1].roomOf(102) == 0);
    CHECK(outcome.rounds[1].roomOf(103) == 0);
    CHECK(outcome.rounds[2].roomOf(110) != 0);
    CHECK(outcome.rounds[2].people().size() == 10);
}

TEST_CASE("Rooms: re-planning the rest keeps the recorded rounds as they were run")
{
    RoomPlanRequest request;
    request.rounds = {breakoutStep(1, "a", "A", 2), breakoutStep(2, "b", "B", 2),
                      breakoutStep(3, "c", "C", 2)};
    request.people = cohortOf(8);
    const RoomPlanner planner(quickOptions());
    auto first = planner.plan(request);
    REQUIRE(first.ok());
    // Round 1 ran with a last-minute swap; then a late joiner and a tenth person arrive.
    std::swap(first.rounds[0].rooms[0].seats[0], first.rounds[0].rooms[1].seats[0]);
    first.rounds[0].status = RoundStatus::Recorded;
    const RoomRound ran = first.rounds[0];
    request.people.push_back(109);
    request.people.push_back(110);
    const auto again = planner.replan(request, first.rounds);
    REQUIRE(again.ok());
    REQUIRE(again.rounds.size() == 3);
    CHECK(again.rounds[0] == ran);
    CHECK(again.rounds[1].roomOf(109) != 0);
    CHECK(again.rounds[2].roomOf(110) != 0);
    CHECK(again.summary.repeats == again.summary.unavoidable);
}

TEST_CASE("Rooms: a call without breakout steps or with too few people gets a clear message")
{
    RoomPlanRequest empty;
    empty.people = cohortOf(6);
    const auto none = RoomPlanner().plan(empty);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error->kind == RoomPlanFailure::Kind::NoBreakoutSteps);

    RoomPlanRequest alone;
    alone.rounds = {breakoutStep(1, "troika", "Troika Consulting", 3)};
    alone.people = {1};
    const auto refused = RoomPlanner().plan(alone);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error->kind == RoomPlanFailure::Kind::TooFewPeople);
    CHECK(refused.error->cause.kind == ScheduleErrorKind::TooFewPeople);

    // Everyone but one away from the second round: that round, by its number and step.
    RoomPlanRequest away;
    away.rounds = { breakoutStep(1, "pairs", "Pairs", 2), breakoutStep(2, "troika", "Troika Consulting", 3) };
    away.people = cohortOf(6);
    away.absentFromRound = { {}, { away.people.begin() + 1, away.people.end() } };
    const auto lonely = RoomPlanner().plan(away);
    REQUIRE_FALSE(lonely.ok());
    CHECK(lonely.error->kind == RoomPlanFailure::Kind::RoundUnplannable);
    CHECK(lonely.error->round == 2);
    CHECK(lonely.error->stepTitle == "Troika Consulting");
    CHECK(lonely.error->cause.kind == ScheduleErrorKind::MostAway);
    CHECK((lonely.error->cause.count == 5 && lonely.error->cause.present == 1 && lonely.error->cause.groupSize == 3));
}

TEST_CASE("Rooms: a failure names its people by their ids as well as their names")
{
    RoomPlanRequest request;
    request.rounds = { breakoutStep(1, "pairs", "Pairs", 2) };
    request.people = cohortOf(3);
    // 101 has no name: models call them by their id.
    request.names = { { 102, "Ben" }, { 103, "Cy" } };
    request.keepApart = { { 101, 102 }, { 101, 103 }, { 102, 103 } };
    const auto outcome = RoomPlanner().plan(request);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error->kind == RoomPlanFailure::Kind::KeepApartUnplannable);
    CHECK(outcome.error->cause.kind == ScheduleErrorKind::KeptApartFromTooMany);
    CHECK(outcome.error->cause.names == std::vector<std::string> { "" });
    CHECK(outcome.error->people == std::vector<PersonId> { 101 });
}

TEST_CASE("Rooms: a late joiner joins the rounds that start after they arrive")
{
    const Program program = practiceProgram();
    ProgramCall call = program.calls.at(0);
    call.plannedStart = "2026-03-03T18:00";
    const auto rounds = breakoutRounds(call);
    REQUIRE(rounds[0].startMinute.has_value());
    const int first = *rounds[0].startMinute;
    const auto hhmm = [](int minute) {
        char text[16];
        std::snprintf(text, sizeof text, "%02d:%02d", minute / 60 % 24, minute % 60);
        return std::string(text);
    };
    CHECK(lateJoinRound(rounds, hhmm(first)) == 1);
    CHECK(lateJoinRound(rounds, hhmm(first + 1)) == 2);
    CHECK(lateJoinRound(rounds, hhmm(*rounds[3].startMinute + 1)) == 0);
    CHECK(lateJoinRound(rounds, "17:45") == 1);
    CHECK(lateJoinRound(rounds, "") == 1);
    CHECK(lateJoinRound(breakoutRounds(program.calls.at(0)), "18:30") == 1);
}

TEST_CASE("Rooms: Troika clients take turns, and nobody goes first again before their trio-mates have")
{
    BreakoutRound troika = breakoutStep(1, "troika", "Troika Consulting", 3);
    troika.roles = {StepRole{"client", 1, 1, {}}, StepRole{"consultant", 2, 2, {}}};
    troika.rotation.kind = RotationKind::PerMember;
    troika.rotation.role = "client";
    RoleHistory history;
    const auto people = cohortOf(9);
    // Four rounds of trios, each a different split of the nine.
    const std::vector<std::vector<std::vector<PersonId>>> splits{
        {{101, 102, 103}, {104, 105, 106}, {107, 108, 109}},
        {{101, 104, 107}, {102, 105, 108}, {103, 106, 109}},
        {{101, 105, 109}, {102, 106, 107}, {103, 104, 108}},
        {{101, 106, 108}, {102, 104, 109}, {103, 105, 107}},
    };
    for (size_t r = 0; r < splits.size(); ++r) {
        RoomRound round;
        round.number = static_cast<int>(r) + 1;
        round.stepId = troika.stepId;
        round.rooms = roomsFromGroups(splits[r]);
        assignRoomRoles(round, troika, history);
        for (const auto &room : round.rooms) {
            REQUIRE(room.seats.size() == 3);
            for (size_t i = 0; i < room.seats.size(); ++i) {
                CHECK(room.seats[i].role == "client");
                CHECK(room.seats[i].roleRank == static_cast<int>(i) + 1);
            }
            const int firstCount = history.count(room.seats[0].person, "client");
            for (const auto &seat : room.seats)
                CHECK(firstCount <= history.count(seat.person, "client"));
        }
        history.addRound(round);
    }
    // Twelve first turns over nine people: nobody has gone first three times.
    for (const PersonId p : people)
        CHECK(history.count(p, "client") <= 2);
}

TEST_CASE("Rooms: Case Clinic gives each group a case-giver and a timekeeper, rotating fairly")
{
    BreakoutRound clinic = breakoutStep(1, "case-clinic", "Case Clinic", 6);
    clinic.roles = {StepRole{"case-giver", 1, 1, {}}, StepRole{"timekeeper", 1, 1, {}}, StepRole{"coach", 3, 4, {}}};
    RoleHistory history;
    // The same group of six meets six times: everyone gives a case once.
    std::set<PersonId> caseGivers;
    for (int r = 1; r <= 6; ++r) {
        RoomRound round;
        round.number = r;
        round.stepId = clinic.stepId;
        round.rooms = roomsFromGroups({{1, 2, 3, 4, 5, 6}});
        assignRoomRoles(round, clinic, history);
        const auto &seats = round.rooms[0].seats;
        REQUIRE(seats.size() == 6);
        CHECK(seats[0].role == "case-giver");
        CHECK(seats[1].role == "timekeeper");
        CHECK(seats[0].person != seats[1].person);
        for (size_t i = 2; i < seats.size(); ++i)
            CHECK(seats[i].role.empty());
        CHECK(caseGivers.insert(seats[0].person).second);
        history.addRound(round);
    }
    CHECK(caseGivers.size() == 6);
    for (PersonId p = 1; p <= 6; ++p)
        CHECK(history.count(p, "timekeeper") == 1);
}

TEST_CASE("Rooms: roles are the same for the same inputs")
{
    BreakoutRound clinic = breakoutStep(1, "case-clinic", "Case Clinic", 5);
    clinic.roles = {StepRole{"case-giver", 1, 1, {}}};
    RoomRound a;
    a.number = 1;
    a.rooms = roomsFromGroups({{7, 8, 9, 10, 11}, {12, 13, 14, 15, 16}});
    RoomRound b = a;
    assignRoomRoles(a, clinic, {});
    assignRoomRoles(b, clinic, {});
    CHECK(a == b);
}

TEST_CASE("Rooms: the encounter map counts who met whom in recorded rounds")
{
    const std::vector<PersonId> people{1, 2, 3, 4};
    const std::vector<EncounterMap::Groups> rounds{{{1, 2}, {3, 4}}, {{1, 2, 3}}, {{1, 99}}};
    const EncounterMap map(people, rounds);
    CHECK(map.meetings(1, 2) == 2);
    CHECK(map.meetings(2, 1) == 2);
    CHECK(map.meetings(1, 3) == 1);
    CHECK(map.meetings(1, 4) == 0);
    CHECK(map.meetings(1, 99) == 0);
    CHECK(map.metCount(1) == 2);
    CHECK(map.metCount(4) == 1);
    CHECK(map.pairCount() == 6);
    CHECK(map.pairsMet() == 4);
    CHECK(map.shareMet() == Approx(4.0 / 6.0));
    CHECK(map.matrix()[0][1] == 2);
    CHECK(map.matrix()[0][0] == 0);
}

TEST_CASE("Rooms: a hand edit is flagged when it seats a repeat or a keep-apart pair together")
{
    RoomRound round;
    round.number = 2;
    round.rooms = roomsFromGroups({{1, 2}, {3, 4}});
    const EncounterMap met({1, 2, 3, 4}, {{{1, 2}}});
    const auto conflicts = roomConflicts(round, met, {{4, 3}});
    REQUIRE(conflicts.size() == 2);
    CHECK(conflicts[0] == RoomConflict{RoomConflict::Kind::Repeat, 1, 1, 2, 1});
    CHECK(conflicts[1] == RoomConflict{RoomConflict::Kind::KeepApart, 2, 3, 4, 0});
}
