// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/run/runengine.h"

#include <algorithm>
#include <numeric>

namespace convener::core {

namespace {
using WallDuration = Clock::WallTime::duration;

Seconds ceilSeconds(Clock::Duration d)
{
    return std::chrono::ceil<Seconds>(d);
}
} // namespace

RunEngine::RunEngine(const Clock &clock, ProgramCall call, std::vector<int> groupSizes)
    : m_clock(clock)
    , m_call(std::move(call))
{
    for (std::size_t i = 0; i < m_call.steps.size(); ++i) {
        const Step &step = m_call.steps[i];
        int size = i < groupSizes.size() ? groupSizes[i] : 0;
        if (size < 1)
            size = step.plannedGroupSize().value_or(1);
        m_groupSizes.push_back(size);
        m_slots.push_back(step.expand(size));
        std::vector<Seconds> durations;
        for (const StepSlot &slot : m_slots.back())
            durations.push_back(slot.duration);
        m_plan.durations.push_back(std::move(durations));
    }
}

int RunEngine::groupSize(int step) const
{
    return step >= 0 && step < stepCount() ? m_groupSizes[static_cast<std::size_t>(step)] : 1;
}

std::vector<StepSlot> RunEngine::stepSlots(int step) const
{
    if (step < 0 || step >= stepCount())
        return {};
    std::vector<StepSlot> out = m_slots[static_cast<std::size_t>(step)];
    Seconds offset{0};
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].offset = offset;
        out[i].duration = m_plan.durations[static_cast<std::size_t>(step)][i];
        out[i].minimum = std::min(out[i].minimum, out[i].duration);
        offset += out[i].duration;
    }
    return out;
}

const Step &RunEngine::currentStep() const
{
    return m_call.steps.at(static_cast<std::size_t>(m_step));
}

StepSlot RunEngine::currentSlot() const
{
    return stepSlots(m_step).at(static_cast<std::size_t>(m_slot));
}

bool RunEngine::validPosition(int step, int slot) const
{
    return step >= 0 && step < stepCount() && slot >= 0 && slot < static_cast<int>(m_slots[static_cast<std::size_t>(step)].size());
}

Seconds RunEngine::planned(int step, int slot) const
{
    return m_plan.durations[static_cast<std::size_t>(step)][static_cast<std::size_t>(slot)];
}

Seconds RunEngine::stepRest(int step, int fromSlot) const
{
    const auto &d = m_plan.durations[static_cast<std::size_t>(step)];
    if (fromSlot >= static_cast<int>(d.size()))
        return Seconds{0};
    return std::accumulate(d.begin() + std::max(fromSlot, 0), d.end(), Seconds{0});
}

RunEngine::Duration RunEngine::remaining(Time now) const
{
    switch (m_status) {
    case RunStatus::NotStarted:
        return stepCount() > 0 ? Duration(planned(0, 0)) : Duration{};
    case RunStatus::Running:
        return m_deadline - now;
    case RunStatus::Paused:
        return m_pausedRemaining;
    case RunStatus::Finished:
        return Duration{};
    }
    return Duration{};
}

RunEngine::Duration RunEngine::slotElapsed(Time now) const
{
    if (m_status == RunStatus::NotStarted || stepCount() == 0)
        return Duration{};
    return Duration(planned(m_step, m_slot)) - remaining(now);
}

Seconds RunEngine::thresholdOf(Seconds threshold, int step, int slot) const
{
    return std::clamp(threshold, Seconds{0}, planned(step, slot));
}

RunUrgency RunEngine::urgency(Time now) const
{
    if (m_status != RunStatus::Running && m_status != RunStatus::Paused)
        return RunUrgency::Calm;
    const Duration left = remaining(now);
    if (left < Duration{} || m_slotOver)
        return RunUrgency::Overtime;
    const StepSlot &slot = m_slots[static_cast<std::size_t>(m_step)][static_cast<std::size_t>(m_slot)];
    if (slot.kind == SlotKind::Changeover)
        return RunUrgency::Calm;
    const StepThresholds &t = currentStep().thresholds;
    if (left <= thresholdOf(t.finalMinute, m_step, m_slot))
        return RunUrgency::FinalMinute;
    if (left <= thresholdOf(t.warning, m_step, m_slot))
        return RunUrgency::Warning;
    return RunUrgency::Calm;
}

