// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/removekeepapart.h"

#include "models/rooms/roomsdocument.h"

namespace convener::models {

RemoveKeepApart::RemoveKeepApart(
    RoomsDocument *document, core::CohortId cohort, storage::KeepApartPair pair, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_cohort(cohort)
    , m_pair(std::move(pair))
{
}

void RemoveKeepApart::redo()
{
    if (!m_document->applyKeepApart(m_cohort, m_pair.first, m_pair.second, std::nullopt))
        setObsolete(true);
}

void RemoveKeepApart::undo()
{
    if (!m_document->applyKeepApart(m_cohort, m_pair.first, m_pair.second, m_pair.reason))
        setObsolete(true);
}

} // namespace convener::models
