// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "test_runsupport.h"

#include "support/fakeclock.h"

#include <memory>

using namespace convener;
using namespace convener::tests;
using core::RunEvent;

namespace {
struct Seen
{
    RunEvent event;
    int step;
    int slot;
    bool operator==(const Seen &) const = default;
};

std::vector<Seen> seen(const std::vector<core::RunTransition> &list)
{
    std::vector<Seen> out;
    for (const auto &t : list)
        out.push_back({t.event, t.step, t.slot});
    return out;
}
} // namespace

TEST_CASE("RunState: survives a trip through JSON text")
{
    FakeClock clock;
    core::RunEngine engine(clock, practiceCall(2), {});
    engine.setSpeakingOrder(core::SpeakingOrder::byHand({"Ana", "Ben"}));
    engine.start();
    clock.advance(7min);
    engine.advanceTo(clock.now());
    engine.extendPhase();
    const core::RunState state = engine.snapshot();
    const auto back = core::runStateFromJson(nlohmann::json::parse(core::runStateToJson(state).dump()));
    REQUIRE(back.has_value());
    CHECK(*back == state);
    CHECK(back->speakers == std::vector<std::string>{"Ana", "Ben"});
}

TEST_CASE("RunState: text of another format or shape is refused")
{
    CHECK_FALSE(core::runStateFromJson(nlohmann::json::parse("[1, 2]")));
    CHECK_FALSE(core::runStateFromJson(nlohmann::json::parse(R"({"format": 1})")));
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    auto j = core::runStateToJson(engine.snapshot());
    j["format"] = 2;
    CHECK_FALSE(core::runStateFromJson(j));
    j["format"] = 1;
    j["status"] = "dancing";
    CHECK_FALSE(core::runStateFromJson(j));
}

TEST_CASE("RunEngine: a state of another call or shape is not restored")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    engine.start();
    auto state = engine.snapshot();
    core::RunEngine other(clock, practiceCall(1), {});
    CHECK_FALSE(other.restore(state, clock.now()));
    CHECK(other.status() == core::RunStatus::NotStarted);
    state.plan.durations[1].pop_back();
    core::RunEngine same(clock, smallCall(), {});
    CHECK_FALSE(same.restore(state, clock.now()));
    state = engine.snapshot();
    state.step = 7;
    CHECK_FALSE(same.restore(state, clock.now()));
}

TEST_CASE("RunEngine: resumes after a crash at every transition")
{
    // A reference run never crashes. The other one crashes after every batch
    // of transitions and comes back in a new process (a new monotonic epoch)
    // after some downtime, from the saved text alone. Both must agree.
    const auto call = practiceCall(1);
    FakeClock refClock;
    core::RunEngine reference(refClock, call, {});
    auto clock = std::make_unique<FakeClock>();
    auto engine = std::make_unique<core::RunEngine>(*clock, call, std::vector<int>{});

    const auto both = [&](auto &&control) {
        const bool a = control(reference);
        const bool b = control(*engine);
        CHECK(a == b);
    };
    both([](core::RunEngine &e) { return e.start(); });
    int crashes = 0;
    int waited = 0;
    int tick = 0;
    while (reference.status() != core::RunStatus::Finished) {
        refClock.advance(5s);
        clock->advance(5s);
        ++tick;
        const auto expected = reference.advanceTo(refClock.now());
        const auto got = engine->advanceTo(clock->now());
        REQUIRE(seen(got) == seen(expected));
        REQUIRE(engine->stepIndex() == reference.stepIndex());
        REQUIRE(engine->slotIndex() == reference.slotIndex());
        REQUIRE(engine->remaining(clock->now()) == reference.remaining(refClock.now()));
        REQUIRE(engine->schedule(clock->now()).ahead == reference.schedule(refClock.now()).ahead);

        if (tick == 40)
            both([](core::RunEngine &e) { return e.pause(); });
        if (tick == 52)
            both([](core::RunEngine &e) { return e.resume(); });
        if (tick == 300)
            both([](core::RunEngine &e) { return e.extendPhase(); });
        if (reference.waitingForHost() && ++waited == 4) {
            waited = 0;
            if (reference.stepIndex() + 1 == reference.stepCount())
                both([](core::RunEngine &e) { return e.endCall(); });
            else
                both([](core::RunEngine &e) { return e.nextPhase(); });
        }

        if (!expected.empty()) {
            const std::string text = core::runStateToJson(engine->snapshot()).dump();
            const auto downtime = std::chrono::seconds(13 * (crashes % 4));
            const auto wall = clock->wallNow() + downtime;
            engine.reset();
            clock = std::make_unique<FakeClock>(FakeClock::Time(std::chrono::hours(5000 + crashes)), wall);
            engine = std::make_unique<core::RunEngine>(*clock, call, std::vector<int>{});
            const auto state = core::runStateFromJson(nlohmann::json::parse(text));
            REQUIRE(state.has_value());
            REQUIRE(engine->restore(*state, clock->now()));
            refClock.advance(downtime);
            ++crashes;
        }
    }
    CHECK(crashes > 60);
    CHECK(engine->status() == core::RunStatus::Finished);
}

