// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/live/runcontroller.h"

#include "models/live/fitschedule.h"
#include "models/storageerror.h"
#include "storage/program/programrepository.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "storage/run/runrepository.h"

#include <algorithm>
#include <QUndoStack>
#include <set>

namespace convener::models {

RunController::RunController(storage::Database &database, QUndoStack *undoStack, const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_undoStack(undoStack)
    , m_clock(clock)
    , m_runs(std::make_unique<storage::RunRepository>(database))
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
    m_retroTimer.stop();
    Q_EMIT runChanged();
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
    auto engine = std::make_unique<core::RunEngine>(m_clock, call.value().call, std::vector<int>{});
    engine->setSpeakingOrder(core::SpeakingOrder::shuffled(present, seed));
    if (!engine->start())
        return false;
    m_engine = std::move(engine);
    m_callNumber = callNumber;
    m_retroTimer.stop();
    // The undo history of another run's schedule means nothing to this one.
    if (m_undoStack)
        m_undoStack->clear();
    Q_EMIT runChanged();
    tick();
    save();
    return true;
}

bool RunController::resume()
{
    const auto saved = m_runs->unfinished(m_cohort);
    if (!saved) {
        Q_EMIT storageFailed(describe(saved.error()));
        return false;
    }
    if (!saved.value())
        return false;
    const auto call = storage::ProgramRepository(m_database).call(m_cohort, saved.value()->callNumber);
    if (!call) {
        Q_EMIT storageFailed(describe(call.error()));
        return false;
    }
    auto engine = std::make_unique<core::RunEngine>(m_clock, call.value().call, std::vector<int>{});
    if (!engine->restore(saved.value()->state, m_clock.now())) {
        Q_EMIT storageFailed(tr("The call under way could not be picked up again because the call was changed "
                                "since; start it again from the Live area."));
        return false;
    }
    m_engine = std::move(engine);
    m_callNumber = saved.value()->callNumber;
    Q_EMIT runChanged();
    tick();
    save();
    return true;
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
    if (!m_engine)
        return;
    const auto status = m_runs->save(m_cohort, m_callNumber, m_engine->snapshot());
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
    if (!m_engine || !c(*m_engine))
        return false;
    tick();
    save();
    return true;
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
    return control([](core::RunEngine &e) { return e.endCall(); });
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
    if (!m_engine || m_engine->status() == core::RunStatus::Finished)
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
    if (!m_engine)
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
    if (!m_engine || !m_engine->setPlan(plan))
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
