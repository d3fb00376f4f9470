// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/run/runtransition.h"

#include <QObject>
#include <QPointer>

#include <vector>

class QSystemTrayIcon;
class QWidget;

namespace convener::gui {

// Tells a host who is looking at another window (the video call) that a phase
// of the run is ending: a desktop notification through the system tray when
// there is one, otherwise the taskbar entry of the window asks for attention.
// While the window is in front nothing is sent: the host sees the timer.
class LiveNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveNotifier)

public:
    enum class Channel { None, Tray, Alert };
    // What a batch of transitions is worth telling: the warning before the
    // end of a phase, or the end itself (which outranks a warning).
    enum class Moment { Nothing, Warning, PhaseEnd };

    explicit LiveNotifier(QWidget *window, QObject *parent = nullptr);
    ~LiveNotifier() override;

    static Moment momentOf(const std::vector<core::RunTransition> &happened);
    // The way a notice would go right now.
    Channel channel() const;
    // Sends the notice the way channel() says, and returns that way.
    Channel notify(const QString &title, const QString &message);

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace convener::gui
