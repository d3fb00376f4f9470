// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/live/livenotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace convener::gui {

LiveNotifier::LiveNotifier(QWidget *window, QObject *parent)
    : QObject(parent), m_window(window)
{
}

LiveNotifier::~LiveNotifier() = default;

LiveNotifier::Moment LiveNotifier::momentOf(const std::vector<core::RunTransition> &happened)
{
    Moment moment = Moment::Nothing;
    for (const core::RunTransition &t : happened) {
        switch (t.event) {
        case core::RunEvent::PhaseOver:
        case core::RunEvent::StepOver:
        case core::RunEvent::CallOver:
            return Moment::PhaseEnd;
        case core::RunEvent::Warning:
            moment = Moment::Warning;
            break;
        case core::RunEvent::PhaseStarted:
        case core::RunEvent::FinalMinute:
            break;
        }
    }
    return moment;
}

LiveNotifier::Channel LiveNotifier::channel() const
{
    if (!m_window || m_window->window()->isActiveWindow())
        return Channel::None;
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages() ? Channel::Tray
                                                                                            : Channel::Alert;
}

LiveNotifier::Channel LiveNotifier::notify(const QString &title, const QString &message)
{
    const Channel how = channel();
    if (how == Channel::Tray) {
        // A tray icon exists only while there is something to say through it.
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(tr("Convener"));
        }
        m_tray->show();
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 8000);
    } else if (how == Channel::Alert) {
        QApplication::alert(m_window->window());
    }
    return how;
}

} // namespace convener::gui
