// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "test_runsupport.h"

#include "support/fakeclock.h"

using namespace convener;
using namespace convener::tests;
using core::RunEvent;
using core::RunStatus;

TEST_CASE("RunEngine: starting enters the first slot with its full time")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    CHECK(engine.status() == RunStatus::NotStarted);
    CHECK_FALSE(engine.pause());
    CHECK_FALSE(engine.nextPhase());
    REQUIRE(engine.start());
    CHECK_FALSE(engine.start());
    const auto t = engine.advanceTo(clock.now());
    REQUIRE(t.size() == 1);
    CHECK(t[0].event == RunEvent::PhaseStarted);
    CHECK(t[0].at == clock.now());
    CHECK(engine.remaining(clock.now()) == 5min);
    CHECK(engine.deadline() == clock.now() + 5min);
}

TEST_CASE("RunEngine: warning and final minute fire once at their thresholds")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    engine.start();
    engine.advanceTo(clock.now());
    clock.advance(2min + 59s);
    CHECK(engine.advanceTo(clock.now()).empty());
    CHECK(engine.urgency(clock.now()) == core::RunUrgency::Calm);
    clock.advance(1s);
    auto t = engine.advanceTo(clock.now());
    REQUIRE(events(t) == std::vector{RunEvent::Warning});
    CHECK(engine.urgency(clock.now()) == core::RunUrgency::Warning);
    clock.advance(30s);
    CHECK(engine.advanceTo(clock.now()).empty());
    clock.advance(30s);
    t = engine.advanceTo(clock.now());
    REQUIRE(events(t) == std::vector{RunEvent::FinalMinute});
    CHECK(engine.urgency(clock.now()) == core::RunUrgency::FinalMinute);
}

TEST_CASE("RunEngine: a threshold longer than the phase fires at its start")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    engine.start();
    engine.jumpToStep(1);
    engine.advanceTo(clock.now());
    clock.advance(4min);
    const auto t = engine.advanceTo(clock.now());
    // share ends; reflect (1 min) is inside both thresholds from its start.
    REQUIRE(events(t)
            == std::vector{RunEvent::Warning, RunEvent::FinalMinute, RunEvent::PhaseOver, RunEvent::PhaseStarted,
                           RunEvent::Warning, RunEvent::FinalMinute});
    CHECK(t[4].at == t[3].at);
    CHECK(t[5].at == t[3].at);
}

TEST_CASE("RunEngine: phases advance on their own and the step waits for the host")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    engine.start();
    engine.jumpToStep(1);
    const auto begin = clock.now();
    engine.advanceTo(clock.now());
    clock.advance(10min);
    const auto t = engine.advanceTo(clock.now());
    CHECK(engine.stepIndex() == 1);
    CHECK(engine.slotIndex() == 3);
    CHECK(has(t, RunEvent::StepOver));
    CHECK(t.back().event == RunEvent::StepOver);
    CHECK(t.back().at == begin + 10min);
    CHECK(engine.waitingForHost());
    clock.advance(45s);
    CHECK(engine.advanceTo(clock.now()).empty());
    CHECK(engine.remaining(clock.now()) == -45s);
    CHECK(engine.urgency(clock.now()) == core::RunUrgency::Overtime);
    REQUIRE(engine.nextPhase());
    CHECK(engine.stepIndex() == 2);
    CHECK(engine.remaining(clock.now()) == 5min);
    CHECK_FALSE(engine.waitingForHost());
}

TEST_CASE("RunEngine: an auto-advancing step moves on at its deadline")
{
    FakeClock clock;
    auto call = smallCall();
    call.steps[0].autoAdvance = true;
    core::RunEngine engine(clock, call, {});
    engine.start();
    engine.advanceTo(clock.now());
    clock.advance(5min + 10s);
    const auto t = engine.advanceTo(clock.now());
    CHECK(has(t, RunEvent::StepOver));
    CHECK(t.back().event == RunEvent::PhaseStarted);
    CHECK(t.back().at == clock.now() - 10s);
    CHECK(engine.stepIndex() == 1);
    CHECK(engine.remaining(clock.now()) == 4min - 10s);
}

