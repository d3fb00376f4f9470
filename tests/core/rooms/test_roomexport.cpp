// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/rooms/roomexport.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace convener::core;

namespace {

RoomHandover troikaHandover()
{
    RoomHandover h;
    h.cohortName = "Spring";
    h.callNumber = 2;
    h.round.number = 2;
    h.round.stepId = "troika";
    h.round.stepTitle = "Troika Consulting";
    h.round.groupSize = 3;
    h.round.rooms = {Room{{{1, "client", 1}, {2, "client", 2}, {3, "client", 3}}},
                     Room{{{4, "client", 1}, {5, "client", 2}, {6, "client", 3}}}};
    h.people = {{1, {"Zoë Ångström", "zoe@example.org"}},  {2, {"Ben", ""}},
                {3, {"Chloé", " chloe@example.org "}},      {4, {"Dev", "=cmd@example.org"}},
                {5, {"Eilidh, MacLeod", "eilidh@example.org"}}, {6, {"Farid", "fárid@exämple.org"}}};
    return h;
}

} // namespace

TEST_CASE("Rooms export: the Zoom file has Zoom's header and one row per person with an email")
{
    const ZoomCsv zoom = zoomPreassignmentCsv(troikaHandover());
    CHECK(zoom.csv == "Pre-assign Room Name,Email Address\r\n"
                      "Room 1,zoe@example.org\r\n"
                      "Room 1,chloe@example.org\r\n"
                      "Room 2,'=cmd@example.org\r\n"
                      "Room 2,eilidh@example.org\r\n"
                      "Room 2,fárid@exämple.org\r\n");
    CHECK(zoom.withoutEmail == std::vector<PersonId>{2});
}

TEST_CASE("Rooms export: the chat text names each room, its members and their turns")
{
    const std::string text = roomChatText(troikaHandover());
    CHECK(text == "Call 2, round 2: Troika Consulting\n"
                  "Room 1: Zoë Ångström (client 1), Ben (client 2), Chloé (client 3)\n"
                  "Room 2: Dev (client 1), Eilidh, MacLeod (client 2), Farid (client 3)\n"
                  "The number after a role is the turn: 1 goes first.\n");
    RoomHandover clinic = troikaHandover();
    clinic.round.rooms = {Room{{{1, "case-giver", 1}, {2, "timekeeper", 1}, {3, "", 0}}}};
    CHECK(roomChatText(clinic).find("Room 1: Zoë Ångström (case-giver), Ben (timekeeper), Chloé\n") != std::string::npos);
    CHECK(roomChatText(clinic).find("turn") == std::string::npos);
}

TEST_CASE("Rooms export: the co-host list shows rooms and everyone's room by name")
{
    const std::string text = roomCoHostList(troikaHandover());
    CHECK(text.find("Room 1\n  Ben\n  Chloé\n  Zoë Ångström\n") != std::string::npos);
    CHECK(text.find("By name\n  Ben: Room 1\n") != std::string::npos);
    CHECK(text.find("  Farid: Room 2\n") != std::string::npos);
}

TEST_CASE("Rooms export: the JSON holds every room, member and role")
{
    const auto j = nlohmann::json::parse(roomRoundJson(troikaHandover()));
    CHECK(j["call"] == 2);
    CHECK(j["round"] == 2);
    CHECK(j["status"] == "planned");
    REQUIRE(j["rooms"].size() == 2);
    CHECK(j["rooms"][0]["name"] == "Room 1");
    CHECK(j["rooms"][0]["members"][0]["name"] == "Zoë Ångström");
    CHECK(j["rooms"][0]["members"][0]["role"] == "client");
    CHECK(j["rooms"][0]["members"][1]["role_rank"] == 2);
    CHECK(j["without_email"] == nlohmann::json::array({"Ben"}));
}
