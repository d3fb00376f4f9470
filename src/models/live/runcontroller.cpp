// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/live/runcontroller.h"

#include "models/live/endrun.h"
#include "models/live/fitschedule.h"
#include "models/storageerror.h"
#include "storage/program/programrepository.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "storage/run/runrepository.h"

#include <algorithm>
#include <QUndoStack>
#include <QUuid>
#include <set>

namespace convener::models {

RunController::RunController(
    storage::Database &database, QUndoStack *undoStack, const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_undoStack(undoStack)
    , m_clock(clock)
    , m_runs(std::make_unique<storage::RunRepository>(database))
    , m_driver(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

RunController::~RunController() = default;

void RunController::setCohort(core::CohortId cohort)
{
    if (cohort == m_cohort)
        return;
    m_cohort = cohort;
    m_engine.reset();
    m_callNumber = 0;
    m_following = false;
    m_driverName.clear();
    m_retroTimer.stop();
    Q_EMIT runChanged();
    Q_EMIT drivingChanged();
    Q_EMIT changed();
}

std::vector<storage::CohortCall> RunController::calls() const
{
    if (m_cohort == 0)
        return {};
    auto calls = storage::ProgramRepository(m_database).calls(m_cohort);
    if (!calls) {
        Q_EMIT const_cast<RunController *>(this)->storageFailed(describe(calls.error()));
        return {};
    }
    return std::move(calls).value();
}

bool RunController::start(int callNumber, const std::vector<std::string> &present, std::uint64_t seed)
{
    const auto call = storage::ProgramRepository(m_database).call(m_cohort, callNumber);
    if (!call) {
        Q_EMIT storageFailed(describe(call.error()));
        return false;
    }
    // A run of the call that another Convener drives is under way: follow it
    // rather than start a second one over it.
    const auto stored = m_runs->stored(m_cohort, callNumber);
    if (!stored) {
        Q_EMIT storageFailed(describe(stored.error()));
        return false;
    }
    if (stored.value() && stored.value()->underWay() && !stored.value()->driver.isEmpty()
        && stored.value()->driver != m_driver) {
        if (follow(*stored.value()))
            Q_EMIT noted(tr("Call %1 is already running on %2's computer; this Convener follows that run. Use Take "
                            "over to drive it from here.")
                             .arg(callNumber)
                             .arg(m_driverName.isEmpty() ? tr("another host") : m_driverName));
        return false;
    }
    auto engine = std::make_unique<core::RunEngine>(m_clock, call.value().call, std::vector<int>{});
    engine->setSpeakingOrder(core::SpeakingOrder::shuffled(present, seed));
    if (!engine->start())
        return false;
    m_engine = std::move(engine);
    m_callNumber = callNumber;
    m_following = false;
    m_driverName.clear();
    m_retroTimer.stop();
    // The undo history of another run's schedule means nothing to this one.
    if (m_undoStack)
        m_undoStack->clear();
    Q_EMIT runChanged();
    Q_EMIT drivingChanged();
    tick();
    save();
    return true;
}

std::unique_ptr<core::RunEngine> RunController::engineFor(int callNumber, const core::RunState &state)
{
    const auto call = storage::ProgramRepository(m_database).call(m_cohort, callNumber);
    if (!call) {
        Q_EMIT storageFailed(describe(call.error()));
        return nullptr;
    }
    auto engine = std::make_unique<core::RunEngine>(m_clock, call.value().call, std::vector<int> {});
    if (!engine->restore(state, m_clock.now())) {
        Q_EMIT storageFailed(tr("The call under way could not be picked up again because the call was changed "
                                "since; start it again from the Live area."));
        return nullptr;
    }
    return engine;
}

bool RunController::resume()
{
    const auto saved = m_runs->unfinishedRun(m_cohort);
    if (!saved) {
        Q_EMIT storageFailed(describe(saved.error()));
        return false;
    }
    if (!saved.value())
        return false;
    const storage::StoredRun &run = *saved.value();
    // Another host's run (on a team's server) is followed; this login's own
    // run, left when the app stopped, is driven from here again.
    if (!run.driver.isEmpty() && !run.byThisLogin)
        return follow(run);
    const auto taken = run.driver.isEmpty() ? storage::Result<storage::StoredRun>(run)
                                            : m_runs->takeOver(m_cohort, run.callNumber, m_driver);
    if (!taken) {
        Q_EMIT storageFailed(describe(taken.error()));
        return false;
    }
    return drive(taken.value());
}

bool RunController::drive(const storage::StoredRun &run)
{
    auto engine = engineFor(run.callNumber, run.state);
    if (!engine)
        return false;
    m_engine = std::move(engine);
    m_callNumber = run.callNumber;
    m_following = false;
    m_driverName.clear();
    Q_EMIT runChanged();
    Q_EMIT drivingChanged();
    tick();
    save();
    return true;
}

bool RunController::follow(const storage::StoredRun &run)
{
    auto engine = engineFor(run.callNumber, run.state);
    if (!engine)
        return false;
    const bool otherRun = !m_following || run.callNumber != m_callNumber || m_driverName != run.stamp.changedBy;
    m_engine = std::move(engine);
    m_callNumber = run.callNumber;
    m_following = true;
    m_driverName = run.stamp.changedBy;
    m_behind = false; // what this Convener did not store is the driver's to decide
    Q_EMIT runChanged();
    if (otherRun)
        Q_EMIT drivingChanged();
    // Brought up to now by the clock, as the driver's is; nothing is saved.
    tick();
    return true;
}

bool RunController::takeOver()
{
    if (!m_engine || !m_following)
        return false;
    const auto run = m_runs->takeOver(m_cohort, m_callNumber, m_driver);
    if (!run) {
        Q_EMIT storageFailed(describe(run.error()));
        return false;
    }
    return drive(run.value());
}

bool RunController::followStored()
{
    if (m_cohort == 0)
        return false;
    const bool driving = m_engine && !m_following;
    if (driving && m_engine->status() != core::RunStatus::Finished) {
        // Driving a run under way: only a take-over concerns this Convener.
        const auto run = m_runs->stored(m_cohort, m_callNumber);
        if (!run || !run.value() || run.value()->driver == m_driver || run.value()->driver.isEmpty())
            return false;
        if (!follow(*run.value()))
            return false;
        Q_EMIT noted(tr("%1 took over the run of call %2; this Convener follows it now. Use Take over to drive "
                        "it from here again.")
                         .arg(m_driverName.isEmpty() ? tr("Another host") : m_driverName)
                         .arg(m_callNumber));
        return true;
    }
    // Following, or nothing under way here: the run followed as it is now,
    // else the cohort's run under way, if someone drives one.
    storage::Result<std::optional<storage::StoredRun>> run
        = m_following ? m_runs->stored(m_cohort, m_callNumber) : m_runs->unfinishedRun(m_cohort);
    if (m_following && run && run.value() && !run.value()->underWay()) {
        // The run followed has ended; another may have begun.
        auto next = m_runs->unfinishedRun(m_cohort);
        if (next && next.value())
            run = std::move(next);
    }
    if (!run) {
        Q_EMIT storageFailed(describe(run.error()));
        return false;
    }
    if (run.value() && run.value()->driver != m_driver)
        follow(*run.value());
    return false;
}

core::Clock::WallTime RunController::wallAt(core::Clock::Time time) const
{
    return m_clock.wallNow() + std::chrono::duration_cast<core::Clock::WallTime::duration>(time - m_clock.now());
}

void RunController::tick()
{
    if (m_retroTimer.advanceTo(m_clock.now()))
        Q_EMIT retroPhaseTimeUp(m_retroPhase);
    if (!m_engine) {
        if (m_retroTimer.running())
            Q_EMIT changed();
        return;
    }
    const auto happened = m_engine->advanceTo(m_clock.now());
    if (!happened.empty()) {
        save();
        Q_EMIT transitions(happened);
    }
    Q_EMIT changed();
}

void RunController::save()
{
    if (!m_engine || m_following)
        return;
    const auto status = m_runs->save(m_cohort, m_callNumber, m_engine->snapshot(), m_driver);
    if (!status && status.error().problem == storage::Problem::ChangedElsewhere) {
        // Another Convener drives this run now (it was taken over while this
        // one was away, say): follow theirs from here on.
        const auto run = m_runs->stored(m_cohort, m_callNumber);
        if (run && run.value() && follow(*run.value()))
            Q_EMIT noted(describe(status.error()));
        m_behind = false;
        return;
    }
    // The run goes on here either way (its clock is this computer's); what
    // could not be stored is stored by saveIfBehind() once the database answers.
    // Said once: while the server is away, every transition would say it again
    // in the middle of the call; the status bar keeps showing that it is away.
    if (!status && !m_behind)
        Q_EMIT storageFailed(describe(status.error()));
    m_behind = !status;
}

bool RunController::saveIfBehind()
{
    if (m_behind)
        save();
    return !m_behind;
}

template<typename Control>
bool RunController::control(Control c)
{
    if (!m_engine || m_following || !c(*m_engine))
        return false;
    tick();
    save();
    // Refused as another Convener's run: this one follows theirs now.
    return !m_following;
}

bool RunController::togglePause()
{
    return control([](core::RunEngine &e) { return e.togglePause(); });
}

bool RunController::nextPhase()
{
    return control([](core::RunEngine &e) { return e.nextPhase(); });
}

bool RunController::previousPhase()
{
    return control([](core::RunEngine &e) { return e.previousPhase(); });
}

bool RunController::nextStep()
{
    return control([](core::RunEngine &e) { return e.nextStep(); });
}

bool RunController::previousStep()
{
    return control([](core::RunEngine &e) { return e.previousStep(); });
}

bool RunController::jumpToStep(int step)
{
    return control([step](core::RunEngine &e) { return e.jumpToStep(step); });
}

bool RunController::extendPhase()
{
    return control([](core::RunEngine &e) { return e.extendPhase(); });
}

bool RunController::shortenPhase()
{
    return control([](core::RunEngine &e) { return e.shortenPhase(); });
}

bool RunController::restartPhase()
{
    return control([](core::RunEngine &e) { return e.restartPhase(); });
}

bool RunController::endCall()
{
    if (!m_engine || m_following)
        return false;
    const core::RunState before = m_engine->snapshot();
    if (!applyEnd())
        return false;
    if (m_undoStack)
        m_undoStack->push(new EndRun(*this, before));
    return true;
}

bool RunController::applyEnd()
{
    return control([](core::RunEngine &e) { return e.endCall(); });
}

bool RunController::applyRestore(const core::RunState &state)
{
    if (!m_engine || m_following)
        return false;
    auto engine = engineFor(m_callNumber, state);
    if (!engine)
        return false;
    m_engine = std::move(engine);
    Q_EMIT runChanged();
    tick();
    save();
    return !m_following;
}

std::vector<std::string> RunController::presentNames(int callNumber) const
{
    std::vector<std::string> names;
    if (m_cohort == 0)
        return names;
    auto *self = const_cast<RunController *>(this);
    const auto members = storage::RosterRepository(m_database).members(m_cohort);
    if (!members) {
        Q_EMIT self->storageFailed(describe(members.error()));
        return names;
    }
    const auto marks = storage::RoomsRepository(m_database).attendance(m_cohort, callNumber);
    if (!marks) {
        Q_EMIT self->storageFailed(describe(marks.error()));
        return names;
    }
    std::set<core::PersonId> absent;
    for (const core::AttendanceMark &mark : marks.value()) {
        if (mark.status == core::AttendanceStatus::Absent)
            absent.insert(mark.person);
    }
    for (const auto &m : members.value()) {
        if (!absent.contains(m.person.id))
            names.push_back(m.person.displayName);
    }
    return names;
}

bool RunController::addLateJoiner(core::PersonId person, const std::string &arrivedAt)
{
    if (!m_engine || m_following || m_engine->status() == core::RunStatus::Finished)
        return false;
    const auto members = storage::RosterRepository(m_database).members(m_cohort);
    if (!members) {
        Q_EMIT storageFailed(describe(members.error()));
        return false;
    }
    const auto member = std::find_if(members.value().begin(), members.value().end(),
                                     [person](const auto &m) { return m.person.id == person; });
    if (member == members.value().end())
        return false;
    const std::string name = member->person.displayName;
    const storage::Status marked = storage::RoomsRepository(m_database).setAttendance(
        m_cohort, m_callNumber, {core::AttendanceMark{person, core::AttendanceStatus::Late, arrivedAt}});
    if (!marked) {
        Q_EMIT storageFailed(describe(marked.error()));
        return false;
    }
    return control([&name](core::RunEngine &e) {
        e.addSpeaker(name);
        return true;
    });
}

bool RunController::nextSpeaker()
{
    return control([](core::RunEngine &e) { return e.nextSpeaker(); });
}

core::RunFit RunController::fitToEndOnTime()
{
    if (!m_engine || m_following)
        return {};
    core::RunFit fit = m_engine->fitToEndOnTime();
    if (fit.changed()) {
        if (m_undoStack)
            m_undoStack->push(new FitSchedule(*this, fit.previous, m_engine->plan()));
        tick();
        save();
    }
    return fit;
}

bool RunController::applyPlan(const core::RunPlan &plan)
{
    if (!m_engine || m_following || !m_engine->setPlan(plan))
        return false;
    tick();
    save();
    return true;
}

bool RunController::startRetroTimer(core::RetroPhase phase, core::Seconds length)
{
    if (length <= core::Seconds{0})
        return false;
    m_retroPhase = phase;
    m_retroTimer.start(m_clock.now(), length);
    Q_EMIT changed();
    return true;
}

void RunController::stopRetroTimer()
{
    m_retroTimer.stop();
    Q_EMIT changed();
}

} // namespace convener::models
