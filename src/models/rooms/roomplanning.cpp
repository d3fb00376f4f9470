// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/roomplanning.h"

#include "core/rooms/roomplanner.h"
#include "models/backgroundtask.h"
#include "models/rooms/replaceroomplan.h"
#include "models/rooms/roomsdocument.h"
#include "models/storageerror.h"
#include "storage/rooms/roomplanstore.h"

#include <QUndoStack>

namespace convener::models {

RoomPlanning::RoomPlanning(RoomsDocument &document, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_undoStack(undoStack)
{
    connect(&m_document, &RoomsDocument::cohortChanged, this, [this] {
        if (busy())
            cancel();
    });
}

RoomPlanning::~RoomPlanning()
{
    // The worker reads nothing of this object, but its finished() handler
    // does: stop the search and wait for it before the members go.
    if (m_worker) {
        m_cancel->store(true);
        m_worker->abandon();
        delete m_worker;
    }
}

void RoomPlanning::setScheduleOptions(const core::ScheduleOptions &options)
{
    m_options = options;
    m_options.cancel = nullptr;
}

void RoomPlanning::plan()
{
    start(Mode::Fresh);
}

void RoomPlanning::replanRest()
{
    start(Mode::StayClose);
}

void RoomPlanning::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void RoomPlanning::start(Mode mode)
{
    const core::CohortId cohort = m_document.cohort();
    const int call = m_document.call();
    if (busy() || cohort == 0 || call == 0)
        return;
    // Read on this thread: the database connection belongs to it.
    auto request = storage::RoomPlanStore(m_document.database()).request(cohort, call);
    if (!request) {
        Q_EMIT finished(false, describe(request.error()));
        return;
    }
    if (request.value().rounds.empty()) {
        Q_EMIT finished(false, describe(storage::Error(storage::Problem::NoBreakoutSteps).withCall(call)));
        return;
    }
    const std::vector<core::RoomRound> &rounds = m_document.rounds();
    std::vector<core::RoomRound> previous;
    for (const auto &round : rounds) {
        if (mode == Mode::Fresh && !round.recorded())
            break;
        previous.push_back(round);
    }
    const RoomsDocument::Counts counts = m_document.counts();
    ReplaceRoomPlan::Plan before { rounds, counts.unavoidable, counts.stoppedEarly };

    m_cancel = std::make_shared<std::atomic<bool>>(false);
    core::ScheduleOptions options = m_options;
    options.cancel = m_cancel.get();
    const bool rest = mode == Mode::StayClose;
    const auto work = [input = std::move(request).value(), previous, options, cancel = m_cancel] {
        (void)cancel; // held so options.cancel stays valid
        const core::RoomPlanner planner(options);
        return previous.empty() ? planner.plan(input) : planner.replan(input, previous);
    };
    const auto done = [this, cohort, call, rest, before = std::move(before), cancel = m_cancel](
                          core::RoomPlanOutcome result) {
        const auto *outcome = &result;
        m_worker = nullptr;
        Q_EMIT busyChanged(false);
        if (cancel->load()) {
            Q_EMIT finished(false, tr("Planning stopped; the rooms are as they were."));
            return;
        }
        if (!outcome->ok()) {
            Q_EMIT finished(false, describe(storage::planFailure(*outcome->error, call)));
            return;
        }
        ReplaceRoomPlan::Plan after { outcome->rounds, outcome->summary.unavoidable, outcome->summary.stoppedEarly };
        const int undoCount = m_undoStack->count();
        m_undoStack->push(new ReplaceRoomPlan(&m_document, cohort, call, before, std::move(after),
            rest ? tr("Re-plan the rest of call %1").arg(call) : tr("Plan the rooms of call %1").arg(call)));
        // An obsolete command (the save failed) is dropped by the stack at once.
        const bool saved = m_undoStack->count() > undoCount;
        Q_EMIT finished(saved,
            saved ? tr("Planned and saved. Undo brings back the rooms as they were.")
                  : tr("The plan could not be saved."));
    };
    m_worker = BackgroundTask::start(this, work, done);
    Q_EMIT busyChanged(true);
}

} // namespace convener::models
