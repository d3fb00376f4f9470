// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programcall.h"
#include "core/program/steprole.h"
#include "core/program/steprotation.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace convener::core {

// A breakout step of a call as room planning sees it: one round of rooms.
struct BreakoutRound
{
    int number = 0;                                          // 1-based among the call's breakout steps
    std::string stepId;
    std::string stepTitle;
    int groupSize = 2;
    std::vector<StepRole> roles;
    StepRotation rotation;
    // The group sizes the step's roles allow, when it names roles: the sums of
    // their minimum and maximum counts (a case-giver, a timekeeper and three or
    // four coaches: 5 to 6).
    std::optional<int> minGroupSize;
    std::optional<int> maxGroupSize;
    // Local minute of the day the round is planned to start, when the call has a planned start.
    std::optional<int> startMinute;
};

// The call's breakout steps in agenda order. A breakout step without a group
// size (validation reports it) is planned in pairs.
std::vector<BreakoutRound> breakoutRounds(const ProgramCall &call);

// The first round (1-based) that starts at or after a late joiner's local
// "HH:MM" arrival: the rounds they can still take part in. 1 when the rounds
// have no planned times or the arrival is not known; 0 when every round has
// started by then.
int lateJoinRound(const std::vector<BreakoutRound> &rounds, std::string_view arrivedAt);

} // namespace convener::core
