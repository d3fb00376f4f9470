// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/programcall.h"
#include "core/program/programdurations.h"
#include "core/program/step.h"

#include <catch2/catch.hpp>

using namespace convener::core;
using namespace std::chrono_literals;

namespace {
Phase phase(std::string id, Seconds duration, std::optional<Seconds> minimum = std::nullopt)
{
    Phase p;
    p.id = std::move(id);
    p.title = p.id;
    p.duration = duration;
    p.minimum = minimum;
    return p;
}

// Share 4 min (3 at least), confer 5 min (4), reflect 2 min: one Troika turn.
Step troika()
{
    Step s;
    s.id = "troika";
    s.title = "Troika Consulting";
    s.space = StepSpace::Trio;
    s.breakout = true;
    s.roles = {{"client", 1, 1, {}}, {"consultant", 2, 2, {}}};
    s.rotation.kind = RotationKind::PerMember;
    s.rotation.role = "client";
    s.phases = {phase("share", 4min, 3min), phase("confer", 5min, 4min), phase("reflect", 2min)};
    return s;
}

Step plain(std::string id, Seconds duration)
{
    Step s;
    s.id = std::move(id);
    s.title = s.id;
    s.duration = duration;
    return s;
}
} // namespace

TEST_CASE("Step: a step without phases lasts its duration and compresses to its minimum")
{
    Step s = plain("journal", 5min);
    CHECK(s.plannedDuration() == 5min);
    CHECK(s.minimumDuration() == 5min);
    s.minimum = 3min;
    CHECK(s.minimumDuration() == 3min);
    const auto slots = s.expand(20);
    REQUIRE(slots.size() == 1);
    CHECK(slots[0].kind == SlotKind::Step);
    CHECK(slots[0].duration == 5min);
    CHECK(slots[0].minimum == 3min);
}

TEST_CASE("Step: a per-member rotation runs one block of phases per person, for groups of 2 to 6")
{
    Step s = troika();
    s.space = StepSpace::Group;
    s.roles = {{"client", 1, 1, {}}, {"consultant", 1, 5, {}}};
    for (int size = 2; size <= 6; ++size) {
        INFO("group of " << size);
        CHECK(s.turns(size) == size);
        CHECK(s.plannedDuration(size) == Seconds{size * 11 * 60});
        CHECK(s.minimumDuration(size) == Seconds{size * 9 * 60});
        const auto slots = s.expand(size);
        REQUIRE(slots.size() == static_cast<std::size_t>(size * 3));
        Seconds expectedOffset{0};
        for (std::size_t i = 0; i < slots.size(); ++i) {
            CHECK(slots[i].kind == SlotKind::Phase);
            CHECK(slots[i].phaseIndex == static_cast<int>(i % 3));
            CHECK(slots[i].turn == static_cast<int>(i / 3) + 1);
            CHECK(slots[i].turns == size);
            CHECK(slots[i].offset == expectedOffset);
            expectedOffset += slots[i].duration;
        }
        CHECK(expectedOffset == s.plannedDuration(size));
    }
}

TEST_CASE("Step: a Troika round in a trio takes 33 minutes, each client once")
{
    const Step s = troika();
    CHECK(s.plannedGroupSize() == 3);
    CHECK(s.plannedDuration() == 33min);
    CHECK(s.minimumDuration() == 27min);
    const auto slots = s.expand(3);
    REQUIRE(slots.size() == 9);
    CHECK(slots[3].phaseId == "share");
    CHECK(slots[3].turn == 2);
    CHECK(slots[3].offset == 11min);
    CHECK(slots[8].phaseId == "reflect");
    CHECK(slots[8].offset == 31min);
}

