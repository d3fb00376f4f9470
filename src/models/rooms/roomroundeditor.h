// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace convener::models {

class RoomsDocument;

// Changes a planned round of the document's call by hand: moves, swaps and
// roles, each checked first, worded and pushed as one undoable command on the
// document. A person dropped on a room of the rooms view is moved here too.
class RoomRoundEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomRoundEditor)

public:
    RoomRoundEditor(RoomsDocument &document, QUndoStack *undoStack, QObject *parent = nullptr);
    ~RoomRoundEditor() override;

    // Moves a person to another room (one past the last opens a new room).
    void moveToRoom(int roundNumber, core::PersonId person, int room);
    void swapSeats(int roundNumber, core::PersonId first, core::PersonId second);
    // Gives a person of a planned round a role by hand, as one undoable step
    // (core::changeRoomRole): role empty for no role of their own; turn is
    // their place in a turn order (0 otherwise). Returns why not when refused
    // (a role the step does not have, a recorded round, someone not in the
    // round); nothing is pushed when the person holds that role already.
    QString changeRole(int roundNumber, core::PersonId person, const QString &role, int turn);

private:
    RoomsDocument &m_document;
    QUndoStack *m_undoStack;
};

} // namespace convener::models
