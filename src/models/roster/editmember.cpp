// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/roster/editmember.h"

#include "models/roster/rostermodel.h"
#include "storage/conversions.h"

namespace convener::models {

EditMember::EditMember(RosterModel *model, core::Member before, core::Member after)
    : QUndoCommand(RosterModel::tr("Edit %1").arg(storage::toQt(after.person.displayName))),
      m_model(model), m_before(std::move(before)), m_after(std::move(after))
{
}

void EditMember::redo()
{
    if (!m_model->update(m_after, m_turn))
        setObsolete(true);
}

void EditMember::undo()
{
    if (!m_model->update(m_before, m_turn))
        setObsolete(true);
}

} // namespace convener::models
