// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"

#include <string>
#include <vector>

namespace convener::core {

// Why a host's change of a role was refused, with the facts a sentence needs;
// models word it. Which facts are set depends on the kind.
struct RoomRoleRefusal
{
    enum class Kind {
        RoundRecorded, // round: it is history
        NotSeated, // person, round
        NoRolesToGive, // step: everyone in its rooms takes part alike
        TurnNeeded, // step, roles (the rotating role), turns: "no role" in a turn order
        NotTheRotatingRole, // step, role, roles (the rotating role)
        NoSuchTurn, // turn, room, round, turns
        NoSuchRole, // step, role, roles (the choices)
        NoTurnOrder, // step, roles: a turn asked of a step whose roles are held
    };

    Kind kind = Kind::NotSeated;
    PersonId person = 0;
    int round = 0;
    int room = 0; // from 1
    int turn = 0; // the turn asked for
    int turns = 0; // the turns the room has
    std::string step; // the step's title, its id when untitled
    std::string role; // the role asked for
    std::vector<std::string> roles; // handRoles(step)

    bool operator==(const RoomRoleRefusal &) const = default;
};

} // namespace convener::core
