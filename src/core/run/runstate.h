// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/clock.h"
#include "core/run/runplan.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace convener::core {

enum class RunStatus { NotStarted, Running, Paused, Finished };

std::string_view runStatusKey(RunStatus status);             // "not_started", "running", "paused", "finished"

// Everything needed to pick a run up again in another process. Times are
// wall-clock: the monotonic clock of a crashed process means nothing to the
// next one, and the call went on while the app was down.
struct RunState
{
    static constexpr int kFormat = 1;

    std::string callId;
    RunStatus status = RunStatus::NotStarted;
    int step = 0;
    int slot = 0;
    Clock::WallTime callStarted;
    Clock::WallTime stepStarted;
    Clock::WallTime slotStarted;
    Clock::WallTime deadline;                                // of the current slot, while running
    std::chrono::milliseconds pausedRemaining{0};            // while paused
    bool warned = false;
    bool finalMinute = false;
    bool slotOver = false;                                   // its end was announced; now in overtime
    bool callOver = false;
    std::vector<int> groupSizes;
    RunPlan plan;
    std::vector<std::string> speakers;
    int speaker = 0;
    Clock::WallTime savedAt;

    bool operator==(const RunState &) const = default;
};

nlohmann::json runStateToJson(const RunState &state);
// Null when the text is not a run state this version understands.
std::optional<RunState> runStateFromJson(const nlohmann::json &json);

} // namespace convener::core
