// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/attendance.h"
#include "core/rooms/breakoutround.h"
#include "core/rooms/roomround.h"
#include "core/roster/person.h"
#include "storage/result.h"
#include "storage/rowversion.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace convener::storage {

class Database;

// Whether a cohort's hosts and co-hosts sit in breakout rooms. Either way two
// hosts never share a room.
enum class HostsInRooms { KeptApart, LeftOut };

// Two people the host keeps out of the same room, and why (for the host only).
struct KeepApartPair
{
    core::PersonId first = 0;                                // first < second
    core::PersonId second = 0;
    std::string reason;

    bool operator==(const KeepApartPair &) const = default;
};

// A recorded round and the call it belongs to: one piece of encounter history.
struct RecordedRound
{
    int callNumber = 0;
    core::RoomRound round;
};

// Attendance, breakout rounds and keep-apart pairs of cohorts. A call's rounds
// are numbered from 1 in agenda order; rooms from 1 in their order within a
// round. A planned round can be edited and re-planned; a recorded round is
// history and never changes. Every write is one IMMEDIATE transaction.
class RoomsRepository final
{
public:
    explicit RoomsRepository(Database &database);

    // One mark per current member of the cohort, in roster order; a member
    // nobody marked is present.
    Result<std::vector<core::AttendanceMark>> attendance(core::CohortId cohort, int callNumber) const;
    // Stores the marks (replacing earlier marks of the same people); the people
    // must be members of the cohort.
    Status setAttendance(core::CohortId cohort, int callNumber, const std::vector<core::AttendanceMark> &marks);
    // The stamps of the call's stored marks, by person (a member nobody marked has none).
    Result<std::map<core::PersonId, RowStamp>> attendanceStamps(core::CohortId cohort, int callNumber) const;
    // Stores one person's mark when their stored mark is still at basedOn
    // (kNoRow: nobody had marked them; 0: not checked); otherwise refused as
    // ChangedElsewhere, naming who marked them. Returns the mark's new version.
    Result<RowVersion> markAttendance(
        core::CohortId cohort, int callNumber, const core::AttendanceMark &mark, RowVersion basedOn);

    // The version of the call's room plan. Every write to the call's rounds
    // (a plan, a hand edit, a recording) moves it on and returns the new
    // version; given the version it was based on (basedOn: kNoRow when the
    // call had no plan version yet, 0 for "not checked"), a write is refused
    // as ChangedElsewhere, naming who changed the plan, when it has moved on.
    // kNoRow until the call's first plan write.
    Result<RowStamp> planStamp(core::CohortId cohort, int callNumber) const;
    // The call's rounds, planned and recorded, by number. Empty when none is planned.
    Result<std::vector<core::RoomRound>> rounds(core::CohortId cohort, int callNumber) const;
    Result<core::RoomRound> round(core::CohortId cohort, int callNumber, int roundNumber) const;
    // Stores a plan: the planned rounds of `rounds` replace every planned round
    // of the call; recorded rounds in `rounds` are skipped, they stay as stored.
    Result<RowVersion> savePlan(
        core::CohortId cohort, int callNumber, const std::vector<core::RoomRound> &rounds, RowVersion basedOn = 0);
    // Replaces one planned round's rooms and roles (a hand edit). Refused for a recorded round.
    Result<RowVersion> updateRound(
        core::CohortId cohort, int callNumber, const core::RoomRound &round, RowVersion basedOn = 0);
    // Moves a person of a planned round to room toRoom (1-based; one past the
    // last room opens a new room). A room left empty closes and later rooms move
    // up. The mover joins the room's turn order at the end when it has one and
    // otherwise sits without a role; a role they held stays open (setRole).
    Result<RowVersion> movePerson(core::CohortId cohort, int callNumber, int roundNumber, core::PersonId person,
        int toRoom, RowVersion basedOn = 0);
    // Swaps two people of a planned round: each takes the other's seat and its role.
    Result<RowVersion> swapPeople(core::CohortId cohort, int callNumber, int roundNumber, core::PersonId first,
        core::PersonId second, RowVersion basedOn = 0);
    // Gives a person of a planned round a role (empty for none) and rank.
    Result<RowVersion> setRole(core::CohortId cohort, int callNumber, int roundNumber, core::PersonId person,
        const std::string &role, int rank, RowVersion basedOn = 0);
    // A host's change of a person's role in a planned round of `step` (the
    // breakout step it was planned from): core::changeRoomRole says what
    // changes and what is refused (a role the step does not have, a turn out
    // of range, someone not in the round). Refused for a recorded round.
    Result<RowVersion> changeRole(core::CohortId cohort, int callNumber, int roundNumber,
        const core::BreakoutRound &step, core::PersonId person, const std::string &role, int turn,
        RowVersion basedOn = 0);
    // Marks a planned round as what happened: it becomes history. Rounds are
    // recorded in order; recordedAt is a UTC "YYYY-MM-DDTHH:MM:SSZ".
    Result<RowVersion> recordRound(
        core::CohortId cohort, int callNumber, int roundNumber, const std::string &recordedAt, RowVersion basedOn = 0);
    // Removes the call's planned rounds (recorded ones stay).
    Result<RowVersion> deletePlannedRounds(core::CohortId cohort, int callNumber, RowVersion basedOn = 0);

    // Every recorded round of the cohort, by call and round: the encounter history.
    Result<std::vector<RecordedRound>> recordedRounds(core::CohortId cohort) const;

    // The people with these ids, members of the cohort or not: a recorded round
    // keeps seating someone who has left since. Unknown ids are left out.
    Result<std::map<core::PersonId, core::Person>> people(const std::vector<core::PersonId> &ids) const;

    Result<std::vector<KeepApartPair>> keepApart(core::CohortId cohort) const;
    // Adds (or updates the reason of) a pair; both must be members of the cohort.
    Status addKeepApart(core::CohortId cohort, core::PersonId first, core::PersonId second, const std::string &reason);
    Status removeKeepApart(core::CohortId cohort, core::PersonId first, core::PersonId second);

    Result<HostsInRooms> hostsInRooms(core::CohortId cohort) const;
    Status setHostsInRooms(core::CohortId cohort, HostsInRooms placement);

private:
    Status writeRound(core::CohortId cohort, int callNumber, const core::RoomRound &round);
    Result<RowVersion> editRound(core::CohortId cohort, int callNumber, int roundNumber, RowVersion basedOn,
        const std::function<Status(core::RoomRound &)> &edit);

    Database &m_database;
};

} // namespace convener::storage
