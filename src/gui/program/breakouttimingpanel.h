// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/program/stepfield.h"

#include <QWidget>

#include <memory>

namespace Ui {
class BreakoutTimingPanel;
}

namespace convener::models {
class CallStepsModel;
}

namespace convener::gui {

// The folding part of the step form for what is set once and rarely touched:
// breakout rooms, the step's roles, when the clock warns, and whether a live
// run moves on by itself. Folded, a line sums it up. Each change is one
// undoable edit of the step, and the problems each field has are shown under it.
class BreakoutTimingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakoutTimingPanel)

public:
    explicit BreakoutTimingPanel(models::CallStepsModel *model, QWidget *parent = nullptr);
    ~BreakoutTimingPanel() override;

    // Shows the step at row (the step editor's), -1 for none.
    void load(int row);
    void setExpanded(bool expanded);

private:
    void loadRoles();
    void loadProblems();
    bool commit(models::StepField field, const QVariant &value);
    // Shows why an entry about roles was not taken, under the roles.
    void reject(const QString &message);
    void changeRole(int tableRow, const QString &key, const QVariant &value);
    void addRole();
    void removeRole();

    const std::unique_ptr<Ui::BreakoutTimingPanel> m_ui;
    models::CallStepsModel *m_model;
    int m_row = -1;
    bool m_loading = false;
};

} // namespace convener::gui