TEST_CASE("RunEngine: a paused run restores paused with the same time left")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    engine.start();
    clock.advance(2min);
    engine.pause();
    const auto state = engine.snapshot();
    FakeClock later(FakeClock::Time(std::chrono::hours(3)), clock.wallNow() + 10min);
    core::RunEngine restored(later, smallCall(), {});
    REQUIRE(restored.restore(state, later.now()));
    CHECK(restored.status() == core::RunStatus::Paused);
    CHECK(restored.remaining(later.now()) == 3min);
    REQUIRE(restored.resume());
    CHECK(restored.deadline() == later.now() + 3min);
}

TEST_CASE("RunEngine: a three-second stall of the caller causes no drift")
{
    const auto call = practiceCall(1);
    FakeClock punctualClock;
    FakeClock stallingClock;
    core::RunEngine punctual(punctualClock, call, {});
    core::RunEngine stalling(stallingClock, call, {});
    punctual.start();
    stalling.start();
    std::vector<core::RunTransition> fromPunctual;
    std::vector<core::RunTransition> fromStalling;
    for (int second = 1; second <= 95 * 60; ++second) {
        punctualClock.advance(1s);
        stallingClock.advance(1s);
        auto p = punctual.advanceTo(punctualClock.now());
        fromPunctual.insert(fromPunctual.end(), p.begin(), p.end());
        // Every 47 seconds the stalling caller misses three looks at the clock.
        if (second % 47 < 3)
            continue;
        auto s = stalling.advanceTo(stallingClock.now());
        fromStalling.insert(fromStalling.end(), s.begin(), s.end());
        REQUIRE(stalling.remaining(stallingClock.now()) == stalling.deadline() - stallingClock.now());
        REQUIRE(stalling.deadline() == punctual.deadline());
        if (punctual.waitingForHost() && punctual.stepIndex() + 1 < punctual.stepCount() && second % 10 == 0) {
            punctual.nextPhase();
            stalling.nextPhase();
        }
    }
    // Same transitions at the same due times, whoever looked late.
    CHECK(fromStalling == fromPunctual);
}

TEST_CASE("RunEngine: a suspended machine counts the time it slept")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    engine.start();
    const auto started = clock.now();
    clock.advance(1min);
    engine.advanceTo(clock.now());
    clock.suspend(3min);
    clock.advance(1s);
    const auto t = engine.advanceTo(clock.now());
    CHECK(events(t) == std::vector{RunEvent::Warning, RunEvent::FinalMinute});
    CHECK(engine.remaining(clock.now()) == 59s);
    CHECK(engine.remaining(clock.now()) == engine.deadline() - clock.now());
    CHECK(engine.schedule(clock.now()).elapsed == 4min + 1s);
    CHECK(engine.schedule(clock.now()).started == started - 3min);
}

TEST_CASE("RunEngine: small or backward wall-clock jumps are ignored")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    engine.start();
    clock.advance(1min);
    clock.suspend(1s);
    engine.advanceTo(clock.now());
    CHECK(engine.remaining(clock.now()) == 4min);
    clock.suspend(-1h);
    clock.advance(1min);
    engine.advanceTo(clock.now());
    CHECK(engine.remaining(clock.now()) == 3min);
}

TEST_CASE("RunEngine: sleeping while paused keeps the time left")
{
    FakeClock clock;
    core::RunEngine engine(clock, smallCall(), {});
    engine.start();
    clock.advance(1min);
    engine.pause();
    clock.suspend(30min);
    engine.advanceTo(clock.now());
    CHECK(engine.remaining(clock.now()) == 4min);
    CHECK(engine.schedule(clock.now()).elapsed == 31min);
}
