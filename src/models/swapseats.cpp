// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/swapseats.h"

#include "models/roomssession.h"
#include "storage/roomsrepository.h"

namespace convener::models {

SwapSeats::SwapSeats(RoomsSession *session, core::CohortId cohort, int callNumber, int roundNumber, core::PersonId first,
                     core::PersonId second, const QString &text)
    : QUndoCommand(text), m_session(session), m_cohort(cohort), m_call(callNumber), m_round(roundNumber), m_first(first), m_second(second)
{
}

void SwapSeats::redo()
{
    if (m_after) {
        if (!m_session->applyRound(m_cohort, m_call, *m_after))
            setObsolete(true);
        return;
    }
    // The first time the repository swaps the seats, checking both people are in the round.
    m_before = m_session->storedRound(m_cohort, m_call, m_round);
    if (!m_before) {
        setObsolete(true);
        return;
    }
    if (const auto swapped = m_session->repository().swapPeople(m_cohort, m_call, m_round, m_first, m_second); !swapped) {
        Q_EMIT m_session->storageFailed(swapped.error());
        setObsolete(true);
        return;
    }
    m_after = m_session->storedRound(m_cohort, m_call, m_round);
    m_session->refreshAfterEdit(m_cohort, m_call);
    if (!m_after)
        setObsolete(true);
}

void SwapSeats::undo()
{
    if (!m_before || !m_session->applyRound(m_cohort, m_call, *m_before))
        setObsolete(true);
}

} // namespace convener::models
