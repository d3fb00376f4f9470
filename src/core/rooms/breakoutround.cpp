// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/rooms/breakoutround.h"

#include "core/rooms/attendance.h"

#include <algorithm>
#include <chrono>

namespace convener::core {

namespace {
constexpr int kMinutesPerDay = 24 * 60;
}

std::vector<BreakoutRound> breakoutRounds(const ProgramCall &call)
{
    std::vector<BreakoutRound> out;
    const auto offsets = call.startOffsets();
    const auto callStart = minuteOfDay(call.plannedStart);
    for (size_t i = 0; i < call.steps.size(); ++i) {
        const Step &step = call.steps[i];
        if (!step.breakout)
            continue;
        BreakoutRound round;
        round.number = static_cast<int>(out.size()) + 1;
        round.stepId = step.id;
        round.stepTitle = step.title;
        round.groupSize = std::max(2, step.plannedGroupSize().value_or(2));
        round.roles = step.roles;
        round.rotation = step.rotation;
        if (!step.roles.empty()) {
            int least = 0;
            int most = 0;
            for (const auto &role : step.roles) {
                least += std::max(0, role.minCount);
                most += std::max(0, role.maxCount);
            }
            round.minGroupSize = least;
            round.maxGroupSize = most;
        }
        if (callStart && i < offsets.size()) {
            const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(offsets[i]).count();
            round.startMinute = static_cast<int>((*callStart + minutes) % kMinutesPerDay);
        }
        out.push_back(std::move(round));
    }
    return out;
}

int lateJoinRound(const std::vector<BreakoutRound> &rounds, std::string_view arrivedAt)
{
    const auto arrival = minuteOfDay(arrivedAt);
    if (!arrival || rounds.empty() || !rounds.front().startMinute)
        return 1;
    // Measured from the first round's start, so a call that crosses midnight still
    // compares in order; an arrival well before the rounds counts as on time.
    const int first = *rounds.front().startMinute;
    const auto since = [first](int minute) { return ((minute - first) % kMinutesPerDay + kMinutesPerDay) % kMinutesPerDay; };
    const int arrived = since(*arrival);
    if (arrived > kMinutesPerDay / 2)
        return 1;
    for (const auto &round : rounds) {
        if (!round.startMinute || since(*round.startMinute) >= arrived)
            return round.number;
    }
    return 0;
}

} // namespace convener::core
