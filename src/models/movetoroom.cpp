// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/movetoroom.h"

#include "models/roomssession.h"
#include "storage/roomsrepository.h"

namespace convener::models {

MoveToRoom::MoveToRoom(RoomsSession *session, core::CohortId cohort, int callNumber, int roundNumber, core::PersonId person,
                       int room, const QString &text)
    : QUndoCommand(text), m_session(session), m_cohort(cohort), m_call(callNumber), m_round(roundNumber), m_person(person), m_room(room)
{
}

void MoveToRoom::redo()
{
    if (m_after) {
        if (!m_session->applyRound(m_cohort, m_call, *m_after))
            setObsolete(true);
        return;
    }
    // The first time the repository moves the person (it knows how rooms close and turns renumber).
    m_before = m_session->storedRound(m_cohort, m_call, m_round);
    if (!m_before) {
        setObsolete(true);
        return;
    }
    if (const auto moved = m_session->repository().movePerson(m_cohort, m_call, m_round, m_person, m_room); !moved) {
        Q_EMIT m_session->storageFailed(moved.error());
        setObsolete(true);
        return;
    }
    m_after = m_session->storedRound(m_cohort, m_call, m_round);
    m_session->refreshAfterEdit(m_cohort, m_call);
    if (!m_after)
        setObsolete(true);
}

void MoveToRoom::undo()
{
    if (!m_before || !m_session->applyRound(m_cohort, m_call, *m_before))
        setObsolete(true);
}

} // namespace convener::models
