// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/breakoutround.h"
#include "core/rooms/roomplanfailure.h"
#include "core/rooms/roomroles.h"
#include "core/rooms/roomround.h"
#include "core/scheduler/scheduler.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace convener::core {

// Everything the planner needs to plan the breakout rounds of one call.
struct RoomPlanRequest
{
    std::vector<BreakoutRound> rounds;                       // the call's breakout steps, in order
    // Everyone who takes part in at least one round (present and late people; not the absent).
    std::vector<PersonId> people;
    // Display names, only as facts of a failure (the scheduler's error names people).
    std::map<PersonId, std::string> names;
    // Late joiners: the first round (1-based) they are in.
    std::map<PersonId, int> joinsAt;
    // People of `people` away from one round (index 0 = round 1): left early, stepped out.
    std::vector<std::vector<PersonId>> absentFromRound;
    // Recorded rounds of the cohort's other calls, oldest first (this call's
    // recorded rounds are the `previous` of replan). Only their groups matter;
    // people not taking part now are ignored.
    std::vector<std::vector<std::vector<PersonId>>> history;
    // Pairs that never share a room (co-hosts, and pairs the host named).
    std::vector<std::pair<PersonId, PersonId>> keepApart;
    // Roles taken in the same rounds as `history`, for fair roles.
    RoleHistory roles;
};

struct RoomPlanSummary
{
    int rounds = 0;
    // Pairs sharing a room in the call's rounds who had not met before.
    int newEncounters = 0;
    // Pairs sharing a room who had met before (in history or an earlier round of the call).
    int repeats = 0;
    // No plan can have fewer repeats: the scheduler's lower bound, or, when a
    // single round is left to plan, the minimum an exhaustive search proves.
    int unavoidable = 0;
    // The most times any pair meeting in this call has met, history included.
    int maxPairMeetings = 0;
    // People placed in another room than in the previous plan (re-planning only).
    int moved = 0;
    // The search stopped at its time limit before reaching the bound.
    bool stoppedEarly = false;

    bool optimal() const { return repeats <= unavoidable; }
};

struct RoomPlanOutcome
{
    std::vector<RoomRound> rounds;                           // every round of the call, kept rounds included
    RoomPlanSummary summary;
    std::optional<RoomPlanFailure> error; // set when nothing could be planned

    bool ok() const { return !error.has_value(); }
};

// Turns a call's attendance and the cohort's history into a scheduler problem,
// plans every breakout round of the call at once, and gives the rooms their roles.
//
// The scheduler's search can settle in a plan above the bound from one seed
// and reach it from another, so the planner makes up to `attempts` searches
// from seeds derived from options.seed, sharing options.timeLimit, and keeps
// the best; it stops as soon as one reaches the bound. The first attempt uses
// options.seed itself. With an iteration limit (and a generous time limit)
// the plan depends only on the inputs and the seed.
class RoomPlanner final
{
public:
    static constexpr int kDefaultAttempts = 8;

    explicit RoomPlanner(ScheduleOptions options = {}, int attempts = kDefaultAttempts);

    // Plans every round of request.rounds from scratch.
    RoomPlanOutcome plan(const RoomPlanRequest &request) const;

    // Re-plans after a change (a late joiner, someone leaving, a hand edit).
    // The recorded rounds at the start of `previous` stay exactly as they are;
    // the rest are planned again, keeping people in their rooms where that
    // costs no repeat. With no recorded round this is a plan that stays close
    // to `previous`.
    RoomPlanOutcome replan(const RoomPlanRequest &request, const std::vector<RoomRound> &previous) const;

    // The scheduler's view of a request: people are numbered in the order of
    // `ids` (request.people, then anyone else in `kept`). For tests and the bench.
    static ScheduleProblem scheduleProblem(const RoomPlanRequest &request, const std::vector<RoomRound> &kept,
                                           std::vector<PersonId> &ids);

private:
    RoomPlanOutcome run(const RoomPlanRequest &request, const std::vector<RoomRound> &previous) const;

    ScheduleOptions m_options;
    int m_attempts;
};

} // namespace convener::core
