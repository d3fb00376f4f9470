// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/program/stepfield.h"

#include <QWidget>

#include <memory>
#include <optional>

class QPlainTextEdit;

namespace Ui {
class StepEditor;
}

namespace convener::models {
class CallStepsModel;
}

namespace convener::gui {

class BreakoutTimingPanel;
class RotationCuesPanel;

// The form for one step of the call: title, lengths, space, who leads, the
// phases' lengths, notes, instructions and prompts, and in panels of their
// own the rotation and the cues, then (folded away) breakout rooms, roles,
// clock warnings and moving on. Every change goes to the
// model as one undoable edit: line edits when they are left, numbers as they
// change, longer texts when the cursor leaves them.
class StepEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepEditor)

public:
    explicit StepEditor(models::CallStepsModel *model, QWidget *parent = nullptr);
    ~StepEditor() override;

    // The step shown, -1 for none.
    void setRow(int row);
    // The call changed under the form (an undo or redo, a co-host's change):
    // shows row as stored now. Not after the form's own edit (what it shows is
    // what was stored), nor while a text typed here is not stored yet.
    void followModel(int row);
    int row() const { return m_row; }
    // Names offered for who leads a step (the cohort's hosts); others can be typed.
    void setHostNames(const QStringList &names);
    // Sends text still being typed to the model.
    void commitPending();

    // "4:30" or "4" (minutes) as seconds; nothing when it is not a length.
    static std::optional<int> parseLength(const QString &text);
    static QString lengthText(long long seconds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void loadPhases();
    void commit(models::StepField field, const QVariant &value, int phase = -1);
    void commitText(QPlainTextEdit *edit);
    void commitPhase(int row, int column);

    const std::unique_ptr<Ui::StepEditor> m_ui;
    models::CallStepsModel *m_model;
    RotationCuesPanel *m_rotationCues;
    BreakoutTimingPanel *m_breakoutTiming;
    int m_row = -1;
    bool m_loading = false;
    bool m_committing = false; // the form's own edit is being stored
};

} // namespace convener::gui
