// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroboard.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class LiveRetroPanel;
}

namespace convener::models {
class RunController;
class Workspace;
}

namespace convener::gui {

// The retro side of the Live area. While the running call has a retro board:
// a countdown for the board's current phase, from the duration set on the
// board. Before call 1 of a program: the action items that earlier programs
// (those of the same hosts) left open. Each part shows only when it applies.
class LiveRetroPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveRetroPanel)

public:
    LiveRetroPanel(models::Workspace &workspace, models::RunController *run, QWidget *parent = nullptr);
    ~LiveRetroPanel() override;

    // The call chosen in the Live area, which is what runs next when idle.
    void setChosenCall(int callNumber);

public Q_SLOTS:
    void toggleRetroTimer();

private:
    void reloadBoard();
    void reloadCarried();
    void refresh();
    QString phaseName(core::RetroPhase phase) const;

    const std::unique_ptr<Ui::LiveRetroPanel> m_ui;
    models::Workspace &m_workspace;
    models::RunController *m_run;
    int m_chosenCall = 0;
    std::optional<core::RetroBoardState> m_board;             // of the running call, when it has one
    bool m_timeUp = false;
};

} // namespace convener::gui
