// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/rooms/roundedit.h"

namespace convener::models {

// Swaps two people of a planned round: each takes the other's seat and role;
// undo and redo put back exactly the rooms and roles (RoundEdit).
class SwapSeats final : public RoundEdit
{
public:
    SwapSeats(RoomsDocument *document, core::CohortId cohort, int callNumber, int roundNumber, core::PersonId first,
        core::PersonId second, const QString &text);

protected:
    storage::Result<storage::RowVersion> edit(storage::RoomsRepository &rooms, core::CohortId cohort, int callNumber,
        int roundNumber, storage::RowVersion basedOn) override;

private:
    core::PersonId m_first;
    core::PersonId m_second;
};

} // namespace convener::models
