// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/roundedit.h"

#include "models/rooms/roomsdocument.h"
#include "storage/rooms/roomsrepository.h"

namespace convener::models {

RoundEdit::RoundEdit(
    RoomsDocument *document, core::CohortId cohort, int callNumber, int roundNumber, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_cohort(cohort)
    , m_call(callNumber)
    , m_round(roundNumber)
{
}

void RoundEdit::redo()
{
    if (m_after) {
        if (!m_document->applyRound(m_cohort, m_call, *m_after, m_turn))
            setObsolete(true);
        return;
    }
    m_before = m_document->storedRound(m_cohort, m_call, m_round);
    if (!m_before) {
        setObsolete(true);
        return;
    }
    const bool edited = m_document->editRound(
        m_cohort, m_call,
        [this](storage::RoomsRepository &rooms, storage::RowVersion basedOn) {
            return edit(rooms, m_cohort, m_call, m_round, basedOn);
        },
        m_turn);
    if (!edited) {
        setObsolete(true);
        return;
    }
    m_after = m_document->storedRound(m_cohort, m_call, m_round);
    m_document->refreshAfterHandEdit(m_cohort, m_call);
    if (!m_after)
        setObsolete(true);
}

void RoundEdit::undo()
{
    if (!m_before || !m_document->applyRound(m_cohort, m_call, *m_before, m_turn))
        setObsolete(true);
}

} // namespace convener::models
