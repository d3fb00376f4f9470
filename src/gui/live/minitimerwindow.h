// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/clock.h"

#include <QWidget>

class QLabel;

namespace convener::core {
class RunEngine;
}

namespace convener::gui {

// A small window that stays above the video-call window: the time left and
// its state in words, so the host can keep the call on screen and still see
// the clock.
class MiniTimerWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MiniTimerWindow)

public:
    explicit MiniTimerWindow(QWidget *parent = nullptr);

    void showRun(const core::RunEngine *engine, core::Clock::Time now);

private:
    QLabel *m_timer;
    QLabel *m_state;
};

} // namespace convener::gui
