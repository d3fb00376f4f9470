// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/roomround.h"
#include "storage/result.h"
#include "storage/rowversion.h"

#include <optional>
#include <QUndoCommand>

namespace convener::storage {
class RoomsRepository;
}

namespace convener::models {

class RoomsDocument;

// A hand edit of a planned round. The first redo lets the repository make the
// edit (it knows how rooms close and turns renumber); the round is kept as it
// was before and after, so undo and redo put back exactly those rooms and roles,
// unless someone else changed the call's plan in between: then they are refused.
class RoundEdit : public QUndoCommand
{
public:
    RoundEdit(RoomsDocument *document, core::CohortId cohort, int callNumber, int roundNumber, const QString &text);

    void undo() override;
    void redo() override;

protected:
    // The edit itself, made once through the repository, based on the plan
    // version shown; returns the version it made.
    virtual storage::Result<storage::RowVersion> edit(storage::RoomsRepository &rooms, core::CohortId cohort,
        int callNumber, int roundNumber, storage::RowVersion basedOn)
        = 0;

private:
    RoomsDocument *m_document;
    core::CohortId m_cohort;
    int m_call;
    int m_round;
    std::optional<core::RoomRound> m_before;
    std::optional<core::RoomRound> m_after;
    int m_turn = -1; // the plan's turn in the document's RowLedger when this last ran
};

} // namespace convener::models
