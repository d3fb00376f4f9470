// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "test_runsupport.h"

#include "support/fakeclock.h"

#include <algorithm>

using namespace convener;
using namespace convener::tests;

namespace {
const std::vector<std::string> kNames{"chloe", "Ana", "Ben", "Dara", "Eli"};

core::ProgramCall cueCall()
{
    core::ProgramCall call;
    call.id = "cues";
    core::Step pairs;
    pairs.id = "pairs";
    pairs.title = "Pairs";
    pairs.space = core::StepSpace::Pair;
    pairs.rotation.kind = core::RotationKind::PerMember;
    pairs.rotation.role = "speaker";
    pairs.prompts = {"Round {round} of {rounds}, {minutes} min in groups of {group_size}"};
    pairs.cues = {{core::CueMoment::End, "All back to the circle", {}}};
    pairs.phases = {phase("speak", 4min), phase("respond", 1min)};
    pairs.phases[0].cues = {{core::CueMoment::Start, "{role}: begin, {minutes} min", {}},
                            {core::CueMoment::Warning, "Two minutes left in round {round}", {}}};
    pairs.phases[1].cues = {{core::CueMoment::End, "Switch now", {}}};
    call.steps.push_back(pairs);
    core::Step closing;
    closing.id = "closing";
    closing.title = "Closing";
    closing.space = core::StepSpace::Circle;
    closing.rotation.kind = core::RotationKind::PerMember;
    closing.prompts = {"Closing round: one word each. After you: {next}"};
    closing.phases = {phase("word", 30s)};
    closing.phases[0].cues = {{core::CueMoment::Start, "Next: {next}", {}}};
    call.steps.push_back(closing);
    return call;
}
} // namespace

TEST_CASE("SpeakingOrder: a seed always gives the same shuffle of the same names")
{
    const auto a = core::SpeakingOrder::shuffled(kNames, 42);
    const auto b = core::SpeakingOrder::shuffled(kNames, 42);
    CHECK(a == b);
    auto sorted = a.names();
    std::sort(sorted.begin(), sorted.end());
    auto expected = kNames;
    std::sort(expected.begin(), expected.end());
    CHECK(sorted == expected);
    bool differs = false;
    for (std::uint64_t seed = 1; seed < 20; ++seed)
        differs = differs || core::SpeakingOrder::shuffled(kNames, seed).names() != a.names();
    CHECK(differs);
}

TEST_CASE("SpeakingOrder: by hand keeps the order")
{
    CHECK(core::SpeakingOrder::byHand(kNames).names() == kNames);
}

TEST_CASE("SpeakingOrder: next speaker walks the list to its end")
{
    auto order = core::SpeakingOrder::byHand({"Ana", "Ben", "Chloe"});
    CHECK(order.current() == "Ana");
    CHECK(order.following() == "Ben");
    CHECK(order.next());
    CHECK(order.next());
    CHECK(order.current() == "Chloe");
    CHECK_FALSE(order.following());
    CHECK_FALSE(order.next());
    CHECK_FALSE(order.current());
    CHECK_FALSE(order.next());
    CHECK(core::SpeakingOrder().perPerson(10min) == 0s);
}

TEST_CASE("SpeakingOrder: per-person time and the announcement")
{
    const auto order = core::SpeakingOrder::byHand({"Ana", "Ben", "Chloe", "Dara"});
    CHECK(order.perPerson(10min) == 150s);
    CHECK(order.announcement(150s) == "Speaking order (about 2.5 min each): 1. Ana, 2. Ben, 3. Chloe, 4. Dara");
    CHECK(order.announcement(0s) == "Speaking order: 1. Ana, 2. Ben, 3. Chloe, 4. Dara");
    // Never "0.0 min": under a minute in seconds, above it to the nearest half minute.
    CHECK(order.announcement(1s) == "Speaking order (about 5 s each): 1. Ana, 2. Ben, 3. Chloe, 4. Dara");
    CHECK(order.announcement(23s).rfind("Speaking order (about 25 s each):", 0) == 0);
    CHECK(order.announcement(170s).rfind("Speaking order (about 3 min each):", 0) == 0);
    CHECK(order.announcement(60s).rfind("Speaking order (about 1 min each):", 0) == 0);
    // 26 people sharing a 10-minute round.
    std::vector<std::string> names;
    for (int i = 0; i < 26; ++i)
        names.push_back("Person " + std::to_string(i));
    const auto circle = core::SpeakingOrder::byHand(names);
    CHECK(circle.perPerson(10min) == 23s);
}

