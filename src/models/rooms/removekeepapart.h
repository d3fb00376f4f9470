// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/rooms/roomsrepository.h"

#include <QUndoCommand>

namespace convener::models {

class RoomsDocument;

// Lets two members share a room again; undo keeps them apart with their reason.
class RemoveKeepApart final : public QUndoCommand
{
public:
    RemoveKeepApart(RoomsDocument *document, core::CohortId cohort, storage::KeepApartPair pair, const QString &text);
    void undo() override;
    void redo() override;

private:
    RoomsDocument *m_document;
    core::CohortId m_cohort;
    storage::KeepApartPair m_pair;
};

} // namespace convener::models
