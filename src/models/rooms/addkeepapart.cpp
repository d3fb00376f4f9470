// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/addkeepapart.h"

#include "models/rooms/roomsdocument.h"

namespace convener::models {

AddKeepApart::AddKeepApart(RoomsDocument *document, core::CohortId cohort, storage::KeepApartPair pair,
    std::optional<std::string> previousReason, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_cohort(cohort)
    , m_pair(std::move(pair))
    , m_previousReason(std::move(previousReason))
{
}

void AddKeepApart::redo()
{
    if (!m_document->applyKeepApart(m_cohort, m_pair.first, m_pair.second, m_pair.reason))
        setObsolete(true);
}

void AddKeepApart::undo()
{
    if (!m_document->applyKeepApart(m_cohort, m_pair.first, m_pair.second, m_previousReason))
        setObsolete(true);
}

} // namespace convener::models
