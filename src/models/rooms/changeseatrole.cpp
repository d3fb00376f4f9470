// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/changeseatrole.h"

#include "storage/rooms/roomsrepository.h"

namespace convener::models {

ChangeSeatRole::ChangeSeatRole(RoomsDocument *document, core::CohortId cohort, int callNumber, int roundNumber,
    core::BreakoutRound step, core::PersonId person, std::string role, int turn, const QString &text)
    : RoundEdit(document, cohort, callNumber, roundNumber, text)
    , m_step(std::move(step))
    , m_person(person)
    , m_role(std::move(role))
    , m_turn(turn)
{
}

storage::Result<storage::RowVersion> ChangeSeatRole::edit(storage::RoomsRepository &rooms, core::CohortId cohort,
    int callNumber, int roundNumber, storage::RowVersion basedOn)
{
    return rooms.changeRole(cohort, callNumber, roundNumber, m_step, m_person, m_role, m_turn, basedOn);
}

} // namespace convener::models
