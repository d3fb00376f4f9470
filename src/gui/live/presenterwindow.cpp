// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/live/presenterwindow.h"

#include "core/run/runengine.h"
#include "gui/live/livetext.h"

#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace convener::gui {

namespace {
QLabel *makeLabel(QWidget *parent, const QString &name, const QString &style)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setStyleSheet(style);
    return label;
}
} // namespace

PresenterWindow::PresenterWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("PresenterWindow"));
    setWindowTitle(tr("Convener presenter"));
    setStyleSheet(QStringLiteral("#PresenterWindow { background: #101418; } QLabel { color: #f2f2f2; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    m_step = makeLabel(this, QStringLiteral("stepLabel"), QStringLiteral("font-size: 26pt; font-weight: 600;"));
    m_timer = makeLabel(this, QStringLiteral("timerLabel"), QStringLiteral("font-size: 120pt; font-weight: 700;"));
    m_timer->setWordWrap(false);
    m_timer->setAccessibleName(tr("Time left"));
    m_state = makeLabel(this, QStringLiteral("stateLabel"), QStringLiteral("font-size: 20pt;"));
    m_prompt = makeLabel(this, QStringLiteral("promptLabel"), QStringLiteral("font-size: 22pt;"));
    m_speakers = makeLabel(this, QStringLiteral("speakersLabel"), QStringLiteral("font-size: 18pt; color: #c8d0d8;"));
    layout->addWidget(m_step);
    layout->addWidget(m_timer, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_prompt, 1);
    layout->addWidget(m_speakers);
    resize(960, 600);
}

void PresenterWindow::showRun(const core::RunEngine *engine, core::Clock::Time now)
{
    if (!engine) {
        m_step->setText(tr("Waiting for the call to start"));
        m_timer->setText(QStringLiteral("--:--"));
        m_state->clear();
        m_prompt->clear();
        m_speakers->clear();
        return;
    }
    const QString phase = LiveText::phase(*engine);
    m_step->setText(phase.isEmpty() ? QString::fromStdString(engine->currentStep().title)
                                    : tr("%1 · %2").arg(QString::fromStdString(engine->currentStep().title), phase));
    m_timer->setText(LiveText::remaining(engine->remaining(now)));
    // Participants get the state in words too, never by colour alone.
    QString colour = QStringLiteral("#f2f2f2");
    QString state;
    switch (engine->urgency(now)) {
    case core::RunUrgency::Calm:
        break;
    case core::RunUrgency::Warning:
        colour = QStringLiteral("#ffc04d");
        state = tr("Coming to a close");
        break;
    case core::RunUrgency::FinalMinute:
        colour = QStringLiteral("#ff7a5c");
        state = tr("Final minute");
        break;
    case core::RunUrgency::Overtime:
        colour = QStringLiteral("#ff7a5c");
        state = tr("Time is up");
        break;
    }
    if (engine->status() == core::RunStatus::Paused)
        state = tr("Paused");
    if (engine->status() == core::RunStatus::Finished)
        state = tr("Thank you for coming");
    m_timer->setStyleSheet(QStringLiteral("font-size: 120pt; font-weight: 700; color: %1;").arg(colour));
    m_state->setText(state);
    QStringList prompts;
    for (const std::string &p : engine->currentPrompts())
        prompts << QString::fromStdString(p);
    m_prompt->setText(prompts.join(QStringLiteral("\n\n")));
    const core::SpeakingOrder &order = engine->speakingOrder();
    const core::Step &step = engine->currentStep();
    const bool round = step.space == core::StepSpace::Circle && !order.empty() && !step.prompts.empty();
    QStringList names;
    if (round) {
        for (int i = 0; i < order.size(); ++i) {
            const QString name = QString::fromStdString(order.names().at(static_cast<std::size_t>(i)));
            names << (i == order.position() ? tr("[now] %1").arg(name) : name);
        }
    }
    m_speakers->setText(names.isEmpty() ? QString() : tr("Speaking order: %1").arg(names.join(QStringLiteral(" · "))));
}

void PresenterWindow::showOn(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
        showFullScreen();
    } else {
        showNormal();
    }
    raise();
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F11) {
        isFullScreen() ? showNormal() : showFullScreen();
        return;
    }
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace convener::gui
