// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/rooms/roomsrepository.h"

#include <QUndoCommand>

namespace convener::models {

class RoomsDocument;

// Whether a cohort's hosts join the breakout rooms or stay out of them.
class ChangeHostsInRooms final : public QUndoCommand
{
public:
    ChangeHostsInRooms(RoomsDocument *document, core::CohortId cohort, storage::HostsInRooms before,
        storage::HostsInRooms after, const QString &text);
    void undo() override;
    void redo() override;

private:
    RoomsDocument *m_document;
    core::CohortId m_cohort;
    storage::HostsInRooms m_before;
    storage::HostsInRooms m_after;
};

} // namespace convener::models
