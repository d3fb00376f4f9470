// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/breakoutround.h"
#include "models/rooms/roundedit.h"

#include <string>

namespace convener::models {

// Changes one person's role in a planned round by hand (the case-giver of
// their room, or their place in the room's turn order); whoever held the role
// before loses it. Undo and redo put back exactly the rooms and roles (RoundEdit).
class ChangeSeatRole final : public RoundEdit
{
public:
    ChangeSeatRole(RoomsDocument *document, core::CohortId cohort, int callNumber, int roundNumber,
        core::BreakoutRound step, core::PersonId person, std::string role, int turn, const QString &text);

protected:
    storage::Result<storage::RowVersion> edit(storage::RoomsRepository &rooms, core::CohortId cohort, int callNumber,
        int roundNumber, storage::RowVersion basedOn) override;

private:
    core::BreakoutRound m_step;
    core::PersonId m_person;
    std::string m_role;
    int m_turn;
};

} // namespace convener::models
