// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/attendance.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AttendancePanel;
}

class QUndoStack;

namespace convener::models {
class AttendanceModel;
}

namespace convener::gui {

// Who is here: the call's attendance list with Present, Absent and Late
// toggles for the selected people. A late joiner's arrival is the call's
// local time when they are marked, and can be edited in the list.
class AttendancePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendancePanel)

public:
    // Marks go to the model; several marked at once are one step of undoStack.
    AttendancePanel(models::AttendanceModel &model, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~AttendancePanel() override;

    // Marks every selected person with status, as one undoable step.
    void markSelected(core::AttendanceStatus status);

private:
    void updateState();

    const std::unique_ptr<Ui::AttendancePanel> m_ui;
    models::AttendanceModel &m_model;
    QUndoStack *m_undoStack;
};

} // namespace convener::gui
