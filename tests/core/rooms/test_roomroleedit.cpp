// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/rooms/breakoutround.h"
#include "core/rooms/roomroles.h"
#include "support/roomseat.h"

#include <catch2/catch.hpp>

#include <algorithm>

using convener::tests::seatOf;
using namespace convener::core;

namespace {

BreakoutRound troikaStep()
{
    BreakoutRound step;
    step.number = 2;
    step.stepId = "troika";
    step.stepTitle = "Troika Consulting";
    step.groupSize = 3;
    step.roles = {StepRole{"client", 1, 1, {}}, StepRole{"consultant", 2, 2, {}}};
    step.rotation.kind = RotationKind::PerMember;
    step.rotation.role = "client";
    return step;
}

BreakoutRound clinicStep()
{
    BreakoutRound step;
    step.number = 1;
    step.stepId = "case-clinic";
    step.stepTitle = "Case Clinic";
    step.groupSize = 5;
    step.roles = {StepRole{"case-giver", 1, 1, {}}, StepRole{"timekeeper", 1, 1, {}}, StepRole{"coach", 3, 4, {}}};
    return step;
}

RoomRound plannedRound(const BreakoutRound &step, const std::vector<std::vector<PersonId>> &groups)
{
    RoomRound round;
    round.number = step.number;
    round.stepId = step.stepId;
    round.stepTitle = step.stepTitle;
    round.groupSize = step.groupSize;
    round.rooms = roomsFromGroups(groups);
    assignRoomRoles(round, step, {});
    return round;
}

std::vector<PersonId> turnOrder(const Room &room)
{
    std::vector<PersonId> order(room.seats.size());
    for (const auto &seat : room.seats)
        order.at(static_cast<size_t>(seat.roleRank - 1)) = seat.person;
    return order;
}

} // namespace

TEST_CASE("Rooms: a hand-made case-giver takes the role from the one before, who becomes a coach")
{
    const BreakoutRound step = clinicStep();
    RoomRound round = plannedRound(step, {{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}});
    const PersonId before = round.rooms[0].seats[0].person;
    const PersonId timekeeper = round.rooms[0].seats[1].person;
    const PersonId chosen = round.rooms[0].seats[3].person;
    const RoomRound otherRoom = round;
    REQUIRE(round.rooms[0].seats[0].role == "case-giver");

    CHECK_FALSE(changeRoomRole(round, step, chosen, "case-giver", 0));
    CHECK(seatOf(round, chosen).role == "case-giver");
    CHECK(seatOf(round, chosen).roleRank == 1);
    CHECK(seatOf(round, before).role.empty());
    CHECK(seatOf(round, before).roleRank == 0);
    CHECK(seatOf(round, timekeeper).role == "timekeeper");
    // Holders come first, as planning leaves them; the other room is untouched.
    CHECK(round.rooms[0].seats[0].person == chosen);
    CHECK(round.rooms[0].seats[1].person == timekeeper);
    CHECK(round.rooms[1] == otherRoom.rooms[1]);
    CHECK(round.rooms[0].seats.size() == 5);
}

TEST_CASE("Rooms: the timekeeper made case-giver gives up keeping time, and a role can be taken away")
{
    const BreakoutRound step = clinicStep();
    RoomRound round = plannedRound(step, {{1, 2, 3, 4, 5}});
    const PersonId caseGiver = round.rooms[0].seats[0].person;
    const PersonId timekeeper = round.rooms[0].seats[1].person;
    CHECK_FALSE(changeRoomRole(round, step, timekeeper, "case-giver", 1));
    CHECK(seatOf(round, timekeeper).role == "case-giver");
    CHECK(seatOf(round, caseGiver).role.empty());
    const auto holders = std::count_if(round.rooms[0].seats.begin(), round.rooms[0].seats.end(),
                                       [](const RoomSeat &s) { return !s.role.empty(); });
    CHECK(holders == 1);
    CHECK_FALSE(changeRoomRole(round, step, timekeeper, "", 0));
    CHECK(seatOf(round, timekeeper).role.empty());
    CHECK(seatOf(round, timekeeper).roleRank == 0);
}

TEST_CASE("Rooms: a Troika client moved earlier or later keeps the others' order around them")
{
    const BreakoutRound step = troikaStep();
    RoomRound round = plannedRound(step, {{1, 2, 3}, {4, 5, 6}});
    const std::vector<PersonId> order = turnOrder(round.rooms[1]);
    const PersonId last = order[2];
    CHECK_FALSE(changeRoomRole(round, step, last, "client", 1));
    CHECK(turnOrder(round.rooms[1]) == std::vector<PersonId>{last, order[0], order[1]});
    // Seats are listed in turn order, every one a client.
    for (size_t i = 0; i < round.rooms[1].seats.size(); ++i) {
        CHECK(round.rooms[1].seats[i].roleRank == static_cast<int>(i) + 1);
        CHECK(round.rooms[1].seats[i].role == "client");
    }
    CHECK_FALSE(changeRoomRole(round, step, last, "client", 2));
    CHECK(turnOrder(round.rooms[1]) == std::vector<PersonId>{order[0], last, order[1]});
}

