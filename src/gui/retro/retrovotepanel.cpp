// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/retro/retrovotepanel.h"

#include "core/retro/retrorules.h"
#include "gui/retro/retropeoplecombo.h"
#include "models/retro/retroboarddocument.h"
#include "models/roster/rostermodel.h"
#include "models/workspace.h"
#include "ui_retrovotepanel.h"

namespace convener::gui {

using core::RetroRules;

RetroVotePanel::RetroVotePanel(
    models::Workspace &workspace, SelectedCards selectedCards, SelectedGroup selectedGroup, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RetroVotePanel>())
    , m_workspace(workspace)
    , m_selectedCards(std::move(selectedCards))
    , m_selectedGroup(std::move(selectedGroup))
{
    m_ui->setupUi(this);
    connect(m_ui->voteButton, &QPushButton::clicked, this, &RetroVotePanel::voteForSelectedCard);
    connect(m_ui->retractButton, &QPushButton::clicked, this, &RetroVotePanel::retractFromSelectedCard);
    connect(m_ui->voterCombo, &QComboBox::currentIndexChanged, this, &RetroVotePanel::updateVotesLeft);
    const auto people = m_workspace.people();
    connect(people, &QAbstractItemModel::modelReset, this, &RetroVotePanel::refillPeople);
    connect(people, &QAbstractItemModel::rowsInserted, this, &RetroVotePanel::refillPeople);
    connect(people, &QAbstractItemModel::rowsRemoved, this, &RetroVotePanel::refillPeople);
    connect(people, &QAbstractItemModel::dataChanged, this, &RetroVotePanel::refillPeople);
    refillPeople();
}

RetroVotePanel::~RetroVotePanel() = default;

void RetroVotePanel::refillPeople()
{
    fillPeopleCombo(m_ui->voterCombo, *m_workspace.people(), {});
    updateVotesLeft();
}

void RetroVotePanel::refresh()
{
    const auto *document = m_workspace.retro();
    const bool voting
        = document->hasBoard() && RetroRules::phaseAllows(document->board().state.phase, core::RetroEdit::CastVote);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->voterCombo), static_cast<QWidget *>(m_ui->voteButton),
                       static_cast<QWidget *>(m_ui->retractButton)})
        w->setEnabled(voting);
    updateVotesLeft();
}

void RetroVotePanel::updateVotesLeft()
{
    const auto *document = m_workspace.retro();
    const auto voter = chosenPerson(m_ui->voterCombo);
    if (!document->hasBoard() || !voter || document->board().state.phase != core::RetroPhase::Vote) {
        m_ui->votesLeftLabel->clear();
        return;
    }
    const auto &board = document->board();
    QString text = tr("%1 has %2 of %3 votes left.")
                       .arg(m_ui->voterCombo->currentText())
                       .arg(RetroRules::votesLeft(board, *voter))
                       .arg(board.state.limits.perPerson);
    const auto cards = m_selectedCards();
    if (cards.size() == 1)
        text += QLatin1Char(' ')
                + tr("On the selected card: %1 of at most %2.")
                      .arg(RetroRules::votesOnCard(board, *voter, cards.front()))
                      .arg(board.state.limits.perCard);
    m_ui->votesLeftLabel->setText(text);
}

std::optional<RetroVotePanel::Vote> RetroVotePanel::chosenVote(bool retracting)
{
    const auto voter = chosenPerson(m_ui->voterCombo);
    const auto cards = m_selectedCards();
    if (voter && cards.size() == 1)
        return Vote{*voter, cards.front()};
    const core::RetroGroupId group = m_selectedGroup ? m_selectedGroup() : 0;
    if (voter && group != 0 && m_workspace.retro()->hasBoard()) {
        const auto &board = m_workspace.retro()->board();
        const auto card = retracting ? RetroRules::cardForGroupRetract(board, *voter, group)
                                     : RetroRules::cardForGroupVote(board, *voter, group);
        if (card)
            return Vote { *voter, *card };
        // None of the group's cards may take it (or give it back): the
        // rules' own words say why, for the group's first card.
        for (const core::RetroCard &c : board.cards) {
            if (c.group == group)
                return Vote { *voter, c.id };
        }
    }
    Q_EMIT refused(tr("Choose who votes and select one card or group."));
    return std::nullopt;
}

void RetroVotePanel::voteForSelectedCard()
{
    if (const auto vote = chosenVote(false)) {
        m_workspace.retro()->castVote(vote->voter, vote->card);
        updateVotesLeft();
    }
}

void RetroVotePanel::retractFromSelectedCard()
{
    if (const auto vote = chosenVote(true)) {
        m_workspace.retro()->retractVote(vote->voter, vote->card);
        updateVotesLeft();
    }
}

} // namespace convener::gui
