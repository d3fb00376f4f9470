// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/builtinlibrary.h"
#include "core/program/programcall.h"
#include "core/run/runengine.h"

#include <catch2/catch.hpp>

#include <string>
#include <variant>
#include <vector>

namespace convener::tests {

using namespace std::chrono_literals;

inline core::Step plainStep(std::string id, core::Seconds duration)
{
    core::Step s;
    s.id = id;
    s.title = "Step " + id;
    s.duration = duration;
    return s;
}

inline core::Phase phase(std::string id, core::Seconds duration, std::optional<core::Seconds> minimum = std::nullopt)
{
    core::Phase p;
    p.id = id;
    p.title = "Phase " + id;
    p.duration = duration;
    p.minimum = minimum;
    return p;
}

// welcome 5 min, a pair practice with two 4+1 min turns, closing 5 min.
inline core::ProgramCall smallCall()
{
    core::ProgramCall call;
    call.id = "small";
    call.title = "Small call";
    call.length = 20min;
    call.steps.push_back(plainStep("welcome", 5min));
    core::Step pairs;
    pairs.id = "pairs";
    pairs.title = "Pairs";
    pairs.space = core::StepSpace::Pair;
    pairs.rotation.kind = core::RotationKind::PerMember;
    pairs.phases = {phase("share", 4min), phase("reflect", 1min)};
    call.steps.push_back(pairs);
    call.steps.push_back(plainStep("closing", 5min));
    return call;
}

inline core::ProgramCall practiceCall(int number)
{
    const auto loaded = core::BuiltinLibrary::load("practice-program");
    REQUIRE(loaded.ok());
    const auto &program = std::get<core::Program>(loaded.document->content);
    return program.calls.at(static_cast<std::size_t>(number - 1));
}

inline std::chrono::milliseconds ms(core::Clock::Duration d)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(d);
}

inline bool has(const std::vector<core::RunTransition> &list, core::RunEvent event)
{
    for (const auto &t : list) {
        if (t.event == event)
            return true;
    }
    return false;
}

inline std::vector<core::RunEvent> events(const std::vector<core::RunTransition> &list)
{
    std::vector<core::RunEvent> out;
    for (const auto &t : list)
        out.push_back(t.event);
    return out;
}

} // namespace convener::tests
