// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/movetoroom.h"

#include "storage/rooms/roomsrepository.h"

namespace convener::models {

MoveToRoom::MoveToRoom(RoomsDocument *document, core::CohortId cohort, int callNumber, int roundNumber,
    core::PersonId person, int room, const QString &text)
    : RoundEdit(document, cohort, callNumber, roundNumber, text)
    , m_person(person)
    , m_room(room)
{
}

storage::Result<storage::RowVersion> MoveToRoom::edit(storage::RoomsRepository &rooms, core::CohortId cohort,
    int callNumber, int roundNumber, storage::RowVersion basedOn)
{
    return rooms.movePerson(cohort, callNumber, roundNumber, m_person, m_room, basedOn);
}

} // namespace convener::models
