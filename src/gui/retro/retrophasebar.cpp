// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/retro/retrophasebar.h"

#include "core/retro/retroboard.h"
#include "models/retro/retroboarddocument.h"
#include "ui_retrophasebar.h"

#include <array>
#include <QMessageBox>
#include <QStringList>

namespace convener::gui {

using core::RetroPhase;

namespace {
QString phaseName(RetroPhase phase)
{
    switch (phase) {
    case RetroPhase::Write: return RetroPhaseBar::tr("Write");
    case RetroPhase::Group: return RetroPhaseBar::tr("Group");
    case RetroPhase::Vote: return RetroPhaseBar::tr("Vote");
    case RetroPhase::Discuss: return RetroPhaseBar::tr("Discuss");
    case RetroPhase::Actions: return RetroPhaseBar::tr("Actions");
    }
    return {};
}
} // namespace

RetroPhaseBar::RetroPhaseBar(models::RetroBoardDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RetroPhaseBar>())
    , m_document(document)
{
    m_ui->setupUi(this);
    const std::array phases{m_ui->phaseWriteButton, m_ui->phaseGroupButton, m_ui->phaseVoteButton,
                            m_ui->phaseDiscussButton, m_ui->phaseActionsButton};
    for (size_t i = 0; i < phases.size(); ++i)
        connect(
            phases[i], &QToolButton::clicked, this, [document, i] { document->changePhase(core::kRetroPhases[i]); });
    connect(m_ui->nextPhaseButton, &QPushButton::clicked, this, [document] {
        const auto phase = static_cast<size_t>(document->board().state.phase);
        if (phase + 1 < core::kRetroPhases.size())
            document->changePhase(core::kRetroPhases[phase + 1]);
    });
    connect(m_ui->revealButton, &QPushButton::clicked, document, &models::RetroBoardDocument::revealCards);
    connect(m_ui->anonymousCheck, &QCheckBox::clicked, this, [this](bool anonymous) {
        auto state = m_document->board().state;
        state.anonymity = anonymous ? core::RetroAnonymity::Anonymous : core::RetroAnonymity::Named;
        // With cards on the board this erases who wrote them, and cannot be
        // switched off again: asked first.
        const auto written = static_cast<int>(m_document->board().cards.size());
        if (anonymous && written > 0) {
            const QString cards
                = written == 1 ? tr("the card already written") : tr("the %1 cards already written").arg(written);
            const auto answer = QMessageBox::question(this, tr("Make the board anonymous"),
                tr("Make this board anonymous? Convener erases who wrote %1, and records no author from now on. Once "
                   "the board is anonymous it stays so: people write trusting it. Edit > Undo puts the authors back "
                   "while Convener is open.")
                    .arg(cards),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Yes) {
                refresh();
                return;
            }
        }
        m_document->changeSettings(state);
        Q_EMIT settingsEdited();
    });
    connect(m_ui->perPersonSpin, &QSpinBox::editingFinished, this, &RetroPhaseBar::changeLimits);
    connect(m_ui->perCardSpin, &QSpinBox::editingFinished, this, &RetroPhaseBar::changeLimits);
}

RetroPhaseBar::~RetroPhaseBar() = default;

void RetroPhaseBar::refresh()
{
    if (!m_document->hasBoard())
        return;
    const auto &state = m_document->board().state;
    const std::array phases{m_ui->phaseWriteButton, m_ui->phaseGroupButton, m_ui->phaseVoteButton,
                            m_ui->phaseDiscussButton, m_ui->phaseActionsButton};
    for (size_t i = 0; i < phases.size(); ++i) {
        const bool current = core::kRetroPhases[i] == state.phase;
        const QString name = phaseName(core::kRetroPhases[i]);
        // The current phase is marked in words and shape too, not only by the button's look.
        phases[i]->setText(current ? QStringLiteral("\u25B6 %1 %2").arg(i + 1).arg(name) : QStringLiteral("%1 %2").arg(i + 1).arg(name));
        phases[i]->setAccessibleName(current ? tr("%1 phase, current").arg(name) : tr("%1 phase").arg(name));
        phases[i]->setChecked(current);
    }
    m_ui->nextPhaseButton->setEnabled(state.phase != RetroPhase::Actions);
    m_ui->revealButton->setEnabled(!state.revealed);
    m_ui->revealButton->setText(state.revealed ? tr("Cards Revealed") : tr("Re&veal Cards"));

    const bool anonymous = state.anonymity == core::RetroAnonymity::Anonymous;
    m_ui->anonymousCheck->setChecked(anonymous);
    m_ui->anonymousCheck->setEnabled(!anonymous || m_document->board().cards.empty());
    const QSignalBlocker person(m_ui->perPersonSpin);
    const QSignalBlocker card(m_ui->perCardSpin);
    m_ui->perPersonSpin->setValue(state.limits.perPerson);
    m_ui->perCardSpin->setValue(state.limits.perCard);

    QStringList notes;
    notes << (state.revealed ? tr("Cards are visible to the room.")
                             : tr("Cards stay hidden until you reveal them; only their number shows."));
    if (state.phase == RetroPhase::Vote)
        notes << tr("Vote counts stay hidden until you move on to Discuss.");
    if (anonymous)
        notes << tr("This board is anonymous: no author is recorded.");
    m_ui->stateLabel->setText(notes.join(QLatin1Char(' ')));
}

void RetroPhaseBar::changeLimits()
{
    auto state = m_document->board().state;
    state.limits = {m_ui->perPersonSpin->value(), m_ui->perCardSpin->value()};
    m_document->changeSettings(state);
    Q_EMIT settingsEdited();
}

} // namespace convener::gui
