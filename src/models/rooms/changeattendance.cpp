// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/changeattendance.h"

#include "models/rooms/roomsdocument.h"

namespace convener::models {

ChangeAttendance::ChangeAttendance(RoomsDocument *document, core::CohortId cohort, int callNumber,
    core::AttendanceMark before, core::AttendanceMark after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_cohort(cohort)
    , m_call(callNumber)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ChangeAttendance::redo()
{
    if (!m_document->applyAttendance(m_cohort, m_call, m_after, m_turn))
        setObsolete(true);
}

void ChangeAttendance::undo()
{
    if (!m_document->applyAttendance(m_cohort, m_call, m_before, m_turn))
        setObsolete(true);
}

} // namespace convener::models
