// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"
#include "core/scheduler/scheduleerror.h"

#include <string>
#include <vector>

namespace convener::core {

// Why nothing could be planned, with the facts a sentence needs; models word it.
struct RoomPlanFailure
{
    enum class Kind {
        NoBreakoutSteps, // the call has no breakout steps
        NothingLeftToPlan, // every round of the call has been recorded
        RoundUnplannable, // round, stepTitle, cause, people: one round cannot be planned
        KeepApartUnplannable, // cause, people: the keep-apart pairs cannot all be honoured
        TooFewPeople, // cause, people
        Unplannable, // cause, people
    };

    Kind kind = Kind::Unplannable;
    int round = 0; // from 1
    std::string stepTitle; // may be empty
    // Why the scheduler could not plan: its kind and facts, which name people
    // by the scheduler's numbers and by their display names (empty when a
    // person has none)...
    ScheduleError cause;
    // ...and the same people as the cohort knows them, in the same order.
    std::vector<PersonId> people;

    bool operator==(const RoomPlanFailure &) const = default;
};

} // namespace convener::core