TEST_CASE("RunEngine: prompts are rendered with the run's values")
{
    FakeClock clock;
    core::RunEngine engine(clock, cueCall(), {});
    engine.start();
    CHECK(engine.currentPrompts() == std::vector<std::string>{"Round 1 of 2, 10 min in groups of 2"});
    clock.advance(5min);
    engine.advanceTo(clock.now());
    CHECK(engine.currentPrompts() == std::vector<std::string>{"Round 2 of 2, 10 min in groups of 2"});
    engine.extendPhase();
    CHECK(engine.currentPrompts() == std::vector<std::string>{"Round 2 of 2, 11 min in groups of 2"});
}

TEST_CASE("RunEngine: the cue for now and the next cue with its due time")
{
    FakeClock clock;
    core::RunEngine engine(clock, cueCall(), {});
    const auto start = clock.now();
    CHECK_FALSE(engine.currentCue(clock.now()));
    REQUIRE(engine.nextCue(clock.now()));
    engine.start();
    auto cue = engine.currentCue(clock.now());
    REQUIRE(cue);
    CHECK(cue->text == "speaker: begin, 4 min");
    CHECK(cue->moment == core::CueMoment::Start);
    auto next = engine.nextCue(clock.now());
    REQUIRE(next);
    CHECK(next->text == "Two minutes left in round 1");
    CHECK(next->due == start + 2min);
    clock.advance(2min);
    engine.advanceTo(clock.now());
    CHECK(engine.currentCue(clock.now())->text == "Two minutes left in round 1");
    next = engine.nextCue(clock.now());
    CHECK(next->text == "Switch now");
    CHECK(next->due == start + 5min);
    clock.advance(8min - 1s);
    engine.advanceTo(clock.now());
    next = engine.nextCue(clock.now());
    // The step's own end cue and the phase's end cue are both due now + 1 s.
    CHECK(next->due == clock.now() + 1s);
    clock.advance(1s);
    engine.advanceTo(clock.now());
    CHECK(engine.waitingForHost());
    cue = engine.currentCue(clock.now());
    REQUIRE(cue);
    CHECK((cue->text == "Switch now" || cue->text == "All back to the circle"));
    next = engine.nextCue(clock.now());
    REQUIRE(next);
    CHECK(next->step == 1);
    CHECK(next->due == clock.now());
    clock.advance(1min);
    // The host is late: the next step's first cue is due whenever they move on.
    CHECK(engine.nextCue(clock.now())->due == clock.now());
}

TEST_CASE("RunEngine: a circle round takes its speakers from the order")
{
    FakeClock clock;
    core::RunEngine engine(clock, cueCall(), {2, 3});
    engine.setSpeakingOrder(core::SpeakingOrder::byHand({"Ana", "Ben", "Chloe"}));
    engine.start();
    engine.nextStep();
    CHECK(engine.speakingOrder().current() == "Ana");
    CHECK(engine.currentPrompts() == std::vector<std::string>{"Closing round: one word each. After you: Ben"});
    CHECK(engine.currentCue(clock.now())->text == "Next: Ben");
    clock.advance(30s);
    engine.advanceTo(clock.now());
    CHECK(engine.speakingOrder().current() == "Ben");
    CHECK(engine.currentCue(clock.now())->text == "Next: Chloe");
    clock.advance(30s);
    engine.advanceTo(clock.now());
    CHECK(engine.speakingOrder().current() == "Chloe");
    CHECK(engine.currentPrompts() == std::vector<std::string>{"Closing round: one word each. After you: "});
}

TEST_CASE("RunEngine: the host moves the speaker on in an open round")
{
    FakeClock clock;
    core::RunEngine engine(clock, practiceCall(1), {});
    engine.setSpeakingOrder(core::SpeakingOrder::byHand({ "Ana", "Ben" }));
    engine.start();
    engine.nextStep();
    CHECK(engine.currentStep().id == "check-in");
    CHECK(engine.speakingOrder().current() == "Ana");
    CHECK(engine.nextSpeaker());
    CHECK(engine.speakingOrder().current() == "Ben");
    CHECK(engine.speakingOrder().perPerson(engine.currentSlot().duration) == 5min);
}

TEST_CASE("SpeakingOrder: a late joiner speaks last, and only once")
{
    auto order = core::SpeakingOrder::byHand({"Ana", "Ben"});
    order.next();
    CHECK(order.add("Cy"));
    CHECK_FALSE(order.add("Ana"));
    CHECK(order.names() == std::vector<std::string>{"Ana", "Ben", "Cy"});
    CHECK(order.current() == "Ben");
    CHECK(order.following() == "Cy");
}
