// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/swapseats.h"

#include "storage/rooms/roomsrepository.h"

namespace convener::models {

SwapSeats::SwapSeats(RoomsDocument *document, core::CohortId cohort, int callNumber, int roundNumber,
    core::PersonId first, core::PersonId second, const QString &text)
    : RoundEdit(document, cohort, callNumber, roundNumber, text)
    , m_first(first)
    , m_second(second)
{
}

storage::Result<storage::RowVersion> SwapSeats::edit(storage::RoomsRepository &rooms, core::CohortId cohort,
    int callNumber, int roundNumber, storage::RowVersion basedOn)
{
    return rooms.swapPeople(cohort, callNumber, roundNumber, m_first, m_second, basedOn);
}

} // namespace convener::models
