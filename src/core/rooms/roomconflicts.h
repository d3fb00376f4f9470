// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/encountermap.h"
#include "core/rooms/roomround.h"

#include <utility>
#include <vector>

namespace convener::core {

// Two people in one room who should not be: they have met before (a repeat),
// or the host keeps them apart. What a view flags after a hand edit.
struct RoomConflict
{
    enum class Kind { Repeat, KeepApart };

    Kind kind = Kind::Repeat;
    int room = 0;                                            // 1-based
    PersonId first = 0;
    PersonId second = 0;
    int timesMet = 0;                                        // before this round

    bool operator==(const RoomConflict &) const = default;
};

// The conflicts in round, room by room. `met` holds the encounters before the
// round: recorded history and the call's earlier rounds.
std::vector<RoomConflict> roomConflicts(const RoomRound &round, const EncounterMap &met,
                                        const std::vector<std::pair<PersonId, PersonId>> &keepApart);

} // namespace convener::core
