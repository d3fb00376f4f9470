// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/rooms/roomplanstore.h"

#include "core/rooms/breakoutround.h"
#include "storage/conversions.h"
#include "storage/database.h"
#include "storage/program/programrepository.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"

#include <map>

namespace convener::storage {

RoomPlanStore::RoomPlanStore(Database &database) : m_database(database)
{
}

Result<core::RoomPlanRequest> RoomPlanStore::request(core::CohortId cohort, int callNumber) const
{
    using R = Result<core::RoomPlanRequest>;
    const auto call = ProgramRepository(m_database).call(cohort, callNumber);
    if (!call)
        return R::failure(call.error());
    RosterRepository roster(m_database);
    RoomsRepository rooms(m_database);
    const auto members = roster.members(cohort);
    if (!members)
        return R::failure(members.error());
    const auto attendance = rooms.attendance(cohort, callNumber);
    if (!attendance)
        return R::failure(attendance.error());
    const auto hosts = rooms.hostsInRooms(cohort);
    if (!hosts)
        return R::failure(hosts.error());
    const auto pairs = rooms.keepApart(cohort);
    if (!pairs)
        return R::failure(pairs.error());
    const auto recorded = rooms.recordedRounds(cohort);
    if (!recorded)
        return R::failure(recorded.error());

    core::RoomPlanRequest request;
    request.rounds = core::breakoutRounds(call.value().call);
    std::map<core::PersonId, core::AttendanceMark> marks;
    for (const auto &mark : attendance.value())
        marks.emplace(mark.person, mark);
    std::vector<core::PersonId> hostIds;
    for (const auto &member : members.value()) {
        const core::PersonId id = member.person.id;
        request.names.emplace(id, member.person.displayName);
        const bool host = member.role != core::Role::Participant;
        if (host)
            hostIds.push_back(id);
        if (host && hosts.value() == HostsInRooms::LeftOut)
            continue;
        const auto mark = marks.find(id);
        if (mark != marks.end() && mark->second.status == core::AttendanceStatus::Absent)
            continue;
        if (mark != marks.end() && mark->second.status == core::AttendanceStatus::Late) {
            const int from = core::lateJoinRound(request.rounds, mark->second.arrivedAt);
            if (from == 0)
                continue;
            if (from > 1)
                request.joinsAt.emplace(id, from);
        }
        request.people.push_back(id);
    }
    for (const auto &pair : pairs.value())
        request.keepApart.emplace_back(pair.first, pair.second);
    for (size_t a = 0; a < hostIds.size(); ++a) {
        for (size_t b = a + 1; b < hostIds.size(); ++b)
            request.keepApart.emplace_back(hostIds[a], hostIds[b]);
    }
    for (const auto &r : recorded.value()) {
        if (r.callNumber == callNumber)
            continue;
        request.history.push_back(r.round.groups());
        request.roles.addRound(r.round);
    }
    return request;
}

Result<core::RoomPlanOutcome> RoomPlanStore::planAndSave(core::CohortId cohort, int callNumber, Mode mode,
                                                           const core::ScheduleOptions &options)
{
    using R = Result<core::RoomPlanOutcome>;
    const auto input = request(cohort, callNumber);
    if (!input)
        return R::failure(input.error());
    if (input.value().rounds.empty())
        return R::failure(Error(Problem::NoBreakoutSteps).withCall(callNumber));
    RoomsRepository rooms(m_database);
    const auto stored = rooms.rounds(cohort, callNumber);
    if (!stored)
        return R::failure(stored.error());
    std::vector<core::RoomRound> previous;
    for (const auto &round : stored.value()) {
        if (mode == Mode::Fresh && !round.recorded())
            break;
        previous.push_back(round);
    }
    const core::RoomPlanner planner(options);
    core::RoomPlanOutcome outcome = previous.empty() ? planner.plan(input.value()) : planner.replan(input.value(), previous);
    if (!outcome.ok())
        return R::failure(planFailure(*outcome.error, callNumber));
    if (const auto saved = rooms.savePlan(cohort, callNumber, outcome.rounds); !saved)
        return R::failure(saved.error());
    return outcome;
}

Error planFailure(const core::RoomPlanFailure &failure, int callNumber)
{
    using Kind = core::RoomPlanFailure::Kind;
    switch (failure.kind) {
    case Kind::NoBreakoutSteps:
        return Error(Problem::NoBreakoutSteps).withCall(callNumber);
    case Kind::NothingLeftToPlan:
        return Error(Problem::NothingLeftToPlan).withCall(callNumber);
    case Kind::RoundUnplannable:
        return Error(Problem::RoundUnplannable)
            .withCall(callNumber)
            .withRound(failure.round)
            .withName(toQt(failure.stepTitle))
            .withPlanFailure(failure);
    case Kind::KeepApartUnplannable:
        return Error(Problem::KeepApartUnplannable).withCall(callNumber).withPlanFailure(failure);
    case Kind::TooFewPeople:
        return Error(Problem::TooFewPeopleToPlan).withCall(callNumber).withPlanFailure(failure);
    case Kind::Unplannable:
        break;
    }
    return Error(Problem::Unplannable).withCall(callNumber).withPlanFailure(failure);
}

} // namespace convener::storage
