// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"

#include <QUndoCommand>

namespace convener::models {

class RosterModel;

// Changes one person's details or role in the cohort.
class EditMember final : public QUndoCommand
{
public:
    EditMember(RosterModel *model, core::Member before, core::Member after);
    void undo() override;
    void redo() override;

private:
    RosterModel *m_model;
    core::Member m_before;
    core::Member m_after;
    int m_turn = -1;
};

} // namespace convener::models
