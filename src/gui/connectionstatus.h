// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>
#include <QTimer>

namespace convener::models {
class Workspace;
}

namespace convener::gui {

// The status bar's word on the team server: connected, reconnecting (and
// why), or read-only. It owns the timer that has the workspace check the
// connection, often while the server is out of reach and now and then
// otherwise, so a dropped connection is found even when nobody saves.
class ConnectionStatus final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatus)

public:
    // How often the connection is checked while it is up, and while it is down.
    static constexpr int kCheckMs = 5000;
    static constexpr int kRetryMs = 2000;

    explicit ConnectionStatus(models::Workspace &workspace, QWidget *parent = nullptr);

private:
    void showState();

    models::Workspace &m_workspace;
    QTimer m_timer;
};

} // namespace convener::gui
