// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/breakoutround.h"
#include "core/rooms/roomrolerefusal.h"
#include "core/rooms/roomround.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace convener::core {

// How often each person has taken each role first: held a role that one
// person holds (case-giver, timekeeper), or gone first in a rotating role
// (the first client of a Troika). Built from recorded rounds, then from the
// rounds planned before the one being given roles.
class RoleHistory final
{
public:
    void addRound(const RoomRound &round);
    int count(PersonId person, std::string_view role) const;
    // Every role taken first, whatever its name.
    int total(PersonId person) const;

private:
    std::map<std::pair<PersonId, std::string>, int, std::less<>> m_counts;
    std::map<PersonId, int> m_totals;
};

// Gives the rooms of round their roles from the step's roles and rotation:
// - a rotating role (rotation per member, naming a role): every member takes a
//   turn; seats are ordered by turn and ranked 1, 2, 3 (the client order in
//   each Troika trio), and whoever has gone first least often goes first;
// - each other role one person holds (case-giver, then timekeeper): the member
//   of the room who has held it least often, never two roles for one person;
// - roles several people hold (coaches, consultants) are everyone else and stay
//   plain seats.
// So nobody takes a role again while someone in their room has not had it.
// Ties are broken by fewer roles of any kind, then by a fixed shuffle of the
// round, so the same inputs always give the same roles. Existing roles are replaced.
void assignRoomRoles(RoomRound &round, const BreakoutRound &step, const RoleHistory &history);

// The roles a host gives by hand in a round of the step, in the step's order:
// the rotating role when there is one (its turns are what a host reorders,
// since everyone takes one), otherwise each role one person holds in a room
// (case-giver, timekeeper). Roles many people share (coaches, consultants)
// are not among them: they are everyone without a role of their own.
std::vector<std::string> handRoles(const BreakoutRound &step);
// Whether the step's role passes round the room in turns (Troika's client).
bool hasTurnOrder(const BreakoutRound &step);

// The step a stored round was planned from: the breakout step with the
// round's number and step id, else the one with its step id. Nothing when the
// call's agenda no longer has that step.
std::optional<BreakoutRound> stepOfRound(const std::vector<BreakoutRound> &steps, const RoomRound &round);

// A host's change to one person's role in a planned round, made in place:
// - with a turn order, role is the rotating role and turn (from 1) the
//   person's place in their room's order; the others keep their order around
//   them, and anyone in the room without a turn yet gets one after the rest;
// - otherwise role is one of handRoles() or empty for no role of their own;
//   whoever held that role in the person's room loses it, the person gives up
//   any other role (nobody holds two), and turn must be 0 or 1.
// Holders come first in each room, as assignRoomRoles leaves them. Returns
// why the change is refused (the step, room and valid choices) and leaves the
// round unchanged; nothing when done. Refused for a recorded round.
std::optional<RoomRoleRefusal> changeRoomRole(
    RoomRound &round, const BreakoutRound &step, PersonId person, std::string_view role, int turn);

} // namespace convener::core
