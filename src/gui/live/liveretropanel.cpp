// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/live/liveretropanel.h"

#include "core/run/runengine.h"
#include "gui/live/livetext.h"
#include "models/live/runcontroller.h"
#include "models/retro/retroboarddocument.h"
#include "models/storageerror.h"
#include "models/text.h"
#include "models/workspace.h"
#include "ui_liveretropanel.h"

namespace convener::gui {

namespace {
bool isLive(const core::RunEngine *engine)
{
    return engine && (engine->status() == core::RunStatus::Running || engine->status() == core::RunStatus::Paused);
}

std::optional<int> phaseSeconds(const core::RetroBoardState &state)
{
    return state.phaseSeconds.at(static_cast<std::size_t>(state.phase));
}
} // namespace

LiveRetroPanel::LiveRetroPanel(models::Workspace &workspace, models::RunController *run, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LiveRetroPanel>()), m_workspace(workspace), m_run(run)
{
    m_ui->setupUi(this);
    connect(m_ui->retroTimerButton, &QPushButton::clicked, this, &LiveRetroPanel::toggleRetroTimer);
    // runChanged also follows a change of cohort, after the run has taken it.
    connect(m_run, &models::RunController::runChanged, this, [this] {
        reloadBoard();
        reloadCarried();
    });
    connect(m_run, &models::RunController::changed, this, &LiveRetroPanel::refresh);
    connect(m_run, &models::RunController::retroPhaseTimeUp, this, [this] {
        m_timeUp = true;
        refresh();
    });
    // The Retro area moves the board on (phase, timers) and closes actions.
    connect(workspace.retro(), &models::RetroBoardDocument::boardChanged, this, &LiveRetroPanel::reloadBoard);
    connect(workspace.retro(), &models::RetroBoardDocument::actionsChanged, this, &LiveRetroPanel::reloadCarried);
    reloadBoard();
    reloadCarried();
}

LiveRetroPanel::~LiveRetroPanel() = default;

void LiveRetroPanel::setChosenCall(int callNumber)
{
    m_chosenCall = callNumber;
    refresh();
}

QString LiveRetroPanel::phaseName(core::RetroPhase phase) const
{
    switch (phase) {
    case core::RetroPhase::Write: return tr("Write");
    case core::RetroPhase::Group: return tr("Group");
    case core::RetroPhase::Vote: return tr("Vote");
    case core::RetroPhase::Discuss: return tr("Discuss");
    case core::RetroPhase::Actions: return tr("Actions");
    }
    return {};
}

void LiveRetroPanel::reloadBoard()
{
    m_board.reset();
    if (isLive(m_run->engine())) {
        const auto board = m_workspace.retro()->boardOfCall(m_run->cohort(), m_run->callNumber());
        if (!board)
            Q_EMIT m_workspace.storageFailed(models::describe(board.error()));
        else if (board.value())
            m_board = board.value()->state;
    }
    refresh();
}

void LiveRetroPanel::reloadCarried()
{
    m_ui->carriedList->clear();
    if (m_run->cohort() != 0) {
        const auto carried = m_workspace.retro()->carriedActions(m_run->cohort());
        if (!carried) {
            Q_EMIT m_workspace.storageFailed(models::describe(carried.error()));
        } else {
            for (const auto &c : carried.value()) {
                const QString owner = c.ownerName.empty() ? tr("nobody yet") : models::toQt(c.ownerName);
                m_ui->carriedList->addItem(tr("%1 (owner: %2; from %3, call %4)")
                                               .arg(models::toQt(c.action.text), owner, models::toQt(c.cohortName))
                                               .arg(c.callNumber));
            }
        }
    }
    refresh();
}

void LiveRetroPanel::refresh()
{
    const core::RunEngine *engine = m_run->engine();
    const bool live = isLive(engine);
    // At the start of a program's first call: before it runs, and during its first step.
    const bool firstCall = live ? m_run->callNumber() == 1 && engine->stepIndex() == 0 : m_chosenCall == 1;
    m_ui->carriedActionsGroup->setVisible(firstCall && m_ui->carriedList->count() > 0);

    const core::Countdown &timer = m_run->retroTimer();
    m_ui->retroTimerGroup->setVisible(live && (m_board || timer.running()));
    if (!m_ui->retroTimerGroup->isVisible())
        return;
    if (m_board) {
        const auto seconds = phaseSeconds(*m_board);
        const QString phase = phaseName(m_board->phase);
        m_ui->retroPhaseLabel->setText(
            seconds ? tr("This call's retro board is in the %1 phase, with %2 for it.")
                          .arg(phase, LiveText::length(core::Seconds(*seconds)))
                    : tr("This call's retro board is in the %1 phase, which has no time set. Set one in the Retro area.")
                          .arg(phase));
        m_ui->retroTimerButton->setEnabled(timer.running() || seconds.has_value());
    }
    m_ui->retroTimerButton->setText(timer.running() ? tr("Stop Phase Timer") : tr("Start Phase Timer"));
    if (!timer.running()) {
        m_ui->retroRemainingLabel->clear();
        return;
    }
    const auto remaining = timer.remaining(m_run->now());
    const QString phase = phaseName(m_run->retroTimerPhase());
    // Said in words, not by colour alone.
    m_ui->retroRemainingLabel->setText(m_timeUp ? tr("%1: time is up (%2)").arg(phase, LiveText::remaining(remaining))
                                                : tr("%1: %2 left").arg(phase, LiveText::remaining(remaining)));
}

void LiveRetroPanel::toggleRetroTimer()
{
    m_timeUp = false;
    if (m_run->retroTimer().running()) {
        m_run->stopRetroTimer();
        return;
    }
    if (!m_board)
        return;
    if (const auto seconds = phaseSeconds(*m_board))
        m_run->startRetroTimer(m_board->phase, core::Seconds(*seconds));
}

} // namespace convener::gui
