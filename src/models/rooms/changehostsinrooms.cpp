// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/changehostsinrooms.h"

#include "models/rooms/roomsdocument.h"

namespace convener::models {

ChangeHostsInRooms::ChangeHostsInRooms(RoomsDocument *document, core::CohortId cohort, storage::HostsInRooms before,
    storage::HostsInRooms after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_cohort(cohort)
    , m_before(before)
    , m_after(after)
{
}

void ChangeHostsInRooms::redo()
{
    if (!m_document->applyHostsInRooms(m_cohort, m_after))
        setObsolete(true);
}

void ChangeHostsInRooms::undo()
{
    if (!m_document->applyHostsInRooms(m_cohort, m_before))
        setObsolete(true);
}

} // namespace convener::models
