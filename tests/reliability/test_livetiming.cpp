// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Timing under stress: whatever the caller's rhythm (a stalled GUI thread, a
// repaint timer that fires late and irregularly, a laptop that sleeps, other
// threads eating the CPU), the remaining time the live page shows is within
// one display step (one second) of the truth, deadline minus now.
//
// The truth is kept by the test itself from the call's planned slots, the
// host's presses and the suspends it made, never read back from the engine.
#include "core/program/builtinlibrary.h"
#include "core/run/runengine.h"
#include "core/run/shownseconds.h"

#include "support/fakeclock.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <variant>
#include <vector>

using namespace convener;
using namespace std::chrono_literals;

namespace {

using Duration = core::Clock::Duration;
using Time = core::Clock::Time;

// Where the call truly is: the planned slots one after the other, each from
// the deadline of the one before, a step's end waiting for the host unless it
// moves on by itself, time frozen while paused.
class Truth final
{
public:
    Truth(const core::RunEngine &engine, Time started)
        : m_engine(engine)
        , m_deadline(started + duration(0, 0))
    {
    }

    void advance(Time now)
    {
        while (!m_paused && !m_waiting && now >= m_deadline) {
            if (m_slot + 1 < slotCount(m_step)) {
                ++m_slot;
                m_deadline += duration(m_step, m_slot);
            } else if (m_step + 1 < m_engine.stepCount() && m_engine.call().steps[static_cast<std::size_t>(m_step)].autoAdvance) {
                ++m_step;
                m_slot = 0;
                m_deadline += duration(m_step, m_slot);
            } else {
                m_waiting = true;
            }
        }
    }
    // The host moved on at now.
    void nextStep(Time now)
    {
        ++m_step;
        m_slot = 0;
        m_waiting = false;
        m_deadline = now + duration(m_step, 0);
    }
    void pause(Time now)
    {
        m_paused = true;
        m_pausedLeft = m_deadline - now;
    }
    void resume(Time now)
    {
        m_paused = false;
        m_deadline = now + m_pausedLeft;
    }
    // The machine slept: the call went on without the monotonic clock.
    void suspended(Duration d)
    {
        if (!m_paused)
            m_deadline -= d;
    }

    Duration remaining(Time now) const { return m_paused ? m_pausedLeft : m_deadline - now; }
    int step() const { return m_step; }
    int slot() const { return m_slot; }
    bool waiting() const { return m_waiting; }

private:
    int slotCount(int step) const { return static_cast<int>(m_engine.stepSlots(step).size()); }
    Duration duration(int step, int slot) const { return m_engine.stepSlots(step).at(static_cast<std::size_t>(slot)).duration; }

