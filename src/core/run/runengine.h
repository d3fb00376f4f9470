// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/clock.h"
#include "core/program/programcall.h"
#include "core/run/runcue.h"
#include "core/run/runplan.h"
#include "core/run/runschedule.h"
#include "core/run/runstate.h"
#include "core/run/runtransition.h"
#include "core/run/speakingorder.h"
#include "core/program/stepslot.h"

#include <optional>
#include <string>
#include <vector>

namespace convener::core {

// How close the current slot is to its end, for the colour, icon and words of
// the timer.
enum class RunUrgency { Calm, Warning, FinalMinute, Overtime };

// Runs one call: steps in order, each unrolled into slots (phases of each turn
// and changeovers) for the group size it runs with. The engine never counts
// ticks: it stores the deadline of the current slot and answers every question
// about time from a "now" it is given, so a caller that looks late or seldom
// sees exactly what a punctual one sees.
//
// Slots inside a step follow each other on their own, each starting at the
// deadline of the one before. At the end of a step the run waits for the host
// in overtime (negative remaining time) unless the step has autoAdvance.
// Controls act at clock.now(); advanceTo() reports what they caused too.
class RunEngine final
{
public:
    using Time = Clock::Time;
    using Duration = Clock::Duration;

    static constexpr Seconds kMinute{60};
    // A wall clock running ahead of the monotonic one by more than this means
    // the machine slept: the call went on, so the deadlines move closer.
    static constexpr Seconds kSuspendTolerance{2};

    // groupSizes holds one size per step; a missing or non-positive entry
    // falls back to the step's planned size, then 1.
    RunEngine(const Clock &clock, ProgramCall call, std::vector<int> groupSizes);

    const ProgramCall &call() const { return m_call; }
    int stepCount() const { return static_cast<int>(m_call.steps.size()); }
    int groupSize(int step) const;
    // The step's slots with this run's durations and offsets.
    std::vector<StepSlot> stepSlots(int step) const;

    RunStatus status() const { return m_status; }
    int stepIndex() const { return m_step; }
    int slotIndex() const { return m_slot; }
    const Step &currentStep() const;
    StepSlot currentSlot() const;
    // The step has ended and the run is waiting for the host to move on.
    bool waitingForHost() const { return m_slotOver; }

    // Negative in overtime. Frozen while paused.
    Duration remaining(Time now) const;
    Duration slotElapsed(Time now) const;
    Time deadline() const { return m_deadline; }
    RunUrgency urgency(Time now) const;

    // Everything due up to now, in order. Reports control effects too.
    std::vector<RunTransition> advanceTo(Time now);

    // Each returns false, changing nothing, when it does not apply now.
    bool start();
    bool pause();
    bool resume();
    bool togglePause();
    bool nextPhase();
    bool previousPhase();
    bool nextStep();
    bool previousStep();
    bool jumpToStep(int step);
    bool extendPhase(Seconds by = kMinute);
    bool shortenPhase(Seconds by = kMinute);
    bool restartPhase();
    bool endCall();

    RunSchedule schedule(Time now) const;
    // Shortens the slots still to come, each in proportion to how far it may
    // shrink, never below its minimum, until the projection meets the planned
    // end. The current slot keeps its deadline.
    RunFit fitToEndOnTime();
    const RunPlan &plan() const { return m_plan; }
    // Takes back a fit. Only slots still to come change; false when the plan
    // does not have this call's shape.
    bool setPlan(const RunPlan &plan);

    void setSpeakingOrder(SpeakingOrder order) { m_speakers = std::move(order); }
    const SpeakingOrder &speakingOrder() const { return m_speakers; }
    bool nextSpeaker() { return m_speakers.next(); }
    bool addSpeaker(std::string name) { return m_speakers.add(std::move(name)); }

    // The current step's prompts with its variables filled ({round} is the
    // current turn, {next} the next speaker when there is an order).
    std::vector<std::string> currentPrompts() const;
    // The latest cue of the current slot or step that is already due.
    std::optional<RunCue> currentCue(Time now) const;
    // The first cue still to come, in this step or the next, on the plan.
    std::optional<RunCue> nextCue(Time now) const;

    // Uses the clock for both times; a snapshot taken after every transition
    // and control is what a crash can lose nothing of.
    RunState snapshot() const;
    // Picks a saved run up at now: wall-clock deadlines become monotonic ones,
    // so time that passed in between counts. False (and unchanged) when the
    // state belongs to another call or has another shape.
    bool restore(const RunState &state, Time now);

private:
    bool validPosition(int step, int slot) const;
    void enterSlot(int step, int slot, Time at);
    void catchUp(Time now);
    void detectSuspend(Time now);
    void record(RunEvent event, Time at);
    Seconds planned(int step, int slot) const;
    Seconds stepRest(int step, int fromSlot) const;
    Duration restOfPlan(Time now) const;
    Seconds thresholdOf(Seconds threshold, int step, int slot) const;
    std::string nextName(const StepSlot &slot) const;
    std::vector<RunCue> cuesOf(int step, int slot, Time slotStart) const;
    std::vector<RunCue> stepCues(int step, Time stepStart, Time stepEnd) const;

    const Clock &m_clock;
    ProgramCall m_call;
    std::vector<int> m_groupSizes;
    std::vector<std::vector<StepSlot>> m_slots;
    RunPlan m_plan;
    SpeakingOrder m_speakers;

    RunStatus m_status = RunStatus::NotStarted;
    int m_step = 0;
    int m_slot = 0;
    Time m_callStarted{};
    Time m_stepStarted{};
    Time m_slotStarted{};
    Time m_deadline{};
    Duration m_pausedRemaining{};
    bool m_warned = false;
    bool m_finalMinute = false;
    bool m_slotOver = false;
    bool m_callOver = false;
    std::vector<RunTransition> m_pending;
    Time m_lastSeen{};
    Clock::WallTime m_lastSeenWall{};
};

} // namespace convener::core
