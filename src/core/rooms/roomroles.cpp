// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/rooms/roomroles.h"

#include <algorithm>
#include <climits>
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

bool hasTurnOrder(const BreakoutRound &step)
{
    return step.rotation.kind == RotationKind::PerMember && !step.rotation.role.empty();
}

std::vector<std::string> handRoles(const BreakoutRound &step)
{
    if (hasTurnOrder(step))
        return {step.rotation.role};
    std::vector<std::string> roles;
    for (const auto &role : step.roles) {
        if (role.maxCount == 1 && std::find(roles.begin(), roles.end(), role.name) == roles.end())
            roles.push_back(role.name);
    }
    return roles;
}

std::optional<BreakoutRound> stepOfRound(const std::vector<BreakoutRound> &steps, const RoomRound &round)
{
    for (const auto &step : steps) {
        if (step.number == round.number && step.stepId == round.stepId)
            return step;
    }
    for (const auto &step : steps) {
        if (step.stepId == round.stepId)
            return step;
    }
    return std::nullopt;
}

namespace {

// Gives the person a place in the room's turn order; the others keep their order.
void moveTurn(Room &room, const std::string &role, PersonId person, int turn)
{
    std::vector<RoomSeat> order = room.seats;
    // Seats without a turn (someone moved in by hand) queue after those with one.
    const auto place = [&role](const RoomSeat &seat) { return seat.role == role && seat.roleRank >= 1 ? seat.roleRank : INT_MAX; };
    std::stable_sort(order.begin(), order.end(), [&place](const RoomSeat &a, const RoomSeat &b) { return place(a) < place(b); });
    const auto it = std::find_if(order.begin(), order.end(), [person](const RoomSeat &s) { return s.person == person; });
    const RoomSeat moving = *it;
    order.erase(it);
    order.insert(order.begin() + (turn - 1), moving);
    for (size_t i = 0; i < order.size(); ++i) {
        order[i].role = role;
        order[i].roleRank = static_cast<int>(i) + 1;
    }
    room.seats = std::move(order);
}

} // namespace

std::optional<RoomRoleRefusal> changeRoomRole(
    RoomRound &round, const BreakoutRound &step, PersonId person, std::string_view role, int turn)
{
    RoomRoleRefusal refusal;
    refusal.person = person;
    refusal.round = round.number;
    refusal.step = step.stepTitle.empty() ? step.stepId : step.stepTitle;
    refusal.role = std::string(role);
    refusal.turn = turn;
    const auto refused = [&refusal](RoomRoleRefusal::Kind kind) {
        refusal.kind = kind;
        return std::optional<RoomRoleRefusal>(refusal);
    };
    if (round.recorded())
        return refused(RoomRoleRefusal::Kind::RoundRecorded);
    const int roomNumber = round.roomOf(person);
    if (roomNumber == 0)
        return refused(RoomRoleRefusal::Kind::NotSeated);
    const std::vector<std::string> roles = handRoles(step);
    if (roles.empty())
        return refused(RoomRoleRefusal::Kind::NoRolesToGive);
    Room &room = round.rooms[static_cast<size_t>(roomNumber - 1)];
    refusal.room = roomNumber;
    refusal.roles = roles;

    if (hasTurnOrder(step)) {
        const std::string &rotating = step.rotation.role;
        const int turns = static_cast<int>(room.seats.size());
        refusal.turns = turns;
        if (role.empty())
            return refused(RoomRoleRefusal::Kind::TurnNeeded);
        if (role != rotating)
            return refused(RoomRoleRefusal::Kind::NotTheRotatingRole);
        if (turn < 1 || turn > turns)
            return refused(RoomRoleRefusal::Kind::NoSuchTurn);
        moveTurn(room, rotating, person, turn);
        return std::nullopt;
    }

    if (!role.empty() && std::find(roles.begin(), roles.end(), role) == roles.end())
        return refused(RoomRoleRefusal::Kind::NoSuchRole);
    if (turn != 0 && turn != 1)
        return refused(RoomRoleRefusal::Kind::NoTurnOrder);
    for (auto &seat : room.seats) {
        if (seat.person == person) {
            seat.role = std::string(role);
            seat.roleRank = role.empty() ? 0 : 1;
        } else if (!role.empty() && seat.role == role) {
            seat.role.clear();
            seat.roleRank = 0;
        }
    }
    // Holders first, in the order the step lists the roles, as assignRoomRoles leaves them.
    const auto rank = [&roles](const RoomSeat &seat) {
        return static_cast<size_t>(std::find(roles.begin(), roles.end(), seat.role) - roles.begin());
    };
    std::stable_sort(room.seats.begin(), room.seats.end(), [&rank](const RoomSeat &a, const RoomSeat &b) { return rank(a) < rank(b); });
    return std::nullopt;
}

} // namespace convener::core
