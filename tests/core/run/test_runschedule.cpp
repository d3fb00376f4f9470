// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "test_runsupport.h"

#include "support/fakeclock.h"

using namespace convener;
using namespace convener::tests;

namespace {
core::ProgramCall compressibleCall()
{
    auto call = smallCall();
    call.steps[1].phases[0].minimum = 2min;
    call.steps[2].minimum = 3min;
    return call;
}
} // namespace

TEST_CASE("RunEngine: schedule compares the projected end with the planned one")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    const auto before = engine.schedule(clock.now());
    CHECK(before.projectedEnd == clock.now() + 20min);
    CHECK(before.ahead == 0s);
    engine.start();
    const auto started = clock.now();
    clock.advance(6min);
    engine.advanceTo(clock.now());
    auto s = engine.schedule(clock.now());
    CHECK(s.started == started);
    CHECK(s.plannedEnd == started + 20min);
    CHECK(s.projectedEnd == started + 21min);
    CHECK(s.ahead == -1min);
    CHECK(s.elapsed == 6min);
    CHECK(s.progress == Approx(0.25));
    engine.nextPhase();
    clock.advance(1min);
    engine.nextStep();
    s = engine.schedule(clock.now());
    CHECK(s.projectedEnd == started + 12min);
    CHECK(s.ahead == 8min);
}

TEST_CASE("RunEngine: fit to end on time shortens later slots in proportion")
{
    FakeClock clock;
    core::RunEngine engine(clock, compressibleCall(), {});
    engine.start();
    clock.advance(9min);
    engine.advanceTo(clock.now());
    REQUIRE(engine.schedule(clock.now()).ahead == -4min);
    const auto original = engine.plan();

    const core::RunFit fit = engine.fitToEndOnTime();
    CHECK(fit.changed());
    CHECK(fit.overBy == 4min);
    CHECK(fit.saved == 4min);
    CHECK(fit.stillOver == 0s);
    CHECK(fit.previous == original);
    REQUIRE(fit.changes.size() == 2);
    CHECK(fit.changes[0].step == 1);
    CHECK(fit.changes[0].before == 10min);
    CHECK(fit.changes[0].after == 10min - 160s);
    CHECK(fit.changes[1].title == "Step closing");
    CHECK(fit.changes[1].after == 5min - 80s);
    CHECK(engine.plan().durations[1] == std::vector<core::Seconds>{160s, 60s, 160s, 60s});
    CHECK(engine.schedule(clock.now()).ahead == 0s);
    // The welcome step in overtime is not touched.
    CHECK(engine.plan().durations[0][0] == 5min);

    REQUIRE(engine.setPlan(fit.previous));
    CHECK(engine.plan() == original);
    CHECK(engine.schedule(clock.now()).ahead == -4min);
}

TEST_CASE("RunEngine: fit to end on time never goes below the minimums")
{
    FakeClock clock;
    core::RunEngine engine(clock, compressibleCall(), {});
    engine.start();
    clock.advance(15min);
    engine.advanceTo(clock.now());
    const core::RunFit fit = engine.fitToEndOnTime();
    CHECK(fit.overBy == 10min);
    CHECK(fit.saved == 6min);
    CHECK(fit.stillOver == 4min);
    CHECK(engine.plan().durations[1] == std::vector<core::Seconds>{2min, 1min, 2min, 1min});
    CHECK(engine.plan().durations[2][0] == 3min);
    const core::RunFit again = engine.fitToEndOnTime();
    CHECK_FALSE(again.changed());
    CHECK(again.changes.empty());
}

TEST_CASE("RunEngine: fit to end on time does nothing when on time")
{
    FakeClock clock;
    core::RunEngine engine(clock, compressibleCall(), {});
    engine.start();
    clock.advance(1min);
    const core::RunFit fit = engine.fitToEndOnTime();
    CHECK_FALSE(fit.changed());
    CHECK(fit.overBy == 0s);
    CHECK(engine.plan() == fit.previous);
}

TEST_CASE("RunEngine: fitting the practice call keeps every slot at or above its minimum")
{
    FakeClock clock;
    const auto call = practiceCall(1);
    core::RunEngine engine(clock, call, {});
    engine.start();
    clock.advance(25min);
    engine.advanceTo(clock.now());
    const core::RunFit fit = engine.fitToEndOnTime();
    CHECK(fit.overBy > 0s);
    CHECK(fit.saved + fit.stillOver == fit.overBy);
    for (int s = 0; s < engine.stepCount(); ++s) {
        const auto original = call.steps[static_cast<std::size_t>(s)].expand(engine.groupSize(s));
        const auto now = engine.stepSlots(s);
        for (std::size_t i = 0; i < now.size(); ++i) {
            CHECK(now[i].duration >= original[i].minimum);
            CHECK(now[i].duration <= original[i].duration);
        }
    }
    CHECK(engine.schedule(clock.now()).ahead == -fit.stillOver);
}

TEST_CASE("RunEngine: undoing a fit leaves the current slot alone")
{
    FakeClock clock;
    core::RunEngine engine(clock, compressibleCall(), {});
    engine.start();
    clock.advance(9min);
    const core::RunFit fit = engine.fitToEndOnTime();
    engine.nextPhase();
    engine.extendPhase();
    const auto deadline = engine.deadline();
    REQUIRE(engine.setPlan(fit.previous));
    CHECK(engine.deadline() == deadline);
    CHECK(engine.plan().durations[1][0] == 160s + 1min);
    CHECK(engine.plan().durations[1][2] == 4min);
    core::RunPlan wrong;
    CHECK_FALSE(engine.setPlan(wrong));
}
