// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roomplan.h"

#include <QUndoCommand>

#include <optional>

namespace convener::models {

class RoomsSession;

// Moves a person of a planned round to another room (one past the last opens
// a new room). The round is kept as it was before and after, so undo and redo
// put back exactly those rooms and roles.
class MoveToRoom final : public QUndoCommand
{
public:
    MoveToRoom(RoomsSession *session, core::CohortId cohort, int callNumber, int roundNumber, core::PersonId person,
               int room, const QString &text);
    void undo() override;
    void redo() override;

private:
    RoomsSession *m_session;
    core::CohortId m_cohort;
    int m_call;
    int m_round;
    core::PersonId m_person;
    int m_room;
    std::optional<core::RoomRound> m_before;
    std::optional<core::RoomRound> m_after;
};

} // namespace convener::models
