// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/rooms/roomround.h"

namespace convener::core {

std::string_view roundStatusKey(RoundStatus status)
{
    return status == RoundStatus::Recorded ? "recorded" : "planned";
}

std::optional<RoundStatus> roundStatusFromKey(std::string_view key)
{
    if (key == "planned")
        return RoundStatus::Planned;
    if (key == "recorded")
        return RoundStatus::Recorded;
    return std::nullopt;
}

std::vector<PersonId> Room::people() const
{
    std::vector<PersonId> out;
    out.reserve(seats.size());
    for (const auto &seat : seats)
        out.push_back(seat.person);
    return out;
}

int RoomRound::roomOf(PersonId person) const
{
    for (size_t r = 0; r < rooms.size(); ++r) {
        for (const auto &seat : rooms[r].seats) {
            if (seat.person == person)
                return static_cast<int>(r) + 1;
        }
    }
    return 0;
}

std::vector<PersonId> RoomRound::people() const
{
    std::vector<PersonId> out;
    for (const auto &room : rooms) {
        for (const auto &seat : room.seats)
            out.push_back(seat.person);
    }
    return out;
}

std::vector<std::vector<PersonId>> RoomRound::groups() const
{
    std::vector<std::vector<PersonId>> out;
    out.reserve(rooms.size());
    for (const auto &room : rooms)
        out.push_back(room.people());
    return out;
}

std::vector<Room> roomsFromGroups(const std::vector<std::vector<PersonId>> &groups)
{
    std::vector<Room> rooms;
    rooms.reserve(groups.size());
    for (const auto &group : groups) {
        Room room;
        for (const PersonId p : group)
            room.seats.push_back(RoomSeat{p, {}, 0});
        rooms.push_back(std::move(room));
    }
    return rooms;
}

} // namespace convener::core
