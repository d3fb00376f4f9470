// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/runcontroller.h"

#include "models/fitschedule.h"
#include "storage/programrepository.h"
#include "storage/runrepository.h"

#include <QUndoStack>

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
    Q_EMIT runChanged();
    Q_EMIT changed();
}

std::vector<storage::CohortCall> RunController::calls() const
{
    if (m_cohort == 0)
        return {};
    auto calls = storage::ProgramRepository(m_database).calls(m_cohort);
    if (!calls) {
        Q_EMIT const_cast<RunController *>(this)->storageFailed(calls.error());
        return {};
    }
    return std::move(calls).value();
}

bool RunController::start(int callNumber, const std::vector<std::string> &present, std::uint64_t seed)
{
    const auto call = storage::ProgramRepository(m_database).call(m_cohort, callNumber);
    if (!call) {
        Q_EMIT storageFailed(call.error());
        return false;
    }
    auto engine = std::make_unique<core::RunEngine>(m_clock, call.value().call, std::vector<int>{});
    engine->setSpeakingOrder(core::SpeakingOrder::shuffled(present, seed));
    if (!engine->start())
        return false;
    m_engine = std::move(engine);
    m_callNumber = callNumber;
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
        Q_EMIT storageFailed(saved.error());
        return false;
    }
    if (!saved.value())
        return false;
    const auto call = storage::ProgramRepository(m_database).call(m_cohort, saved.value()->callNumber);
    if (!call) {
        Q_EMIT storageFailed(call.error());
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
    if (!m_engine)
        return;
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
    if (const auto status = m_runs->save(m_cohort, m_callNumber, m_engine->snapshot()); !status)
        Q_EMIT storageFailed(status.error());
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

} // namespace convener::models