void RunEngine::record(RunEvent event, Time at)
{
    m_pending.push_back({event, m_step, m_slot, at});
}

void RunEngine::enterSlot(int step, int slot, Time at)
{
    const bool newStep = step != m_step || slot == 0;
    m_step = step;
    m_slot = slot;
    const auto &d = m_plan.durations[static_cast<std::size_t>(step)];
    if (newStep)
        m_stepStarted = at - std::accumulate(d.begin(), d.begin() + slot, Seconds{0});
    m_slotStarted = at;
    m_deadline = at + planned(step, slot);
    m_pausedRemaining = planned(step, slot);
    m_warned = false;
    m_finalMinute = false;
    m_slotOver = false;
    m_callOver = false;
    // In a round where each person of the circle has a turn, the order of
    // speakers is the order of turns.
    const Step &s = currentStep();
    if (!m_speakers.empty() && s.rotation.kind == RotationKind::PerMember && s.space == StepSpace::Circle)
        m_speakers.setPosition(m_slots[static_cast<std::size_t>(step)][static_cast<std::size_t>(slot)].turn - 1);
    record(RunEvent::PhaseStarted, at);
}

void RunEngine::detectSuspend(Time now)
{
    const Clock::WallTime wall = m_clock.wallNow();
    if (m_status == RunStatus::Running || m_status == RunStatus::Paused) {
        const auto monoGap = now - m_lastSeen;
        const auto wallGap = std::chrono::duration_cast<Duration>(wall - m_lastSeenWall);
        const Duration lost = wallGap - monoGap;
        if (lost > Duration(kSuspendTolerance)) {
            m_callStarted -= lost;
            if (m_status == RunStatus::Running) {
                m_stepStarted -= lost;
                m_slotStarted -= lost;
                m_deadline -= lost;
            }
        }
    }
    m_lastSeen = now;
    m_lastSeenWall = wall;
}

void RunEngine::catchUp(Time now)
{
    detectSuspend(now);
    while (m_status == RunStatus::Running) {
        const StepSlot &slot = m_slots[static_cast<std::size_t>(m_step)][static_cast<std::size_t>(m_slot)];
        const bool timed = slot.kind != SlotKind::Changeover && planned(m_step, m_slot) > Seconds{0};
        const StepThresholds &t = currentStep().thresholds;
        if (timed && !m_warned) {
            const Time at = m_deadline - thresholdOf(t.warning, m_step, m_slot);
            if (now >= at) {
                m_warned = true;
                record(RunEvent::Warning, std::max(at, m_slotStarted));
            }
        }
        if (timed && !m_finalMinute) {
            const Time at = m_deadline - thresholdOf(t.finalMinute, m_step, m_slot);
            if (now >= at) {
                m_finalMinute = true;
                record(RunEvent::FinalMinute, std::max(at, m_slotStarted));
            }
        }
        if (m_slotOver || now < m_deadline)
            break;
        // The next slot starts at the deadline, not at now: a caller that
        // looks late must not stretch the call.
        const Time end = m_deadline;
        record(RunEvent::PhaseOver, end);
        if (m_slot + 1 < static_cast<int>(m_slots[static_cast<std::size_t>(m_step)].size())) {
            enterSlot(m_step, m_slot + 1, end);
            continue;
        }
        record(RunEvent::StepOver, end);
        if (m_step + 1 >= stepCount()) {
            m_slotOver = true;
            if (!m_callOver) {
                m_callOver = true;
                record(RunEvent::CallOver, end);
            }
            break;
        }
        if (currentStep().autoAdvance) {
            enterSlot(m_step + 1, 0, end);
            continue;
        }
        m_slotOver = true;
        break;
    }
}

