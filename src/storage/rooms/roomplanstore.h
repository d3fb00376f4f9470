// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"
#include "core/rooms/roomplanner.h"
#include "core/scheduler/scheduler.h"
#include "storage/result.h"

namespace convener::storage {

class Database;

// Plans a cohort call's breakout rooms from what the database knows: the
// call's breakout steps, who is present (attendance; late joiners from the
// round after they arrive), the cohort's recorded rounds in its other calls,
// keep-apart pairs, and its hosts (kept apart from each other, or left out).
class RoomPlanStore final
{
public:
    enum class Mode {
        Fresh,      // plan every round not yet recorded from scratch
        StayClose,  // re-plan the rest: keep people in the rooms of the stored plan where that costs no repeat
    };

    explicit RoomPlanStore(Database &database);

    // The planner's input for the call, as the database has it now.
    Result<core::RoomPlanRequest> request(core::CohortId cohort, int callNumber) const;

    // Plans the call and stores the plan, keeping its recorded rounds as they
    // are. On failure nothing is stored and the error says why.
    Result<core::RoomPlanOutcome> planAndSave(core::CohortId cohort, int callNumber, Mode mode,
                                              const core::ScheduleOptions &options = {});

private:
    Database &m_database;
};

// The planner's failure for call callNumber as a storage error, so that it is
// worded where every other rooms problem is (models::describe).
Error planFailure(const core::RoomPlanFailure &failure, int callNumber);

} // namespace convener::storage
