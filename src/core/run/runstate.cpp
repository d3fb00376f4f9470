// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/run/runstate.h"

#include <array>
#include <utility>

namespace convener::core {

namespace {
constexpr std::array kStatusKeys{
    std::pair{RunStatus::NotStarted, std::string_view("not_started")},
    std::pair{RunStatus::Running, std::string_view("running")},
    std::pair{RunStatus::Paused, std::string_view("paused")},
    std::pair{RunStatus::Finished, std::string_view("finished")},
};

using Ms = std::chrono::milliseconds;

std::int64_t wallMs(Clock::WallTime t)
{
    return std::chrono::duration_cast<Ms>(t.time_since_epoch()).count();
}

Clock::WallTime fromWallMs(std::int64_t ms)
{
    return Clock::WallTime(std::chrono::duration_cast<Clock::WallTime::duration>(Ms{ms}));
}
} // namespace

std::string_view runStatusKey(RunStatus status)
{
    for (const auto &[value, key] : kStatusKeys) {
        if (value == status)
            return key;
    }
    return "not_started";
}

nlohmann::json runStateToJson(const RunState &s)
{
    nlohmann::json plan = nlohmann::json::array();
    for (const auto &step : s.plan.durations) {
        nlohmann::json slots = nlohmann::json::array();
        for (Seconds d : step)
            slots.push_back(d.count());
        plan.push_back(std::move(slots));
    }
    return {
        {"format", RunState::kFormat},
        {"call", s.callId},
        {"status", runStatusKey(s.status)},
        {"step", s.step},
        {"slot", s.slot},
        {"call_started_ms", wallMs(s.callStarted)},
        {"step_started_ms", wallMs(s.stepStarted)},
        {"slot_started_ms", wallMs(s.slotStarted)},
        {"deadline_ms", wallMs(s.deadline)},
        {"paused_remaining_ms", s.pausedRemaining.count()},
        {"warned", s.warned},
        {"final_minute", s.finalMinute},
        {"slot_over", s.slotOver},
        {"call_over", s.callOver},
        {"group_sizes", s.groupSizes},
        {"plan", std::move(plan)},
        {"speakers", s.speakers},
        {"speaker", s.speaker},
        {"saved_ms", wallMs(s.savedAt)},
    };
}

std::optional<RunState> runStateFromJson(const nlohmann::json &j)
{
    // A state this version cannot read is dropped rather than guessed at: a
    // wrong position during a live call is worse than starting the call over.
    try {
        if (!j.is_object() || j.at("format").get<int>() != RunState::kFormat)
            return std::nullopt;
        RunState s;
        s.callId = j.at("call").get<std::string>();
        const auto status = j.at("status").get<std::string>();
        bool known = false;
        for (const auto &[value, key] : kStatusKeys) {
            if (key == status) {
                s.status = value;
                known = true;
            }
        }
        if (!known)
            return std::nullopt;
        s.step = j.at("step").get<int>();
        s.slot = j.at("slot").get<int>();
        s.callStarted = fromWallMs(j.at("call_started_ms").get<std::int64_t>());
        s.stepStarted = fromWallMs(j.at("step_started_ms").get<std::int64_t>());
        s.slotStarted = fromWallMs(j.at("slot_started_ms").get<std::int64_t>());
        s.deadline = fromWallMs(j.at("deadline_ms").get<std::int64_t>());
        s.pausedRemaining = Ms{j.at("paused_remaining_ms").get<std::int64_t>()};
        s.warned = j.at("warned").get<bool>();
        s.finalMinute = j.at("final_minute").get<bool>();
        s.slotOver = j.at("slot_over").get<bool>();
        s.callOver = j.at("call_over").get<bool>();
        s.groupSizes = j.at("group_sizes").get<std::vector<int>>();
        for (const auto &step : j.at("plan")) {
            std::vector<Seconds> slots;
            for (const auto &d : step)
                slots.emplace_back(d.get<Seconds::rep>());
            s.plan.durations.push_back(std::move(slots));
        }
        s.speakers = j.at("speakers").get<std::vector<std::string>>();
        s.speaker = j.at("speaker").get<int>();
        s.savedAt = fromWallMs(j.at("saved_ms").get<std::int64_t>());
        return s;
    } catch (const nlohmann::json::exception &) {
        return std::nullopt;
    }
}

} // namespace convener::core