std::vector<RunTransition> RunEngine::advanceTo(Time now)
{
    if (m_status != RunStatus::NotStarted)
        catchUp(now);
    std::vector<RunTransition> out;
    out.swap(m_pending);
    return out;
}

bool RunEngine::start()
{
    if (m_status != RunStatus::NotStarted || stepCount() == 0)
        return false;
    const Time now = m_clock.now();
    m_lastSeen = now;
    m_lastSeenWall = m_clock.wallNow();
    m_callStarted = now;
    m_status = RunStatus::Running;
    enterSlot(0, 0, now);
    return true;
}

bool RunEngine::pause()
{
    if (m_status != RunStatus::Running)
        return false;
    const Time now = m_clock.now();
    catchUp(now);
    m_pausedRemaining = m_deadline - now;
    m_status = RunStatus::Paused;
    return true;
}

bool RunEngine::resume()
{
    if (m_status != RunStatus::Paused)
        return false;
    const Time now = m_clock.now();
    catchUp(now);
    const Time deadline = now + m_pausedRemaining;
    const Duration shift = deadline - m_deadline;
    m_deadline = deadline;
    m_slotStarted += shift;
    m_stepStarted += shift;
    m_status = RunStatus::Running;
    return true;
}

bool RunEngine::togglePause()
{
    return m_status == RunStatus::Paused ? resume() : pause();
}

namespace {
bool isLive(RunStatus s)
{
    return s == RunStatus::Running || s == RunStatus::Paused;
}
} // namespace

bool RunEngine::nextPhase()
{
    if (!isLive(m_status))
        return false;
    const Time now = m_clock.now();
    catchUp(now);
    if (m_slot + 1 < static_cast<int>(m_slots[static_cast<std::size_t>(m_step)].size()))
        enterSlot(m_step, m_slot + 1, now);
    else if (m_step + 1 < stepCount())
        enterSlot(m_step + 1, 0, now);
    else
        return false;
    return true;
}

bool RunEngine::previousPhase()
{
    if (!isLive(m_status))
        return false;
    const Time now = m_clock.now();
    catchUp(now);
    if (m_slot > 0)
        enterSlot(m_step, m_slot - 1, now);
    else if (m_step > 0)
        enterSlot(m_step - 1, static_cast<int>(m_slots[static_cast<std::size_t>(m_step - 1)].size()) - 1, now);
    else
        return false;
    return true;
}

bool RunEngine::nextStep()
{
    return jumpToStep(m_step + 1);
}

bool RunEngine::previousStep()
{
    return jumpToStep(m_step - 1);
}

bool RunEngine::jumpToStep(int step)
{
    if (!isLive(m_status) || !validPosition(step, 0))
        return false;
    const Time now = m_clock.now();
    catchUp(now);
    enterSlot(step, 0, now);
    return true;
}

bool RunEngine::restartPhase()
{
    if (!isLive(m_status))
        return false;
    const Time now = m_clock.now();
    catchUp(now);
    enterSlot(m_step, m_slot, now);
    return true;
}

bool RunEngine::extendPhase(Seconds by)
{
    if (!isLive(m_status) || by <= Seconds{0})
        return false;
    const Time now = m_clock.now();
    catchUp(now);
    m_plan.durations[static_cast<std::size_t>(m_step)][static_cast<std::size_t>(m_slot)] += by;
    m_deadline += by;
    m_pausedRemaining += by;
    const Duration left = remaining(now);
    const StepThresholds &t = currentStep().thresholds;
    // Thresholds that are ahead again will be announced again.
    if (left > Duration(thresholdOf(t.warning, m_step, m_slot)))
        m_warned = false;
    if (left > Duration(thresholdOf(t.finalMinute, m_step, m_slot)))
        m_finalMinute = false;
    if (left > Duration{}) {
        m_slotOver = false;
        m_callOver = false;
    }
    return true;
}

