// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/rooms/roundedit.h"

namespace convener::models {

// Moves a person of a planned round to another room (one past the last opens
// a new room); undo and redo put back exactly the rooms and roles (RoundEdit).
class MoveToRoom final : public RoundEdit
{
public:
    MoveToRoom(RoomsDocument *document, core::CohortId cohort, int callNumber, int roundNumber, core::PersonId person,
        int room, const QString &text);

protected:
    storage::Result<storage::RowVersion> edit(storage::RoomsRepository &rooms, core::CohortId cohort, int callNumber,
        int roundNumber, storage::RowVersion basedOn) override;

private:
    core::PersonId m_person;
    int m_room;
};

} // namespace convener::models
