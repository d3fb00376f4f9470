// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/roomroles.h"

#include <algorithm>
#include <cstdint>
#include <tuple>

namespace convener::core {

namespace {

// A fixed shuffle for ties: the same person, round and step always draw the same number.
std::uint64_t tieBreak(PersonId person, const RoomRound &round)
{
    std::uint64_t x = static_cast<std::uint64_t>(person) * 0x9E3779B97F4A7C15ULL
        + static_cast<std::uint64_t>(round.number) * 0xBF58476D1CE4E5B9ULL;
    for (const char c : round.stepId)
        x = (x ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace

void RoleHistory::addRound(const RoomRound &round)
{
    for (const auto &room : round.rooms) {
        for (const auto &seat : room.seats) {
            if (seat.role.empty() || seat.roleRank != 1)
                continue;
            ++m_counts[{seat.person, seat.role}];
            ++m_totals[seat.person];
        }
    }
}

int RoleHistory::count(PersonId person, std::string_view role) const
{
    const auto it = m_counts.find(std::make_pair(person, std::string(role)));
    return it == m_counts.end() ? 0 : it->second;
}

int RoleHistory::total(PersonId person) const
{
    const auto it = m_totals.find(person);
    return it == m_totals.end() ? 0 : it->second;
}

void assignRoomRoles(RoomRound &round, const BreakoutRound &step, const RoleHistory &history)
{
    const bool rotates = step.rotation.kind == RotationKind::PerMember && !step.rotation.role.empty();
    std::vector<std::string> single;
    for (const auto &role : step.roles) {
        if (role.maxCount == 1 && !(rotates && role.name == step.rotation.role))
            single.push_back(role.name);
    }
    for (auto &room : round.rooms) {
        for (auto &seat : room.seats) {
            seat.role.clear();
            seat.roleRank = 0;
        }
        const auto fewer = [&](const std::string &role) {
            return [&history, &round, role](const RoomSeat &a, const RoomSeat &b) {
                return std::make_tuple(history.count(a.person, role), history.total(a.person), tieBreak(a.person, round))
                    < std::make_tuple(history.count(b.person, role), history.total(b.person), tieBreak(b.person, round));
            };
        };
        if (rotates) {
            std::stable_sort(room.seats.begin(), room.seats.end(), fewer(step.rotation.role));
            for (size_t i = 0; i < room.seats.size(); ++i) {
                room.seats[i].role = step.rotation.role;
                room.seats[i].roleRank = static_cast<int>(i) + 1;
            }
            continue;
        }
        // Role holders first, in the order the step lists the roles; plain members after.
        std::vector<RoomSeat> holders;
        std::vector<RoomSeat> rest = room.seats;
        for (const auto &role : single) {
            if (rest.empty())
                break;
            const auto chosen = std::min_element(rest.begin(), rest.end(), fewer(role));
            RoomSeat seat = *chosen;
            seat.role = role;
            seat.roleRank = 1;
            holders.push_back(seat);
            rest.erase(chosen);
        }
        holders.insert(holders.end(), rest.begin(), rest.end());
        room.seats = std::move(holders);
    }
}

} // namespace convener::core
