// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/retro/retrorefusal.h"

#include "storage/conversions.h"

#include <QCoreApplication>
#include <QStringList>

namespace convener::models {
namespace {

using core::RetroEdit;
using core::RetroPhase;
using Kind = core::RetroRefusal::Kind;
using ColumnsKind = core::RetroColumnsRefusal::Kind;

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("convener::models::RetroRefusal", text, disambiguation);
}

// A phase as it reads inside a sentence: "the board is in the vote phase".
QString phaseWord(RetroPhase phase)
{
    switch (phase) {
    case RetroPhase::Write:
        return tr("write", "retro phase");
    case RetroPhase::Group:
        return tr("group", "retro phase");
    case RetroPhase::Vote:
        return tr("vote", "retro phase");
    case RetroPhase::Discuss:
        return tr("discuss", "retro phase");
    case RetroPhase::Actions:
        return tr("actions", "retro phase");
    }
    return tr("write", "retro phase");
}

// The phases that allow an edit: "vote phase", "write and group phases".
QString allowedPhases(RetroEdit edit)
{
    QStringList names;
    for (RetroPhase phase : core::kRetroPhases) {
        if (core::RetroRules::phaseAllows(phase, edit))
            names << phaseWord(phase);
    }
    if (names.size() == 1)
        return tr("%1 phase").arg(names.front());
    const QString last = names.takeLast();
    return tr("%1 and %2 phases").arg(names.join(tr(", ")), last);
}

QString editDone(RetroEdit edit)
{
    switch (edit) {
    case RetroEdit::AddCard:
        return tr("Cards are added");
    case RetroEdit::EditCard:
        return tr("Cards are edited");
    case RetroEdit::RemoveCard:
        return tr("Cards are removed");
    case RetroEdit::GroupCards:
        return tr("Cards are grouped");
    case RetroEdit::RenameGroup:
        return tr("Groups are renamed");
    case RetroEdit::UngroupCard:
        return tr("Cards leave groups");
    case RetroEdit::CastVote:
        return tr("Votes are cast");
    case RetroEdit::RetractVote:
        return tr("Votes are taken back");
    case RetroEdit::AddActionItem:
        return tr("Action items are added");
    case RetroEdit::EditActionItem:
        return tr("Action items are edited");
    case RetroEdit::RemoveActionItem:
        return tr("Action items are removed");
    case RetroEdit::ChangeActionItemStatus:
        return tr("Action items are closed");
    }
    return tr("This is done");
}

} // namespace

QString describe(const core::RetroRefusal &r)
{
    switch (r.kind) {
    case Kind::OutOfPhase:
        return tr("%1 in the %2; the board is in the %3 phase.")
            .arg(editDone(r.edit), allowedPhases(r.edit), phaseWord(r.phase));
    case Kind::CardTextMissing:
        return tr("A card needs some text.");
    case Kind::CardTextTooLong:
        return tr("A card holds at most %1 characters; shorten it or split it into two cards.").arg(r.limit);
    case Kind::VoterMissing:
        return tr("Choose who is voting.");
    case Kind::CardGone:
        return tr("That card is no longer on the board.");
    case Kind::VotesUsedUp:
        return tr("This person has used all %1 votes; take one back from another card first.").arg(r.limit);
    case Kind::CardVotesUsedUp:
        return tr("This person already gave this card %1 votes, the most one card can get from one person.")
            .arg(r.limit);
    case Kind::NoVoteToRetract:
        return tr("This person has no vote on this card to take back.");
    case Kind::VotesPerPersonOutOfRange:
        return tr("Each person gets between 1 and %1 votes.").arg(r.limit);
    case Kind::VotesPerCardOutOfRange:
        return tr("The votes one person may give one card must be at least 1 and at most their votes in all.");
    case Kind::LimitsBelowVotesCast:
        return tr("Some people have already cast more votes than these limits allow; take those votes back first "
                  "or choose higher limits.");
    case Kind::AnonymityKept:
        return tr("Cards were written anonymously on this board, so authors cannot be shown now.");
    case Kind::GroupSameCard:
        return tr("Drop the card onto a different card to group them.");
    case Kind::GroupAcrossColumns:
        return tr("Cards are grouped within one column; move the card there first.");
    case Kind::AlreadyGrouped:
        return tr("These cards are already in the same group.");
    case Kind::DueCallOutOfRange:
        return tr("The due call is a call number from 1 to %1.").arg(r.limit);
    }
    return tr("The board's rules do not allow this now.");
}

QString describe(const core::RetroColumnsRefusal &r)
{
    switch (r.kind) {
    case ColumnsKind::ListedTwice:
        return tr("The column \"%1\" is listed twice; give each column its own title.").arg(storage::toQt(r.title));
    case ColumnsKind::NoColumns:
        return tr("Name at least one column, separating titles with commas.");
    case ColumnsKind::TooManyColumns:
        return tr("A board holds at most %1 columns; this list has %2.")
            .arg(static_cast<qulonglong>(core::kMaxRetroColumns))
            .arg(static_cast<qulonglong>(r.count));
    }
    return tr("Name at least one column, separating titles with commas.");
}

} // namespace convener::models
