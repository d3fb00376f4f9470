// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/attendance.h"
#include "core/roster/person.h"

#include <QUndoCommand>

namespace convener::models {

class RoomsDocument;

// Marks one person present, absent or late (with their arrival) for one call,
// through the Rooms document.
class ChangeAttendance final : public QUndoCommand
{
public:
    ChangeAttendance(RoomsDocument *document, core::CohortId cohort, int callNumber, core::AttendanceMark before,
        core::AttendanceMark after, const QString &text);
    void undo() override;
    void redo() override;

private:
    RoomsDocument *m_document;
    core::CohortId m_cohort;
    int m_call;
    core::AttendanceMark m_before;
    core::AttendanceMark m_after;
    // How many changes by others to this mark the document had seen when this
    // command last ran (-1: not yet); see RowLedger.
    int m_turn = -1;
};

} // namespace convener::models
