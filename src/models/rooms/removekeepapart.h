// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/rooms/roomsrepository.h"

#include <QUndoCommand>

namespace convener::models {

class RoomsSession;

// Lets two members share a room again; undo keeps them apart with their reason.
class RemoveKeepApart final : public QUndoCommand
{
public:
    RemoveKeepApart(RoomsSession *session, core::CohortId cohort, storage::KeepApartPair pair, const QString &text);
    void undo() override;
    void redo() override;

private:
    RoomsSession *m_session;
    core::CohortId m_cohort;
    storage::KeepApartPair m_pair;
};

} // namespace convener::models
