// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/roomround.h"

#include <catch2/catch.hpp>

namespace convener::tests {

// The seat a person has in a round, failing the test when they have none.
inline const core::RoomSeat &seatOf(const core::RoomRound &round, core::PersonId person)
{
    const int room = round.roomOf(person);
    REQUIRE(room > 0);
    for (const auto &seat : round.rooms[static_cast<size_t>(room - 1)].seats) {
        if (seat.person == person)
            return seat;
    }
    FAIL("not seated");
    return round.rooms.front().seats.front();
}

} // namespace convener::tests