bool RunEngine::shortenPhase(Seconds by)
{
    if (!isLive(m_status) || by <= Seconds{0})
        return false;
    const Time now = m_clock.now();
    catchUp(now);
    auto &d = m_plan.durations[static_cast<std::size_t>(m_step)][static_cast<std::size_t>(m_slot)];
    const Seconds cut = std::min(by, d);
    if (cut <= Seconds{0})
        return false;
    d -= cut;
    m_deadline -= cut;
    m_pausedRemaining -= cut;
    return true;
}

bool RunEngine::endCall()
{
    if (!isLive(m_status))
        return false;
    const Time now = m_clock.now();
    catchUp(now);
    m_status = RunStatus::Finished;
    if (!m_callOver) {
        m_callOver = true;
        record(RunEvent::CallOver, now);
    }
    return true;
}

RunEngine::Duration RunEngine::restOfPlan(Time now) const
{
    Duration rest{};
    if (m_status == RunStatus::Finished || stepCount() == 0)
        return rest;
    if (m_status == RunStatus::NotStarted) {
        for (int s = 0; s < stepCount(); ++s)
            rest += stepRest(s, 0);
        return rest;
    }
    if (!m_slotOver) {
        rest += std::max(remaining(now), Duration{});
        rest += stepRest(m_step, m_slot + 1);
    }
    for (int s = m_step + 1; s < stepCount(); ++s)
        rest += stepRest(s, 0);
    return rest;
}

RunSchedule RunEngine::schedule(Time now) const
{
    RunSchedule out;
    out.started = m_status == RunStatus::NotStarted ? now : m_callStarted;
    out.plannedEnd = out.started + m_call.length;
    out.projectedEnd = now + restOfPlan(now);
    out.elapsed = now - out.started;
    out.ahead = out.plannedEnd - out.projectedEnd;
    Seconds total{0};
    Seconds before{0};
    for (int s = 0; s < stepCount(); ++s) {
        for (int i = 0; i < static_cast<int>(m_slots[static_cast<std::size_t>(s)].size()); ++i) {
            total += planned(s, i);
            if (s < m_step || (s == m_step && i < m_slot))
                before += planned(s, i);
        }
    }
    if (m_status == RunStatus::Finished) {
        out.progress = 1.0;
    } else if (total > Seconds{0} && m_status != RunStatus::NotStarted) {
        const Duration inSlot = std::clamp(slotElapsed(now), Duration{}, Duration(planned(m_step, m_slot)));
        const double done = std::chrono::duration<double>(Duration(before) + inSlot).count();
        out.progress = std::clamp(done / std::chrono::duration<double>(total).count(), 0.0, 1.0);
    }
    return out;
}

