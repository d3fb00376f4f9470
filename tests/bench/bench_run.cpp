// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Drives whole calls of the practice program through the run engine at
// simulated speed, with a jittery caller that sometimes stalls for seconds, and
// prints the largest difference between the remaining time shown and the truth
// derived from each slot's deadline. A tick-counting countdown is run beside it
// to show the drift the engine avoids. Not a pass/fail test: it reports.
//
// Usage: bench_run [seeds]
#include "core/program/builtinlibrary.h"
#include "core/run/runengine.h"

#include "../support/fakeclock.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <variant>

using namespace convener;
using namespace std::chrono_literals;
using Duration = core::Clock::Duration;

namespace {

struct Figures
{
    Duration engineError{};      // |engine remaining - (deadline - now)| over every tick
    long displayMismatches = 0;  // ticks where the whole seconds shown differ from the truth's
    Duration tickCountDrift{};   // |tick-counting countdown - truth| at slot ends
    long ticks = 0;
    long transitions = 0;
    Duration callLength{};
    double secondsSpent = 0.0;
};

Duration absolute(Duration d)
{
    return d < Duration{} ? -d : d;
}

// What a timer label shows: whole seconds, rounded towards the deadline's side
// so that "0:00" appears only once the time is really up.
Duration displayed(Duration remaining)
{
    return std::chrono::ceil<std::chrono::seconds>(remaining);
}

Figures runCall(const core::ProgramCall &call, unsigned seed)
{
    Figures f;
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> jitter(-30, 30);
    std::uniform_int_distribution<int> stall(0, 499);
    std::uniform_int_distribution<int> hostDelay(3, 30);

    tests::FakeClock clock;
    core::RunEngine engine(clock, call, {});
    const auto started = clock.now();
    engine.start();

    core::Clock::Time truthDeadline{};
    Duration counted{};
    Duration hostWaits{};
    const auto spentFrom = std::chrono::steady_clock::now();
    while (engine.status() != core::RunStatus::Finished) {
        // A 100 ms repaint timer that fires early or late, and now and then not for 3 s.
        const Duration step = stall(rng) == 0 ? Duration(3s) : Duration(100ms + std::chrono::milliseconds(jitter(rng)));
        clock.advance(step);
        counted -= 100ms;
        const auto transitions = engine.advanceTo(clock.now());
        ++f.ticks;
        f.transitions += static_cast<long>(transitions.size());
        for (const auto &t : transitions) {
            if (t.event == core::RunEvent::PhaseStarted) {
                if (truthDeadline != core::Clock::Time{})
                    f.tickCountDrift = std::max(f.tickCountDrift, absolute(counted - (truthDeadline - t.at)));
                truthDeadline = t.at + engine.stepSlots(t.step).at(static_cast<std::size_t>(t.slot)).duration;
                counted = truthDeadline - clock.now();
            }
        }
        const Duration truth = truthDeadline - clock.now();
        const Duration remaining = engine.remaining(clock.now());
        f.engineError = std::max(f.engineError, absolute(remaining - truth));
        if (displayed(remaining) != displayed(truth))
            ++f.displayMismatches;

        if (engine.waitingForHost()) {
            hostWaits += step;
            if (hostWaits >= Duration(std::chrono::seconds(hostDelay(rng)))) {
                hostWaits = {};
                if (engine.stepIndex() + 1 == engine.stepCount())
                    engine.endCall();
                else
                    engine.nextPhase();
            }
        }
    }
    f.secondsSpent = std::chrono::duration<double>(std::chrono::steady_clock::now() - spentFrom).count();
    f.callLength = clock.now() - started;
    return f;
}

double ms(Duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

} // namespace

int main(int argc, char **argv)
{
    const int seeds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const auto loaded = core::BuiltinLibrary::load("practice-program");
    if (!loaded.ok()) {
        std::fprintf(stderr, "The practice program could not be loaded.\n");
        return 1;
    }
    const auto &program = std::get<core::Program>(loaded.document->content);
    std::printf("%-8s %5s %9s %8s %12s %13s %16s %10s\n", "call", "seed", "simulated", "ticks", "engine err", "shown wrong",
                "tick-count drift", "cpu time");
    Figures worst;
    for (const auto &call : program.calls) {
        for (int seed = 1; seed <= seeds; ++seed) {
            const Figures f = runCall(call, static_cast<unsigned>(seed));
            std::printf("%-8s %5d %7.1fmin %8ld %10.3fms %13ld %14.1fms %8.1fms\n", call.id.c_str(), seed,
                        std::chrono::duration<double>(f.callLength).count() / 60.0, f.ticks, ms(f.engineError),
                        f.displayMismatches, ms(f.tickCountDrift), f.secondsSpent * 1000.0);
            worst.engineError = std::max(worst.engineError, f.engineError);
            worst.displayMismatches += f.displayMismatches;
            worst.ticks += f.ticks;
            worst.tickCountDrift = std::max(worst.tickCountDrift, f.tickCountDrift);
        }
    }
    std::printf("\nLargest difference between the remaining time and deadline - now: %.3f ms\n", ms(worst.engineError));
    std::printf("Ticks where the whole seconds shown differ from the truth's: %ld of %ld\n", worst.displayMismatches,
                worst.ticks);
    std::printf("A countdown that counts 100 ms ticks would have drifted by up to: %.1f ms per slot\n",
                ms(worst.tickCountDrift));
    return 0;
}
