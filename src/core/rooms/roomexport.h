// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/roomround.h"

#include <map>
#include <string>
#include <vector>

namespace convener::core {

// A round with what a hand-over needs around it: the names and emails of
// the people it seats, and which call it belongs to.
struct RoomHandover
{
    struct Entry
    {
        std::string name;
        std::string email;
    };

    std::string cohortName;
    int callNumber = 0;
    RoomRound round;
    std::map<PersonId, Entry> people;
};

// "Room 1", "Room 2", ...: the room names every hand-over format uses, so the
// chat text names the rooms the video call shows.
std::string roomName(int room);

struct ZoomCsv
{
    std::string csv;
    std::vector<PersonId> withoutEmail;                      // seated, but without an email: assign them by hand
};

// Zoom's breakout pre-assignment file: the header `Pre-assign Room Name,Email Address`
// byte for byte, then one row per seated person with an email, room by room.
// Emails are written as given (trimmed); cells are formula-safe.
ZoomCsv zoomPreassignmentCsv(const RoomHandover &handover);

// For the call's chat: a heading naming the round, then one line per room with
// its members and their roles ("Room 2: Ana (case-giver), Ben (timekeeper), Cy").
std::string roomChatText(const RoomHandover &handover);

// For a co-host who opens the rooms by hand: each room and, one per line, its
// people in alphabetical order, then everyone in alphabetical order with their room.
std::string roomCoHostList(const RoomHandover &handover);

// The round as JSON: {"cohort", "call", "round", "step_id", "step_title",
// "group_size", "status", "recorded_at", "rooms": [{"room", "name", "members":
// [{"id", "name", "email", "role", "role_rank"}]}], "without_email": [names]}.
std::string roomRoundJson(const RoomHandover &handover);

} // namespace convener::core