RunFit RunEngine::fitToEndOnTime()
{
    const Time now = m_clock.now();
    if (isLive(m_status))
        catchUp(now);
    RunFit fit;
    fit.previous = m_plan;
    if (m_status == RunStatus::Finished)
        return fit;
    const RunSchedule s = schedule(now);
    fit.overBy = std::max(ceilSeconds(s.projectedEnd - s.plannedEnd), Seconds{0});
    if (fit.overBy <= Seconds{0})
        return fit;

    struct Candidate
    {
        int step;
        int slot;
        Seconds slack;
        Seconds cut{0};
    };
    std::vector<Candidate> candidates;
    const bool started = m_status != RunStatus::NotStarted;
    for (int st = started ? m_step : 0; st < stepCount(); ++st) {
        int first = 0;
        if (started && st == m_step)
            first = m_slotOver ? static_cast<int>(m_slots[static_cast<std::size_t>(st)].size()) : m_slot + 1;
        for (int i = first; i < static_cast<int>(m_slots[static_cast<std::size_t>(st)].size()); ++i) {
            const Seconds minimum = m_slots[static_cast<std::size_t>(st)][static_cast<std::size_t>(i)].minimum;
            const Seconds slack = std::max(planned(st, i) - minimum, Seconds{0});
            if (slack > Seconds{0})
                candidates.push_back({st, i, slack});
        }
    }
    const Seconds totalSlack = std::accumulate(candidates.begin(), candidates.end(), Seconds{0},
                                               [](Seconds sum, const Candidate &c) { return sum + c.slack; });
    const Seconds cut = std::min(fit.overBy, totalSlack);
    fit.stillOver = fit.overBy - cut;
    if (cut <= Seconds{0})
        return fit;

    Seconds given{0};
    for (Candidate &c : candidates) {
        c.cut = Seconds{c.slack.count() * cut.count() / totalSlack.count()};
        given += c.cut;
    }
    // Whole seconds leave a remainder smaller than the number of slots; the
    // slots with the most room take it, one second each.
    std::vector<std::size_t> byRoom(candidates.size());
    std::iota(byRoom.begin(), byRoom.end(), std::size_t{0});
    std::stable_sort(byRoom.begin(), byRoom.end(), [&](std::size_t a, std::size_t b) {
        return candidates[a].slack - candidates[a].cut > candidates[b].slack - candidates[b].cut;
    });
    for (std::size_t k = 0; given < cut && k < byRoom.size(); ++k) {
        Candidate &c = candidates[byRoom[k]];
        if (c.cut < c.slack) {
            c.cut += Seconds{1};
            given += Seconds{1};
        }
    }

    for (const Candidate &c : candidates) {
        if (c.cut <= Seconds{0})
            continue;
        if (fit.changes.empty() || fit.changes.back().step != c.step)
            fit.changes.push_back({c.step, m_call.steps[static_cast<std::size_t>(c.step)].title, stepRest(c.step, 0), Seconds{0}});
        m_plan.durations[static_cast<std::size_t>(c.step)][static_cast<std::size_t>(c.slot)] -= c.cut;
    }
    for (RunPlanChange &change : fit.changes)
        change.after = stepRest(change.step, 0);
    fit.saved = given;
    return fit;
}

bool RunEngine::setPlan(const RunPlan &plan)
{
    if (plan.durations.size() != m_plan.durations.size())
        return false;
    for (std::size_t s = 0; s < plan.durations.size(); ++s) {
        if (plan.durations[s].size() != m_plan.durations[s].size())
            return false;
    }
    const bool started = m_status != RunStatus::NotStarted;
    for (int s = 0; s < stepCount(); ++s) {
        for (int i = 0; i < static_cast<int>(plan.durations[static_cast<std::size_t>(s)].size()); ++i) {
            const bool future = !started || s > m_step || (s == m_step && i > m_slot);
            if (future)
                m_plan.durations[static_cast<std::size_t>(s)][static_cast<std::size_t>(i)] =
                    std::max(plan.durations[static_cast<std::size_t>(s)][static_cast<std::size_t>(i)], Seconds{0});
        }
    }
    return true;
}

std::vector<std::string> RunEngine::currentPrompts() const
{
    std::vector<std::string> out;
    if (stepCount() == 0)
        return out;
    const Step &step = currentStep();
    TemplateValues v = step.promptValues(groupSize(m_step));
    v.duration = stepRest(m_step, 0);
    v.round = m_slots[static_cast<std::size_t>(m_step)][static_cast<std::size_t>(m_slot)].turn;
    v.next = m_speakers.following().value_or(std::string());
    for (const std::string &prompt : step.prompts)
        out.push_back(renderTemplate(prompt, v));
    return out;
}

std::string RunEngine::nextName(const StepSlot &) const
{
    return m_speakers.following().value_or(std::string());
}

