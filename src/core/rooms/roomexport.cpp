// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/rooms/roomexport.h"

#include "core/common/csvwriter.h"
#include "core/roster/person.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace convener::core {

namespace {

std::string nameOf(const RoomHandover &handover, PersonId person)
{
    const auto it = handover.people.find(person);
    return it != handover.people.end() && !it->second.name.empty() ? it->second.name
                                                                    : "person " + std::to_string(person);
}

std::string emailOf(const RoomHandover &handover, PersonId person)
{
    const auto it = handover.people.find(person);
    return it == handover.people.end() ? std::string() : trimmed(it->second.email);
}

bool rotates(const Room &room)
{
    return std::any_of(room.seats.begin(), room.seats.end(), [](const RoomSeat &s) { return s.roleRank > 1; });
}

std::string seatText(const RoomHandover &handover, const RoomSeat &seat, bool ranked)
{
    std::string text = nameOf(handover, seat.person);
    if (seat.role.empty())
        return text;
    return text + " (" + seat.role + (ranked ? " " + std::to_string(seat.roleRank) : std::string()) + ")";
}

std::string heading(const RoomHandover &handover)
{
    std::string text;
    if (handover.callNumber > 0)
        text += "Call " + std::to_string(handover.callNumber) + ", ";
    text += "round " + std::to_string(handover.round.number);
    if (!handover.round.stepTitle.empty())
        text += ": " + handover.round.stepTitle;
    return text;
}

} // namespace

std::string roomName(int room)
{
    return "Room " + std::to_string(room);
}

ZoomCsv zoomPreassignmentCsv(const RoomHandover &handover)
{
    ZoomCsv out;
    // Zoom matches the header text exactly, so it is written raw.
    out.csv = csvRowRaw({"Pre-assign Room Name", "Email Address"});
    for (size_t r = 0; r < handover.round.rooms.size(); ++r) {
        for (const auto &seat : handover.round.rooms[r].seats) {
            const std::string email = emailOf(handover, seat.person);
            if (email.empty()) {
                out.withoutEmail.push_back(seat.person);
                continue;
            }
            out.csv += csvRow({roomName(static_cast<int>(r) + 1), email});
        }
    }
    return out;
}

std::string roomChatText(const RoomHandover &handover)
{
    std::string text = heading(handover) + "\n";
    bool anyRanked = false;
    for (size_t r = 0; r < handover.round.rooms.size(); ++r) {
        const Room &room = handover.round.rooms[r];
        const bool ranked = rotates(room);
        anyRanked = anyRanked || ranked;
        text += roomName(static_cast<int>(r) + 1) + ":";
        for (size_t i = 0; i < room.seats.size(); ++i)
            text += (i == 0 ? " " : ", ") + seatText(handover, room.seats[i], ranked);
        text += "\n";
    }
    if (anyRanked)
        text += "The number after a role is the turn: 1 goes first.\n";
    return text;
}

std::string roomCoHostList(const RoomHandover &handover)
{
    std::string text = heading(handover) + "\n\n";
    std::vector<std::pair<std::string, int>> everyone;
    for (size_t r = 0; r < handover.round.rooms.size(); ++r) {
        const int number = static_cast<int>(r) + 1;
        std::vector<std::string> names;
        for (const auto &seat : handover.round.rooms[r].seats) {
            names.push_back(nameOf(handover, seat.person));
            everyone.emplace_back(names.back(), number);
        }
        std::sort(names.begin(), names.end());
        text += roomName(number) + "\n";
        for (const auto &name : names)
            text += "  " + name + "\n";
    }
    std::sort(everyone.begin(), everyone.end());
    text += "\nBy name\n";
    for (const auto &[name, room] : everyone)
        text += "  " + name + ": " + roomName(room) + "\n";
    return text;
}

std::string roomRoundJson(const RoomHandover &handover)
{
    const RoomRound &round = handover.round;
    nlohmann::ordered_json j;
    j["cohort"] = handover.cohortName;
    j["call"] = handover.callNumber;
    j["round"] = round.number;
    j["step_id"] = round.stepId;
    j["step_title"] = round.stepTitle;
    j["group_size"] = round.groupSize;
    j["status"] = std::string(roundStatusKey(round.status));
    j["recorded_at"] = round.recordedAt;
    nlohmann::ordered_json rooms = nlohmann::ordered_json::array();
    nlohmann::ordered_json missing = nlohmann::ordered_json::array();
    for (size_t r = 0; r < round.rooms.size(); ++r) {
        nlohmann::ordered_json room;
        room["room"] = r + 1;
        room["name"] = roomName(static_cast<int>(r) + 1);
        nlohmann::ordered_json members = nlohmann::ordered_json::array();
        for (const auto &seat : round.rooms[r].seats) {
            nlohmann::ordered_json m;
            m["id"] = seat.person;
            m["name"] = nameOf(handover, seat.person);
            m["email"] = emailOf(handover, seat.person);
            m["role"] = seat.role;
            m["role_rank"] = seat.roleRank;
            if (m["email"].get<std::string>().empty())
                missing.push_back(m["name"]);
            members.push_back(std::move(m));
        }
        room["members"] = std::move(members);
        rooms.push_back(std::move(room));
    }
    j["rooms"] = std::move(rooms);
    j["without_email"] = std::move(missing);
    // Names are UTF-8 from the roster; replace rather than throw on a broken byte.
    return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace convener::core
