// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroboard.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class RetroVotePanel;
}

namespace convener::models {
class Workspace;
}

namespace convener::gui {

// Voting on behalf of one chosen person: +1 and -1 on the selected card, and
// how many votes that person has left. The board's columns are not here, so
// the page hands in how to read the cards selected in them.
class RetroVotePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetroVotePanel)

public:
    using SelectedCards = std::function<std::vector<core::RetroCardId>()>;
    // The group whose heading is selected (0: none): a vote there counts for the group.
    using SelectedGroup = std::function<core::RetroGroupId()>;

    RetroVotePanel(models::Workspace &workspace, SelectedCards selectedCards, SelectedGroup selectedGroup,
        QWidget *parent = nullptr);
    ~RetroVotePanel() override;

    // Enables the controls in the vote phase and says how many votes are left.
    void refresh();

public Q_SLOTS:
    void voteForSelectedCard();
    void retractFromSelectedCard();

Q_SIGNALS:
    // Nobody chosen or no single card or group selected; the message says what to do.
    void refused(const QString &message);

private:
    struct Vote
    {
        core::PersonId voter = 0;
        core::RetroCardId card = 0;
    };

    // The person chosen and the one selected card (for a selected group, the
    // card of it the vote goes on or comes off), or a refusal saying what is missing.
    std::optional<Vote> chosenVote(bool retracting);
    void refillPeople();
    void updateVotesLeft();

    const std::unique_ptr<Ui::RetroVotePanel> m_ui;
    models::Workspace &m_workspace;
    SelectedCards m_selectedCards;
    SelectedGroup m_selectedGroup;
};

} // namespace convener::gui
