// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/rooms/roomsrepository.h"

#include <optional>
#include <QUndoCommand>

namespace convener::models {

class RoomsDocument;

// Keeps two members of a cohort out of the same room. When the pair was kept
// apart already, only its reason changes, and undo brings the old reason back.
class AddKeepApart final : public QUndoCommand
{
public:
    AddKeepApart(RoomsDocument *document, core::CohortId cohort, storage::KeepApartPair pair,
        std::optional<std::string> previousReason, const QString &text);
    void undo() override;
    void redo() override;

private:
    RoomsDocument *m_document;
    core::CohortId m_cohort;
    storage::KeepApartPair m_pair;
    std::optional<std::string> m_previousReason;
};

} // namespace convener::models
