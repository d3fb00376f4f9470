// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace convener::core {

// A round is planned until it starts; then the host records it and it becomes
// encounter history, exactly as it was run.
enum class RoundStatus { Planned, Recorded };

std::string_view roundStatusKey(RoundStatus status);        // "planned", "recorded"
std::optional<RoundStatus> roundStatusFromKey(std::string_view key);

// One person in a room. role is empty for a plain member; roleRank orders the
// people who share a role (Troika's clients take their turns 1, 2, 3) and is 1
// for a role one person holds (the case-giver), 0 without a role.
struct RoomSeat
{
    PersonId person = 0;
    std::string role;
    int roleRank = 0;

    bool operator==(const RoomSeat &) const = default;
};

// A breakout room. Rooms are numbered from 1 by their place in the round.
struct Room
{
    std::vector<RoomSeat> seats;

    std::vector<PersonId> people() const;
    bool operator==(const Room &) const = default;
};

// One breakout round of a call: one breakout step of the call's agenda.
struct RoomRound
{
    int number = 0;                                          // 1-based within the call
    std::string stepId;
    std::string stepTitle;
    int groupSize = 2;                                       // what the step asks for; rooms may hold one more or less
    RoundStatus status = RoundStatus::Planned;
    std::string recordedAt;                                  // UTC "YYYY-MM-DDTHH:MM:SSZ" once recorded
    std::vector<Room> rooms;

    bool recorded() const { return status == RoundStatus::Recorded; }
    // The room (1-based) the person sits in, 0 when they are not in this round.
    int roomOf(PersonId person) const;
    // Everyone in the round, room by room.
    std::vector<PersonId> people() const;
    // The groups of person ids, room by room.
    std::vector<std::vector<PersonId>> groups() const;
    bool operator==(const RoomRound &) const = default;
};

// Rooms of plain members (no roles) from groups of person ids.
std::vector<Room> roomsFromGroups(const std::vector<std::vector<PersonId>> &groups);

} // namespace convener::core