TEST_CASE("Step: a fixed rotation repeats a set number of times with changeovers between turns")
{
    Step s;
    s.id = "dating";
    s.title = "Speed dating";
    s.space = StepSpace::Pair;
    s.breakout = true;
    s.rotation.kind = RotationKind::Fixed;
    s.rotation.count = 3;
    s.rotation.changeover = 1min;
    s.phases = {phase("first", 5min), phase("second", 5min)};
    for (int size = 2; size <= 6; ++size)
        CHECK(s.plannedDuration(size) == 32min);
    const auto slots = s.expand(2);
    REQUIRE(slots.size() == 8);
    CHECK(slots[2].kind == SlotKind::Changeover);
    CHECK(slots[2].turn == 2);
    CHECK(slots[2].offset == 10min);
    CHECK(slots[2].duration == 1min);
    CHECK(slots[3].offset == 11min);
    CHECK(slots[7].offset + slots[7].duration == 32min);
    CHECK(s.minimumDuration() == 32min);
}

TEST_CASE("Step: changeovers also separate the turns of a per-member rotation")
{
    Step s = troika();
    s.rotation.changeover = 30s;
    CHECK(s.plannedDuration(3) == 33min + 60s);
    CHECK(s.expand(3).size() == 11);
}

TEST_CASE("Step: an unknown group size counts one turn until validation has it fixed")
{
    Step s = plain("closing", 1min);
    s.rotation.kind = RotationKind::PerMember;
    CHECK_FALSE(s.plannedGroupSize());
    CHECK(s.plannedDuration() == 1min);
    s.groupSize = 24;
    CHECK(s.plannedDuration() == 24min);
}

TEST_CASE("Step: the space fixes the group size of self, pair and trio")
{
    Step s = plain("x", 1min);
    s.space = StepSpace::Self;
    CHECK(s.plannedGroupSize() == 1);
    s.space = StepSpace::Pair;
    s.groupSize = 5;
    CHECK(s.plannedGroupSize() == 2);
    s.space = StepSpace::Group;
    CHECK(s.plannedGroupSize() == 5);
    s.space = StepSpace::Circle;
    s.groupSize.reset();
    CHECK_FALSE(s.plannedGroupSize());
}

TEST_CASE("Step: template values follow the slot being run")
{
    const Step s = troika();
    const auto slots = s.expand(3);
    const TemplateValues v = s.slotValues(slots[4], 3);
    CHECK(v.duration == 5min);
    CHECK(v.round == 2);
    CHECK(v.rounds == 3);
    CHECK(v.groupSize == 3);
    CHECK(v.role == "client");
    const TemplateValues p = s.promptValues(3);
    CHECK(p.duration == 33min);
    CHECK(p.round == 1);
    CHECK(p.rounds == 3);
}

TEST_CASE("Step: huge numbers built in code saturate instead of overflowing")
{
    Step s = plain("long", Seconds{std::numeric_limits<Seconds::rep>::max() / 2});
    s.rotation.kind = RotationKind::Fixed;
    s.rotation.count = 100;
    CHECK(s.plannedDuration() == Seconds{std::numeric_limits<Seconds::rep>::max()});
}

TEST_CASE("Call: steps start one after another and add up to the planned total")
{
    ProgramCall call;
    call.steps = {plain("a", 10min), troika(), plain("b", 7min)};
    call.steps[2].minimum = 5min;
    CHECK(call.plannedDuration() == 50min);
    CHECK(call.minimumDuration() == 42min);
    CHECK(call.startOffsets() == std::vector<Seconds>{0min, 10min, 43min});
    REQUIRE(call.findStep("troika"));
    CHECK(call.findStep("troika")->title == "Troika Consulting");
    CHECK_FALSE(call.findStep("nope"));
    CHECK(call.length == 90min);
}

TEST_CASE("Durations read as minutes and seconds, offsets as a clock")
{
    CHECK(durationText(90min) == "90 min");
    CHECK(durationText(270s) == "4 min 30 s");
    CHECK(durationText(40s) == "40 s");
    CHECK(offsetText(0s) == "0:00");
    CHECK(offsetText(72min) == "1:12");
    CHECK(offsetText(270s) == "0:04:30");
}