TEST_CASE("Rooms: someone moved into a trio without a turn gets one when the order changes")
{
    const BreakoutRound step = troikaStep();
    RoomRound round = plannedRound(step, {{1, 2, 3}});
    const std::vector<PersonId> order = turnOrder(round.rooms[0]);
    round.rooms[0].seats.push_back(RoomSeat{9, {}, 0});
    CHECK_FALSE(changeRoomRole(round, step, order[0], "client", 2));
    CHECK(turnOrder(round.rooms[0]) == std::vector<PersonId>{order[1], order[0], order[2], 9});
}

TEST_CASE("Rooms: a role the step does not have, a missing turn, a stranger or a recorded round is refused untouched")
{
    using Kind = RoomRoleRefusal::Kind;
    const BreakoutRound clinic = clinicStep();
    RoomRound round = plannedRound(clinic, {{1, 2, 3, 4, 5}});
    const RoomRound before = round;
    const auto client = changeRoomRole(round, clinic, 3, "client", 0);
    REQUIRE(client);
    CHECK(client->kind == Kind::NoSuchRole);
    CHECK(client->step == "Case Clinic");
    CHECK(client->role == "client");
    CHECK(client->roles == std::vector<std::string> { "case-giver", "timekeeper" });
    CHECK(client->room == 1);
    const auto coach = changeRoomRole(round, clinic, 3, "coach", 0);
    REQUIRE(coach);
    CHECK(coach->kind == Kind::NoSuchRole);
    CHECK(coach->role == "coach");
    const auto turn = changeRoomRole(round, clinic, 3, "case-giver", 2);
    REQUIRE(turn);
    CHECK(turn->kind == Kind::NoTurnOrder);
    CHECK(turn->roles == std::vector<std::string> { "case-giver", "timekeeper" });
    const auto stranger = changeRoomRole(round, clinic, 42, "case-giver", 0);
    REQUIRE(stranger);
    CHECK(stranger->kind == Kind::NotSeated);
    CHECK(stranger->person == 42);
    CHECK(stranger->round == 1);
    RoomRound recorded = round;
    recorded.status = RoundStatus::Recorded;
    const auto history = changeRoomRole(recorded, clinic, 3, "case-giver", 0);
    REQUIRE(history);
    CHECK(history->kind == Kind::RoundRecorded);
    CHECK(history->round == 1);
    CHECK(round == before);

    const BreakoutRound troika = troikaStep();
    RoomRound trio = plannedRound(troika, {{1, 2, 3}});
    const RoomRound trioBefore = trio;
    const auto none = changeRoomRole(trio, troika, 2, "", 0);
    REQUIRE(none);
    CHECK(none->kind == Kind::TurnNeeded);
    CHECK(none->roles == std::vector<std::string> { "client" });
    CHECK(none->turns == 3);
    const auto fourth = changeRoomRole(trio, troika, 2, "client", 4);
    REQUIRE(fourth);
    CHECK(fourth->kind == Kind::NoSuchTurn);
    CHECK(fourth->turn == 4);
    CHECK(fourth->turns == 3);
    CHECK(fourth->room == 1);
    const auto zeroth = changeRoomRole(trio, troika, 2, "client", 0);
    REQUIRE(zeroth);
    CHECK(zeroth->kind == Kind::NoSuchTurn);
    CHECK(zeroth->turn == 0);
    const auto consultant = changeRoomRole(trio, troika, 2, "consultant", 1);
    REQUIRE(consultant);
    CHECK(consultant->kind == Kind::NotTheRotatingRole);
    CHECK(consultant->role == "consultant");
    CHECK(consultant->roles == std::vector<std::string> { "client" });
    CHECK(trio == trioBefore);

    BreakoutRound pairs;
    pairs.stepTitle = "Listening in pairs";
    RoomRound plain = plannedRound(pairs, {{1, 2}});
    const auto speaker = changeRoomRole(plain, pairs, 1, "speaker", 0);
    REQUIRE(speaker);
    CHECK(speaker->kind == Kind::NoRolesToGive);
    CHECK(speaker->step == "Listening in pairs");
}

TEST_CASE("Rooms: the roles a host can give follow the step")
{
    CHECK(handRoles(clinicStep()) == std::vector<std::string>{"case-giver", "timekeeper"});
    CHECK(handRoles(troikaStep()) == std::vector<std::string>{"client"});
    CHECK(hasTurnOrder(troikaStep()));
    CHECK_FALSE(hasTurnOrder(clinicStep()));
    const std::vector<BreakoutRound> steps{clinicStep(), troikaStep()};
    RoomRound round;
    round.number = 2;
    round.stepId = "troika";
    REQUIRE(stepOfRound(steps, round));
    CHECK(stepOfRound(steps, round)->stepId == "troika");
    round.number = 5;
    CHECK(stepOfRound(steps, round)->stepId == "troika");
    round.stepId = "gone";
    CHECK_FALSE(stepOfRound(steps, round));
}
