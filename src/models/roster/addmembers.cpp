// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/roster/addmembers.h"

#include "models/roster/rostermodel.h"

namespace convener::models {

AddMembers::AddMembers(RosterModel *model, std::vector<core::Member> members, const QString &text)
    : QUndoCommand(text), m_model(model), m_members(std::move(members))
{
}

void AddMembers::redo()
{
    if (!m_stored) {
        bool ok = false;
        auto stored = m_model->insertNew(m_members, &ok);
        if (!ok) {
            // Nothing was stored: drop the command so the stack matches the database.
            setObsolete(true);
            return;
        }
        m_members = std::move(stored);
        m_stored = true;
        return;
    }
    if (!m_model->restore(m_members))
        setObsolete(true);
}

void AddMembers::undo()
{
    if (!m_model->remove(core::personIds(m_members)))
        setObsolete(true);
}

} // namespace convener::models
