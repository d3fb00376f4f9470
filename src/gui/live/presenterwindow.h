// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/clock.h"

#include <QWidget>

class QLabel;
class QScreen;

namespace convener::core {
class RunEngine;
}

namespace convener::gui {

// What the participants see when the host shares a screen: a large timer, the
// step, the current prompt and the speaking order. Never the facilitator
// notes. It only shows what it is given; the Live area feeds it.
class PresenterWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterWindow)

public:
    explicit PresenterWindow(QWidget *parent = nullptr);

    void showRun(const core::RunEngine *engine, core::Clock::Time now);
    // Full screen on that screen, or a normal window when it is null.
    void showOn(QScreen *screen);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_step;
    QLabel *m_timer;
    QLabel *m_state;
    QLabel *m_prompt;
    QLabel *m_speakers;
};

} // namespace convener::gui
