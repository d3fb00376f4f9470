// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

// The steps the validation tests build their programs from: core's tests
// check the problems found, models' tests the words for them.
#include "core/program/programcall.h"

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace convener::tests {

inline core::Step plain(std::string id, core::Seconds duration)
{
    core::Step s;
    s.id = std::move(id);
    s.title = "Step " + s.id;
    s.duration = duration;
    return s;
}

// Troika Consulting in trios: the client role passes round, two timed phases.
inline core::Step troika()
{
    using namespace std::chrono_literals;
    core::Step s;
    s.id = "troika";
    s.title = "Troika Consulting";
    s.space = core::StepSpace::Trio;
    s.breakout = true;
    s.roles = { { "client", 1, 1, {} }, { "consultant", 2, 2, {} } };
    s.rotation.kind = core::RotationKind::PerMember;
    s.rotation.role = "client";
    s.phases = { { "share", "Share", 4min, 3min, {}, {} }, { "confer", "Confer", 5min, std::nullopt, {}, {} } };
    return s;
}

inline core::ProgramCall callOf(std::vector<core::Step> steps)
{
    core::ProgramCall c;
    c.id = "c";
    c.title = "Call";
    c.steps = std::move(steps);
    return c;
}

} // namespace convener::tests