    const core::RunEngine &m_engine;
    int m_step = 0;
    int m_slot = 0;
    Time m_deadline;
    bool m_waiting = false;
    bool m_paused = false;
    Duration m_pausedLeft{};
};

// Compares what is shown with the truth at one repaint; returns a description
// of the first difference, empty when there is none.
std::string compare(const core::RunEngine &engine, const Truth &truth, Time now)
{
    const Duration truthLeft = truth.remaining(now);
    // What every timer label shows: gui::LiveText::remaining formats these seconds.
    const Duration shownLeft = core::shownSeconds(engine.remaining(now));
    const Duration off = shownLeft > truthLeft ? shownLeft - truthLeft : truthLeft - shownLeft;
    if (off < Duration(1s) && engine.stepIndex() == truth.step() && engine.slotIndex() == truth.slot()
        && engine.waitingForHost() == truth.waiting())
        return {};
    std::ostringstream out;
    out << "step " << engine.stepIndex() << "/" << truth.step() << ", slot " << engine.slotIndex() << "/" << truth.slot()
        << ", waiting " << engine.waitingForHost() << "/" << truth.waiting() << ": shown "
        << std::chrono::duration_cast<std::chrono::milliseconds>(shownLeft).count() << " ms, truth "
        << std::chrono::duration_cast<std::chrono::milliseconds>(truthLeft).count() << " ms";
    return out.str();
}

std::vector<core::ProgramCall> practiceCalls()
{
    const auto loaded = core::BuiltinLibrary::load("practice-program");
    REQUIRE(loaded.ok());
    return std::get<core::Program>(loaded.document->content).calls;
}

struct StressFigures
{
    long repaints = 0;
    long suspends = 0;
    Duration longestGap{};
};

// One whole call with a caller that is punctual only now and then.
std::string stressedCall(const core::ProgramCall &call, unsigned seed, StressFigures &figures)
{
    std::mt19937 rng(seed);
    auto chance = [&rng](int oneIn) { return std::uniform_int_distribution<int>(0, oneIn - 1)(rng) == 0; };
    auto between = [&rng](long lo, long hi) { return std::chrono::milliseconds(std::uniform_int_distribution<long>(lo, hi)(rng)); };

    tests::FakeClock clock;
    core::RunEngine engine(clock, call, {});
    REQUIRE(engine.start());
    Truth truth(engine, clock.now());

    // One suspend and one pause per call, at a random repaint of the first thousands.
    const long suspendAt = std::uniform_int_distribution<long>(50, 4000)(rng);
    const long pauseAt = std::uniform_int_distribution<long>(50, 4000)(rng);
    Time resumeAt{};
    Duration hostWaited{};
    Duration hostDelay = between(2000, 40000);
    for (long repaint = 0; engine.status() != core::RunStatus::Finished; ++repaint) {
        Duration gap;
        if (chance(400))
            gap = between(20000, 90000); // a modal dialog or a swapping machine holds the GUI thread
        else if (chance(40))
            gap = between(1500, 9000); // a stalled event loop
        else if (chance(8))
            gap = between(150, 1500); // a late timer
        else
            gap = between(1, 250); // a repaint timer that fires early or late
        if (repaint == suspendAt) {
            // Longer than the engine's suspend tolerance: a laptop lid closed mid-call.
            const Duration slept = between(10000, 15 * 60 * 1000);
            clock.suspend(slept);
            truth.suspended(slept);
            ++figures.suspends;
        }
        clock.advance(gap);
        figures.longestGap = std::max(figures.longestGap, gap);
        const Time now = clock.now();
        engine.advanceTo(now);
        truth.advance(now);
        ++figures.repaints;
        if (auto difference = compare(engine, truth, now); !difference.empty())
            return "seed " + std::to_string(seed) + ", repaint " + std::to_string(repaint) + ": " + difference;

        if (repaint == pauseAt && !truth.waiting() && engine.pause()) {
            truth.pause(now);
            resumeAt = now + between(5000, 180000);
        } else if (engine.status() == core::RunStatus::Paused && now >= resumeAt) {
            REQUIRE(engine.resume());
            truth.resume(now);
        }
        if (truth.waiting() && engine.status() == core::RunStatus::Running) {
            hostWaited += gap;
            if (hostWaited >= hostDelay) {
                hostWaited = {};
                hostDelay = between(2000, 40000);
                if (truth.step() + 1 == engine.stepCount()) {
                    REQUIRE(engine.endCall());
                } else {
                    REQUIRE(engine.nextPhase());
                    truth.nextStep(now);
                }
            }
        }
        if (auto difference = engine.status() == core::RunStatus::Finished ? std::string() : compare(engine, truth, now);
            !difference.empty())
            return "seed " + std::to_string(seed) + ", after the host at repaint " + std::to_string(repaint) + ": " + difference;
    }
    return {};
}

// The real monotonic clock. The wall clock is derived from the last "now" it
// handed out, so that a preempted thread never looks like a suspend (that is
// the fake-clock test's business) and the test knows the "now" the engine
// used for a host's press.
class RecordingSteadyClock final : public core::Clock
{
public:
    Time now() const override
    {
        m_last = std::chrono::steady_clock::now();
        return m_last;
    }
    WallTime wallNow() const override
    {
        return tests::FakeClock::kDefaultWall + std::chrono::duration_cast<WallTime::duration>(m_last - m_start);
    }
    Time last() const { return m_last; }

private:
    Time m_start = std::chrono::steady_clock::now();
    mutable Time m_last = m_start;
};

// A few seconds of call: plain steps, one moving on by itself, and a pair
// practice whose turns and changeovers follow each other.
core::ProgramCall shortCall()
{
    auto plain = [](std::string id, core::Seconds d, bool autoAdvance) {
        core::Step s;
        s.id = id;
        s.title = "Step " + id;
        s.duration = d;
        s.autoAdvance = autoAdvance;
        return s;
    };
    core::ProgramCall call;
    call.id = "short";
    call.title = "Short call";
    call.length = 1min;
    call.steps.push_back(plain("welcome", 1s, true));
    core::Step pairs;
    pairs.id = "pairs";
    pairs.title = "Pairs";
    pairs.space = core::StepSpace::Pair;
    pairs.rotation.kind = core::RotationKind::PerMember;
    core::Phase share;
    share.id = "share";
    share.title = "Share";
    share.duration = 1s;
    pairs.phases = {share};
    call.steps.push_back(pairs);
    call.steps.push_back(plain("closing", 1s, false));
    return call;
}

} // namespace

