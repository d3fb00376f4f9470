// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/rooms/roomconflicts.h"

#include <algorithm>

namespace convener::core {

std::vector<RoomConflict> roomConflicts(const RoomRound &round, const EncounterMap &met,
                                        const std::vector<std::pair<PersonId, PersonId>> &keepApart)
{
    std::vector<RoomConflict> out;
    const auto apart = [&keepApart](PersonId a, PersonId b) {
        return std::any_of(keepApart.begin(), keepApart.end(), [a, b](const auto &pair) {
            return (pair.first == a && pair.second == b) || (pair.first == b && pair.second == a);
        });
    };
    for (size_t r = 0; r < round.rooms.size(); ++r) {
        const auto people = round.rooms[r].people();
        for (size_t i = 0; i < people.size(); ++i) {
            for (size_t j = i + 1; j < people.size(); ++j) {
                const int times = met.meetings(people[i], people[j]);
                if (apart(people[i], people[j]))
                    out.push_back({RoomConflict::Kind::KeepApart, static_cast<int>(r) + 1, people[i], people[j], times});
                if (times > 0)
                    out.push_back({RoomConflict::Kind::Repeat, static_cast<int>(r) + 1, people[i], people[j], times});
            }
        }
    }
    return out;
}

} // namespace convener::core
