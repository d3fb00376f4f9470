// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/live/minitimerwindow.h"

#include "core/run/runengine.h"
#include "gui/live/livetext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace convener::gui {

MiniTimerWindow::MiniTimerWindow(QWidget *parent)
    : QWidget(parent, Qt::Tool | Qt::WindowStaysOnTopHint)
{
    setObjectName(QStringLiteral("MiniTimerWindow"));
    setWindowTitle(tr("Convener timer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("timerLabel"));
    m_timer->setAccessibleName(tr("Time left"));
    m_timer->setAlignment(Qt::AlignCenter);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    layout->addWidget(m_timer);
    layout->addWidget(m_state);
    resize(220, 110);
}

void MiniTimerWindow::showRun(const core::RunEngine *engine, core::Clock::Time now)
{
    if (!engine) {
        m_timer->setText(QStringLiteral("--:--"));
        m_state->setText(tr("No call running"));
        return;
    }
    m_timer->setText(LiveText::remaining(engine->remaining(now)));
    QString colour = QStringLiteral("palette(text)");
    const auto urgency = engine->urgency(now);
    if (urgency == core::RunUrgency::Warning)
        colour = QStringLiteral("#b35c00");
    else if (urgency != core::RunUrgency::Calm)
        colour = QStringLiteral("#c0221b");
    m_timer->setStyleSheet(QStringLiteral("font-size: 32pt; font-weight: 700; color: %1;").arg(colour));
    m_state->setText(LiveText::urgency(*engine, now));
}

} // namespace convener::gui