TEST_CASE("RunEngine: the last step announces the end of the call and counts overtime")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    engine.start();
    engine.jumpToStep(2);
    engine.advanceTo(clock.now());
    clock.advance(6min);
    const auto t = engine.advanceTo(clock.now());
    REQUIRE(t.size() >= 3);
    CHECK(t[t.size() - 3].event == RunEvent::PhaseOver);
    CHECK(t[t.size() - 2].event == RunEvent::StepOver);
    CHECK(t.back().event == RunEvent::CallOver);
    CHECK(engine.remaining(clock.now()) == -1min);
    CHECK_FALSE(engine.nextPhase());
    CHECK_FALSE(engine.nextStep());
    REQUIRE(engine.endCall());
    CHECK(engine.status() == RunStatus::Finished);
    CHECK(engine.advanceTo(clock.now()).empty());
    CHECK_FALSE(engine.endCall());
}

TEST_CASE("RunEngine: ending the call early announces it")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    engine.start();
    engine.advanceTo(clock.now());
    clock.advance(1min);
    REQUIRE(engine.endCall());
    CHECK(events(engine.advanceTo(clock.now())) == std::vector{RunEvent::CallOver});
    CHECK(engine.schedule(clock.now()).progress == 1.0);
}

TEST_CASE("RunEngine: pausing freezes the remaining time")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    engine.start();
    clock.advance(1min);
    REQUIRE(engine.pause());
    CHECK_FALSE(engine.pause());
    clock.advance(10min);
    CHECK(engine.advanceTo(clock.now()).size() == 1);
    CHECK(engine.remaining(clock.now()) == 4min);
    CHECK(engine.status() == RunStatus::Paused);
    REQUIRE(engine.togglePause());
    CHECK(engine.status() == RunStatus::Running);
    CHECK(engine.deadline() == clock.now() + 4min);
    CHECK(engine.slotElapsed(clock.now()) == 1min);
    clock.advance(4min);
    CHECK(has(engine.advanceTo(clock.now()), RunEvent::StepOver));
}

TEST_CASE("RunEngine: next and previous phase walk slots across steps")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    CHECK_FALSE(engine.previousPhase());
    engine.start();
    CHECK_FALSE(engine.previousPhase());
    REQUIRE(engine.nextPhase());
    CHECK(engine.stepIndex() == 1);
    CHECK(engine.slotIndex() == 0);
    REQUIRE(engine.nextPhase());
    CHECK(engine.slotIndex() == 1);
    CHECK(engine.remaining(clock.now()) == 1min);
    REQUIRE(engine.previousPhase());
    CHECK(engine.slotIndex() == 0);
    REQUIRE(engine.previousPhase());
    CHECK(engine.stepIndex() == 0);
    REQUIRE(engine.previousPhase() == false);
    REQUIRE(engine.nextStep());
    REQUIRE(engine.nextPhase());
    REQUIRE(engine.previousStep());
    CHECK(engine.stepIndex() == 0);
    CHECK(engine.slotIndex() == 0);
    REQUIRE(engine.jumpToStep(2));
    CHECK(engine.stepIndex() == 2);
    CHECK_FALSE(engine.jumpToStep(3));
    CHECK_FALSE(engine.jumpToStep(-1));
    const auto t = engine.advanceTo(clock.now());
    CHECK(std::count(t.begin(), t.end(), core::RunTransition{RunEvent::PhaseStarted, 2, 0, clock.now()}) == 1);
}

TEST_CASE("RunEngine: moving while paused stays paused with the new slot's time")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    engine.start();
    engine.pause();
    REQUIRE(engine.nextPhase());
    CHECK(engine.status() == RunStatus::Paused);
    clock.advance(1min);
    CHECK(engine.remaining(clock.now()) == 4min);
}