TEST_CASE("Timing: with a stalled, irregular caller and a suspend, the shown time stays within a second of the truth")
{
    StressFigures figures;
    for (const auto &call : practiceCalls()) {
        for (unsigned seed = 1; seed <= 3; ++seed) {
            INFO("call " << call.id);
            const std::string difference = stressedCall(call, seed, figures);
            REQUIRE(difference.empty());
        }
    }
    // The stress really happened: thousands of repaints, stalls over a minute, a suspend per call.
    CHECK(figures.repaints > 10000);
    CHECK(figures.longestGap >= Duration(60s));
    CHECK(figures.suspends == static_cast<long>(practiceCalls().size() * 3));
}

TEST_CASE("Timing: with the real clock and every core busy, the shown time stays within a second of the truth")
{
    // Workers that burn the CPU for as long as the call runs, one per core
    // and one more, so the test thread is preempted again and again.
    std::atomic<bool> stop{false};
    std::vector<std::thread> burners;
    const unsigned cores = std::max(2u, std::thread::hardware_concurrency());
    for (unsigned i = 0; i <= cores; ++i) {
        burners.emplace_back([&stop, i] {
            std::uint64_t x = i + 1;
            while (!stop.load(std::memory_order_relaxed)) {
                for (int k = 0; k < 10000; ++k)
                    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            }
            volatile std::uint64_t sink = x;
            (void)sink;
        });
    }
    struct Stopper
    {
        std::atomic<bool> &stop;
        std::vector<std::thread> &threads;
        ~Stopper()
        {
            stop = true;
            for (auto &t : threads)
                t.join();
        }
    } stopper{stop, burners};

    RecordingSteadyClock clock;
    core::RunEngine engine(clock, shortCall(), {1, 2, 1});
    REQUIRE(engine.start());
    Truth truth(engine, clock.last());
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> work(0, 2000000);
    std::uint64_t busy = 1;
    long repaints = 0;
    std::string difference;
    while (engine.status() != core::RunStatus::Finished && difference.empty()) {
        // The GUI thread's own work between repaints: a random amount of it,
        // counted in iterations, never in time.
        for (int k = work(rng); k > 0; --k)
            busy = busy * 2862933555777941757ULL + 3037000493ULL;
        const Time now = clock.now();
        engine.advanceTo(now);
        truth.advance(now);
        ++repaints;
        difference = compare(engine, truth, now);
        if (difference.empty() && truth.waiting()) {
            // The host moves on as soon as the step is over.
            if (truth.step() + 1 == engine.stepCount()) {
                REQUIRE(engine.endCall());
            } else {
                REQUIRE(engine.nextPhase());
                truth.nextStep(clock.last());
                difference = compare(engine, truth, clock.last());
            }
        }
    }
    INFO("after " << repaints << " repaints (" << busy % 2 << ")");
    REQUIRE(difference.empty());
    CHECK(repaints > 3);
}
