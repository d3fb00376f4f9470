// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/replaceroomplan.h"

#include "models/rooms/roomsdocument.h"

namespace convener::models {

ReplaceRoomPlan::ReplaceRoomPlan(
    RoomsDocument *document, core::CohortId cohort, int callNumber, Plan before, Plan after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_cohort(cohort)
    , m_call(callNumber)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ReplaceRoomPlan::redo()
{
    if (!m_document->applyPlan(m_cohort, m_call, m_after.rounds, m_after.unavoidable, m_after.stoppedEarly, m_turn))
        setObsolete(true);
}

void ReplaceRoomPlan::undo()
{
    if (!m_document->applyPlan(m_cohort, m_call, m_before.rounds, m_before.unavoidable, m_before.stoppedEarly, m_turn))
        setObsolete(true);
}

} // namespace convener::models
