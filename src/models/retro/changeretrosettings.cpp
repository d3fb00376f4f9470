// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/changeretrosettings.h"

#include "models/retro/retroboarddocument.h"

namespace convener::models {

namespace {

// The undo history names what changed: "Undo Make the board anonymous".
QString nameFor(const core::RetroBoardState &before, const core::RetroBoardState &after)
{
    const bool anonymity = before.anonymity != after.anonymity;
    const bool limits = before.limits != after.limits;
    const bool timers = before.phaseSeconds != after.phaseSeconds;
    if (anonymity && !limits && !timers) {
        return after.anonymity == core::RetroAnonymity::Anonymous ? RetroBoardDocument::tr("Make the board anonymous")
                                                                  : RetroBoardDocument::tr("Show who wrote each card");
    }
    if (limits && !anonymity && !timers)
        return RetroBoardDocument::tr("Change the vote limits");
    if (timers && !anonymity && !limits)
        return RetroBoardDocument::tr("Change the phase timers");
    return RetroBoardDocument::tr("Change the retro settings");
}

} // namespace

ChangeRetroSettings::ChangeRetroSettings(
    RetroBoardDocument *document, const core::RetroBoard &board, core::RetroBoardState after)
    : QUndoCommand(nameFor(board.state, after))
    , m_document(document)
    , m_board(board.id)
    , m_before(board.state)
    , m_after(after)
{
    for (const core::RetroCard &c : board.cards)
        m_authors.emplace_back(c.id, c.author);
}

void ChangeRetroSettings::redo()
{
    if (!m_document->applyState(m_board, m_after, m_turn))
        setObsolete(true);
}

void ChangeRetroSettings::undo()
{
    if (!m_document->applyRestoreState(m_board, m_before, m_authors, m_turn))
        setObsolete(true);
}

} // namespace convener::models
