// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/breakoutround.h"
#include "core/roomplan.h"

#include <map>
#include <string>
#include <string_view>
#include <utility>

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

} // namespace convener::core