std::vector<RunCue> RunEngine::cuesOf(int step, int slot, Time slotStart) const
{
    std::vector<RunCue> out;
    const Step &s = m_call.steps[static_cast<std::size_t>(step)];
    StepSlot info = m_slots[static_cast<std::size_t>(step)][static_cast<std::size_t>(slot)];
    info.duration = planned(step, slot);
    const std::vector<StepCue> *cues = nullptr;
    if (info.kind == SlotKind::Phase)
        cues = &s.phases[static_cast<std::size_t>(info.phaseIndex)].cues;
    else if (info.kind == SlotKind::Step)
        cues = &s.cues;
    if (!cues)
        return out;
    TemplateValues v = s.slotValues(info, groupSize(step));
    v.next = nextName(info);
    const Time end = slotStart + info.duration;
    for (const StepCue &cue : *cues) {
        Time due = slotStart;
        switch (cue.moment) {
        case CueMoment::Start:
            due = slotStart;
            break;
        case CueMoment::Warning:
            due = end - std::clamp(s.thresholds.warning, Seconds{0}, info.duration);
            break;
        case CueMoment::FinalMinute:
            due = end - std::clamp(s.thresholds.finalMinute, Seconds{0}, info.duration);
            break;
        case CueMoment::End:
            due = end;
            break;
        }
        out.push_back({cue.moment, renderTemplate(cue.text, v), step, slot, due});
    }
    return out;
}

std::vector<RunCue> RunEngine::stepCues(int step, Time stepStart, Time stepEnd) const
{
    std::vector<RunCue> out;
    const Step &s = m_call.steps[static_cast<std::size_t>(step)];
    // A step without phases has its cues on its only slot.
    if (s.phases.empty())
        return out;
    TemplateValues v = s.promptValues(groupSize(step));
    v.duration = stepRest(step, 0);
    v.next = m_speakers.following().value_or(std::string());
    const auto length = stepEnd - stepStart;
    const auto capped = [&](Seconds t) { return std::clamp(Duration(t), Duration{}, std::max(length, Duration{})); };
    for (const StepCue &cue : s.cues) {
        Time due = stepStart;
        if (cue.moment == CueMoment::Warning)
            due = stepEnd - capped(s.thresholds.warning);
        else if (cue.moment == CueMoment::FinalMinute)
            due = stepEnd - capped(s.thresholds.finalMinute);
        else if (cue.moment == CueMoment::End)
            due = stepEnd;
        out.push_back({cue.moment, renderTemplate(cue.text, v), step, -1, due});
    }
    return out;
}

std::optional<RunCue> RunEngine::currentCue(Time now) const
{
    if (!isLive(m_status))
        return std::nullopt;
    const Time slotEnd = m_status == RunStatus::Running ? m_deadline : now + m_pausedRemaining;
    const Time slotStart = slotEnd - planned(m_step, m_slot);
    std::vector<RunCue> cues = stepCues(m_step, m_stepStarted, slotEnd + stepRest(m_step, m_slot + 1));
    const std::vector<RunCue> own = cuesOf(m_step, m_slot, slotStart);
    cues.insert(cues.end(), own.begin(), own.end());
    std::optional<RunCue> best;
    for (const RunCue &c : cues) {
        if (c.due <= now && (!best || c.due >= best->due))
            best = c;
    }
    return best;
}

std::optional<RunCue> RunEngine::nextCue(Time now) const
{
    if (m_status == RunStatus::Finished || stepCount() == 0)
        return std::nullopt;
    std::vector<RunCue> cues;
    int step = 0;
    int slot = 0;
    Time at = now;
    Time stepStart = now;
    if (isLive(m_status)) {
        step = m_step;
        slot = m_slot;
        stepStart = m_stepStarted;
        at = (m_status == RunStatus::Running ? m_deadline : now + m_pausedRemaining) - planned(step, slot);
    }
    const Time stepEnd = at + stepRest(step, slot);
    const std::vector<RunCue> whole = stepCues(step, stepStart, stepEnd);
    cues.insert(cues.end(), whole.begin(), whole.end());
    for (int i = slot; i < static_cast<int>(m_slots[static_cast<std::size_t>(step)].size()); ++i) {
        const std::vector<RunCue> own = cuesOf(step, i, at);
        cues.insert(cues.end(), own.begin(), own.end());
        at += planned(step, i);
    }
    if (step + 1 < stepCount()) {
        // The host may be late moving on; the next step starts no earlier than now.
        Time next = std::max(stepEnd, now);
        const std::vector<RunCue> following = stepCues(step + 1, next, next + stepRest(step + 1, 0));
        cues.insert(cues.end(), following.begin(), following.end());
        for (int i = 0; i < static_cast<int>(m_slots[static_cast<std::size_t>(step + 1)].size()); ++i) {
            const std::vector<RunCue> own = cuesOf(step + 1, i, next);
            cues.insert(cues.end(), own.begin(), own.end());
            next += planned(step + 1, i);
        }
    }
    // A cue of a slot not entered yet counts even when due now: it waits for
    // the host (or for start()).
    const auto ahead = [&](const RunCue &c) { return c.due > now || (c.due == now && (!isLive(m_status) || c.step != step)); };
    std::optional<RunCue> best;
    for (const RunCue &c : cues) {
        if (ahead(c) && (!best || c.due < best->due))
            best = c;
    }
    return best;
}

