// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/roster/removemembers.h"

#include "models/roster/rostermodel.h"
#include "storage/conversions.h"

namespace convener::models {

namespace {
QString describe(const std::vector<core::Member> &members)
{
    if (members.size() == 1)
        return RosterModel::tr("Remove %1").arg(storage::toQt(members.front().person.displayName));
    return RosterModel::tr("Remove %1 people").arg(members.size());
}
} // namespace

RemoveMembers::RemoveMembers(RosterModel *model, std::vector<core::Member> members)
    : QUndoCommand(describe(members)), m_model(model), m_members(std::move(members))
{
}

void RemoveMembers::redo()
{
    if (!m_model->remove(core::personIds(m_members)))
        setObsolete(true);
}

void RemoveMembers::undo()
{
    if (!m_model->restore(m_members))
        setObsolete(true);
}

} // namespace convener::models
