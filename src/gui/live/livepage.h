// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/run/runtransition.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class QTimer;

namespace Ui {
class LivePage;
}

namespace convener::core {
class Clock;
}

namespace convener::models {
class RunController;
class Workspace;
}

namespace convener::gui {

class LiveNotifier;
class MiniTimerWindow;
class PresenterWindow;

// The Live area: runs one of the current cohort's calls. The big timer, where
// the call stands against its plan, the prompt and cue to paste with a click,
// the facilitator notes and the speaking order. Its timer only repaints: the
// time shown always comes from the run's deadlines.
class LivePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LivePage)

public:
    explicit LivePage(models::Workspace &workspace, QWidget *parent = nullptr);
    ~LivePage() override;

    models::RunController *run() const { return m_run; }
    PresenterWindow *presenter() const;
    MiniTimerWindow *miniTimer() const;
    LiveNotifier *notifier() const { return m_notifier; }

public Q_SLOTS:
    void startSelectedCall();
    void togglePause();
    void copyPrompt();
    void copyCue();
    void copySpeakingOrder();
    void showPresenter();
    void showMiniTimer();
    void fitToEndOnTime();
    // Asks first (naming the step and the time left), then ends the run; undoable.
    void endCall();
    // Drives the run followed from this computer.
    void takeOver();

private:
    // The Live keys (Space, Right, Left, +, -, copy prompt and cue) on a window.
    void installKeys(QWidget *on);
    // The question End call asks.
    QString endQuestion() const;
    void reloadCalls();
    void fillScreens();
    void refresh();
    void refreshIdle();
    void refreshSchedule();
    void refreshCues();
    void refreshSpeakers();
    void showTransitions(const std::vector<core::RunTransition> &happened);
    void addLateJoiner();

    const std::unique_ptr<Ui::LivePage> m_ui;
    models::Workspace &m_workspace;
    models::RunController *m_run;
    QTimer *m_repaint;
    LiveNotifier *m_notifier;
    QPointer<PresenterWindow> m_presenter;
    QPointer<MiniTimerWindow> m_miniTimer;
};

} // namespace convener::gui
