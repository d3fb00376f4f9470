// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"

#include <QUndoCommand>

#include <vector>

namespace convener::models {

class RosterModel;

// Takes people out of the cohort; undo puts them back with the same details.
class RemoveMembers final : public QUndoCommand
{
public:
    RemoveMembers(RosterModel *model, std::vector<core::Member> members);
    void undo() override;
    void redo() override;

private:
    RosterModel *m_model;
    std::vector<core::Member> m_members;
};

} // namespace convener::models
