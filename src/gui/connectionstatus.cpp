// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/connectionstatus.h"

#include "models/workspace.h"

namespace convener::gui {

ConnectionStatus::ConnectionStatus(models::Workspace &workspace, QWidget *parent)
    : QLabel(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("connectionStatus"));
    setTextFormat(Qt::PlainText);
    connect(&m_timer, &QTimer::timeout, &m_workspace, &models::Workspace::checkConnection);
    connect(&m_workspace, &models::Workspace::connectionChanged, this, &ConnectionStatus::showState);
    showState();
}

void ConnectionStatus::showState()
{
    using Connection = models::Workspace::Connection;
    const Connection state = m_workspace.connection();
    switch (state) {
    case Connection::Local:
        setText(QString());
        setToolTip(QString());
        m_timer.stop();
        return;
    case Connection::Connected:
        setText(tr("Team server: connected"));
        setToolTip(tr("Changes by your co-hosts appear here as soon as they save them."));
        break;
    case Connection::Reconnecting:
        setText(tr("Team server: reconnecting..."));
        setToolTip(tr("The team server does not answer: %1\nConvener keeps trying. The live timer goes on; what "
                      "you change now is refused and can be done again once connected.")
                       .arg(m_workspace.connectionReason()));
        break;
    case Connection::ReadOnly:
        setText(tr("Team server: read-only"));
        setToolTip(tr("The server answers, but your login may not change anything now (a standby server, or "
                      "a login that may only read)."));
        break;
    }
    m_timer.start(state == Connection::Reconnecting ? kRetryMs : kCheckMs);
}

} // namespace convener::gui