RunState RunEngine::snapshot() const
{
    const Time now = m_clock.now();
    const Clock::WallTime wall = m_clock.wallNow();
    const auto toWall = [&](Time t) { return wall + std::chrono::duration_cast<WallDuration>(t - now); };
    RunState s;
    s.callId = m_call.id;
    s.status = m_status;
    s.step = m_step;
    s.slot = m_slot;
    s.callStarted = toWall(m_callStarted);
    s.stepStarted = toWall(m_stepStarted);
    s.slotStarted = toWall(m_slotStarted);
    s.deadline = toWall(m_deadline);
    s.pausedRemaining = std::chrono::duration_cast<std::chrono::milliseconds>(m_pausedRemaining);
    s.warned = m_warned;
    s.finalMinute = m_finalMinute;
    s.slotOver = m_slotOver;
    s.callOver = m_callOver;
    s.groupSizes = m_groupSizes;
    s.plan = m_plan;
    s.speakers = m_speakers.names();
    s.speaker = m_speakers.position();
    s.savedAt = wall;
    return s;
}

bool RunEngine::restore(const RunState &state, Time now)
{
    if (state.callId != m_call.id || state.groupSizes.size() != m_call.steps.size())
        return false;
    std::vector<std::vector<StepSlot>> slots;
    for (std::size_t i = 0; i < m_call.steps.size(); ++i) {
        slots.push_back(m_call.steps[i].expand(std::max(state.groupSizes[i], 1)));
        if (state.plan.durations.size() != m_call.steps.size() || state.plan.durations[i].size() != slots.back().size())
            return false;
    }
    if (state.step < 0 || state.step >= stepCount() || state.slot < 0
        || state.slot >= static_cast<int>(slots[static_cast<std::size_t>(state.step)].size()))
        return false;

    const Clock::WallTime wall = m_clock.wallNow();
    const auto toMono = [&](Clock::WallTime t) { return now + std::chrono::duration_cast<Duration>(t - wall); };
    m_slots = std::move(slots);
    m_groupSizes = state.groupSizes;
    for (int &size : m_groupSizes)
        size = std::max(size, 1);
    m_plan = state.plan;
    m_status = state.status;
    m_step = state.step;
    m_slot = state.slot;
    m_callStarted = toMono(state.callStarted);
    m_stepStarted = toMono(state.stepStarted);
    m_slotStarted = toMono(state.slotStarted);
    m_deadline = toMono(state.deadline);
    m_pausedRemaining = state.pausedRemaining;
    if (m_status == RunStatus::Paused) {
        m_deadline = now + m_pausedRemaining;
        m_slotStarted = m_deadline - planned(m_step, m_slot);
    }
    m_warned = state.warned;
    m_finalMinute = state.finalMinute;
    m_slotOver = state.slotOver;
    m_callOver = state.callOver;
    m_speakers = SpeakingOrder::byHand(state.speakers);
    m_speakers.setPosition(state.speaker);
    m_pending.clear();
    m_lastSeen = now;
    m_lastSeenWall = wall;
    return true;
}

} // namespace convener::core
