// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/retro/retroboard.h"

#include <optional>
#include <string>
#include <string_view>

namespace convener::core {

// The edits a host makes on a board, for asking whether the current phase allows them.
enum class RetroEdit {
    AddCard, EditCard, RemoveCard,
    GroupCards, RenameGroup, UngroupCard,
    CastVote, RetractVote,
    AddActionItem, EditActionItem, RemoveActionItem, ChangeActionItemStatus,
};

// Why the board's rules refuse something, with the facts its sentence needs.
// Core only names the reason; models word it for the host (models/retro/retrorefusal.h).
struct RetroRefusal
{
    enum class Kind {
        OutOfPhase, // edit, phase
        CardTextMissing,
        CardTextTooLong, // limit: the most bytes a card holds
        VoterMissing,
        CardGone,
        VotesUsedUp, // limit: the votes each person gets
        CardVotesUsedUp, // limit: the votes one person may give one card
        NoVoteToRetract,
        VotesPerPersonOutOfRange, // limit: the most votes a board may give each person
        VotesPerCardOutOfRange,
        LimitsBelowVotesCast,
        AnonymityKept,
        GroupSameCard,
        GroupAcrossColumns,
        AlreadyGrouped,
        DueCallOutOfRange, // limit: the highest call number
    };

    Kind kind = Kind::OutOfPhase;
    RetroEdit edit = RetroEdit::AddCard; // OutOfPhase: what was refused
    RetroPhase phase = RetroPhase::Write; // OutOfPhase: the phase the board is in
    int limit = 0;

    explicit RetroRefusal(Kind why, int limitReached = 0)
        : kind(why)
        , limit(limitReached)
    {
    }
    static RetroRefusal outOfPhase(RetroEdit refused, RetroPhase current)
    {
        RetroRefusal r(Kind::OutOfPhase);
        r.edit = refused;
        r.phase = current;
        return r;
    }

    bool operator==(const RetroRefusal &) const = default;
};

// The answer of every check: nothing when the edit is allowed, otherwise why not.
using RetroVerdict = std::optional<RetroRefusal>;

// The board's rules, as pure functions of the board. Storage and the app call
// them before every write, so a rule holds however the board is edited.
class RetroRules final
{
public:
    RetroRules() = delete;

    static constexpr int kMaxVotesPerPerson = 50;
    static constexpr std::size_t kMaxCardText = 1000;         // bytes of UTF-8
    static constexpr int kMaxDueCall = 99;

    // Write and group take cards; group arranges them; vote counts thumbs-up;
    // discuss and actions record what changes. Action items may be closed in any
    // phase, because open ones come back from earlier boards.
    static bool phaseAllows(RetroPhase phase, RetroEdit edit);
    static RetroVerdict checkEdit(const RetroBoardState &state, RetroEdit edit);

    // Cards stay hidden from the room until the host reveals them; tallies stay
    // hidden while people vote, so early counts do not sway the rest.
    static bool cardsVisible(const RetroBoardState &state) { return state.revealed; }
    static bool talliesVisible(const RetroBoardState &state) { return state.phase >= RetroPhase::Discuss; }

    // The state after the host moves to a phase. Leaving the write phase reveals
    // the cards: nobody can group or vote on what they cannot see.
    static RetroBoardState enterPhase(RetroBoardState state, RetroPhase phase);

    static int votesUsed(const RetroBoard &board, PersonId person);
    static int votesLeft(const RetroBoard &board, PersonId person);
    static int votesOnCard(const RetroBoard &board, PersonId person, RetroCardId card);
    static int tally(const RetroBoard &board, RetroCardId card);

    static RetroVerdict checkCardText(std::string_view text);
    static RetroVerdict checkCastVote(const RetroBoard &board, PersonId person, RetroCardId card);
    static RetroVerdict checkRetractVote(const RetroBoard &board, PersonId person, RetroCardId card);
    // A vote given to a group counts for the group (its tally is its cards'):
    // the card of the group it goes on, the one with the fewest of the
    // person's votes that may still take one (the first such on a tie), or
    // nothing when none may. Taking a vote back from a group takes it from
    // the group's card with the most of the person's votes.
    static std::optional<RetroCardId> cardForGroupVote(const RetroBoard &board, PersonId person, RetroGroupId group);
    static std::optional<RetroCardId> cardForGroupRetract(const RetroBoard &board, PersonId person, RetroGroupId group);
    // New limits must still admit every vote already cast.
    static RetroVerdict checkVoteLimits(const RetroBoard &board, const RetroVoteLimits &limits);
    // Once a card exists, anonymity may only grow: people wrote trusting it.
    static RetroVerdict checkAnonymityChange(const RetroBoard &board, RetroAnonymity to);
    // Dropping dragged onto target: both exist, differ, share a column and are
    // not already in the same group.
    static RetroVerdict checkGroupCards(const RetroBoard &board, RetroCardId dragged, RetroCardId target);
    static RetroVerdict checkDueCall(std::optional<int> dueCall);

    // The column's grouping after dropping dragged onto target (checked
    // first): dragged joins target's group, or both form a new group with id
    // newGroup. Groups left without cards are dropped.
    static RetroGrouping groupedCards(const RetroBoard &board, RetroCardId dragged, RetroCardId target,
                                      RetroGroupId newGroup);
    // The column's grouping after card leaves its group.
    static RetroGrouping ungroupedCard(const RetroBoard &board, RetroCardId card);

    // A short title for a new group, from the card it was formed on.
    static std::string defaultGroupTitle(std::string_view cardText);
};

} // namespace convener::core