TEST_CASE("RunEngine: a minute more or less moves the deadline and the plan")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    engine.start();
    clock.advance(3min + 30s);
    CHECK(has(engine.advanceTo(clock.now()), RunEvent::Warning));
    REQUIRE(engine.extendPhase());
    CHECK(engine.remaining(clock.now()) == 2min + 30s);
    CHECK(engine.plan().durations[0][0] == 6min);
    clock.advance(30s);
    // The warning is ahead again, so it is announced again.
    CHECK(events(engine.advanceTo(clock.now())) == std::vector{RunEvent::Warning});
    REQUIRE(engine.shortenPhase());
    REQUIRE(engine.shortenPhase());
    CHECK(engine.remaining(clock.now()) == 0s);
    CHECK(has(engine.advanceTo(clock.now()), RunEvent::StepOver));
    CHECK_FALSE(engine.extendPhase(0s));
}

TEST_CASE("RunEngine: extending out of overtime announces the end again")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    engine.start();
    clock.advance(5min + 20s);
    CHECK(has(engine.advanceTo(clock.now()), RunEvent::StepOver));
    REQUIRE(engine.extendPhase());
    CHECK_FALSE(engine.waitingForHost());
    CHECK(engine.remaining(clock.now()) == 40s);
    clock.advance(40s);
    CHECK(has(engine.advanceTo(clock.now()), RunEvent::StepOver));
}

TEST_CASE("RunEngine: restarting a phase gives it its full time again")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    engine.start();
    clock.advance(4min + 30s);
    engine.advanceTo(clock.now());
    REQUIRE(engine.restartPhase());
    CHECK(engine.remaining(clock.now()) == 5min);
    CHECK(engine.urgency(clock.now()) == core::RunUrgency::Calm);
    CHECK(events(engine.advanceTo(clock.now())) == std::vector{RunEvent::PhaseStarted});
}

TEST_CASE("RunEngine: rotations run one block of phases per member")
{
    for (int size = 2; size <= 6; ++size) {
        DYNAMIC_SECTION("group of " << size)
        {
            FakeClock clock;
            core::ProgramCall call;
            call.id = "rotation";
            core::Step step;
            step.id = "groups";
            step.space = core::StepSpace::Group;
            step.rotation.kind = core::RotationKind::PerMember;
            step.rotation.changeover = 30s;
            step.phases = {phase("speak", 3min), phase("respond", 2min)};
            call.steps.push_back(step);
            core::RunEngine engine(clock, call, {size});
            CHECK(engine.groupSize(0) == size);
            const auto slots = engine.stepSlots(0);
            REQUIRE(static_cast<int>(slots.size()) == size * 2 + (size - 1));
            engine.start();
            std::vector<core::RunTransition> all = engine.advanceTo(clock.now());
            while (engine.status() == RunStatus::Running && !engine.waitingForHost()) {
                clock.advance(7s);
                const auto t = engine.advanceTo(clock.now());
                all.insert(all.end(), t.begin(), t.end());
            }
            CHECK(std::count_if(all.begin(), all.end(), [](const auto &t) { return t.event == RunEvent::PhaseStarted; })
                  == size * 3 - 1);
            CHECK(std::count_if(all.begin(), all.end(), [](const auto &t) { return t.event == RunEvent::Warning; })
                  == size * 2);
            CHECK(all.back().event == RunEvent::CallOver);
            CHECK(all.back().at == FakeClock::kDefaultStart + call.steps[0].plannedDuration(size));
            int lastTurn = 0;
            for (const auto &t : all) {
                if (t.event == RunEvent::PhaseStarted)
                    lastTurn = std::max(lastTurn, slots[static_cast<std::size_t>(t.slot)].turn);
            }
            CHECK(lastTurn == size);
        }
    }
}
