// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"

#include <QUndoCommand>

#include <vector>

namespace convener::models {

class RosterModel;

// Adds people to the cohort (by hand or from an import). The first redo stores
// them and learns their ids; undo takes them out again; a later redo puts the
// same people back rather than creating new ones.
class AddMembers final : public QUndoCommand
{
public:
    AddMembers(RosterModel *model, std::vector<core::Member> members, const QString &text);
    void undo() override;
    void redo() override;

private:
    RosterModel *m_model;
    std::vector<core::Member> m_members;
    bool m_stored = false;
};

} // namespace convener::models
