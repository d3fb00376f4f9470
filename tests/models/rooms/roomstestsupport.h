// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/rooms/roomhandoverexporter.h"
#include "models/rooms/roomplanning.h"
#include "models/rooms/roomroundeditor.h"
#include "models/rooms/roomruleseditor.h"
#include "models/rooms/roomsdocument.h"

class QUndoStack;

namespace convener::tests {

// The Rooms area as the workspace makes it: the document, and what plans,
// edits by hand, changes the rules of and hands over its rooms, all on one
// undo stack. Members go in reverse order, so planning stops before the
// document goes.
struct RoomsArea
{
    RoomsArea(storage::Database &database, QUndoStack *undoStack, const core::Clock &clock)
        : document(database, undoStack, clock)
        , planning(document, undoStack)
        , editor(document, undoStack)
        , rules(document, undoStack)
        , handover(document)
    {
    }

    models::RoomsDocument document;
    models::RoomPlanning planning;
    models::RoomRoundEditor editor;
    models::RoomRulesEditor rules;
    models::RoomHandoverExporter handover;
};

} // namespace convener::tests
