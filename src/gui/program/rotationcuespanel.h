// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/program/stepfield.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RotationCuesPanel;
}

namespace convener::models {
class CallStepsModel;
}

namespace convener::gui {

// The part of the step form for how a step repeats (its rotation) and what
// the host says when (its cues and its phases' cues). Each change is one
// undoable edit of the step, like the rest of the form.
class RotationCuesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationCuesPanel)

public:
    explicit RotationCuesPanel(models::CallStepsModel *model, QWidget *parent = nullptr);
    ~RotationCuesPanel() override;

    // Shows the step at row (the step editor's), -1 for none.
    void load(int row);

Q_SIGNALS:
    // An entry that could not be taken; the message says what and where.
    void rejected(const QString &message);

private:
    void loadRotation();
    void loadCues();
    bool commit(models::StepField field, const QVariant &value, int phase = -1);
    // The cues of the step (phase -1) or of one of its phases.
    QVariantList cues(int phase) const;
    void changeCue(int tableRow, const QString &key, const QVariant &value);
    void addCue();
    void removeCue();

    const std::unique_ptr<Ui::RotationCuesPanel> m_ui;
    models::CallStepsModel *m_model;
    int m_row = -1;
    bool m_loading = false;
};

} // namespace convener::gui
