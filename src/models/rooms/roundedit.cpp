// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/roundedit.h"

#include "models/rooms/roomsdocument.h"
#include "models/storageerror.h"
#include "storage/rooms/roomsrepository.h"

namespace convener::models {

RoundEdit::RoundEdit(
    RoomsDocument *session, core::CohortId cohort, int callNumber, int roundNumber, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_cohort(cohort)
    , m_call(callNumber)
    , m_round(roundNumber)
{
}

void RoundEdit::redo()
{
    if (m_after) {
        if (!m_session->applyRound(m_cohort, m_call, *m_after))
            setObsolete(true);
        return;
    }
    m_before = m_session->storedRound(m_cohort, m_call, m_round);
    if (!m_before) {
        setObsolete(true);
        return;
    }
    if (const auto done = edit(m_session->repository(), m_cohort, m_call, m_round); !done) {
        Q_EMIT m_session->storageFailed(describe(done.error()));
        setObsolete(true);
        return;
    }
    m_after = m_session->storedRound(m_cohort, m_call, m_round);
    m_session->refreshAfterHandEdit(m_cohort, m_call);
    if (!m_after)
        setObsolete(true);
}

void RoundEdit::undo()
{
    if (!m_before || !m_session->applyRound(m_cohort, m_call, *m_before))
        setObsolete(true);
}

} // namespace convener::models
