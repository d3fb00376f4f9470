// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/retro/retrorules.h"

#include <algorithm>

namespace convener::core {

namespace {

using Kind = RetroRefusal::Kind;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

bool RetroRules::phaseAllows(RetroPhase phase, RetroEdit edit)
{
    switch (edit) {
    case RetroEdit::AddCard:
    case RetroEdit::EditCard:
    case RetroEdit::RemoveCard:
        return phase == RetroPhase::Write || phase == RetroPhase::Group;
    case RetroEdit::GroupCards:
    case RetroEdit::RenameGroup:
    case RetroEdit::UngroupCard:
        return phase == RetroPhase::Group;
    case RetroEdit::CastVote:
    case RetroEdit::RetractVote:
        return phase == RetroPhase::Vote;
    case RetroEdit::AddActionItem:
    case RetroEdit::EditActionItem:
    case RetroEdit::RemoveActionItem:
        return phase == RetroPhase::Discuss || phase == RetroPhase::Actions;
    case RetroEdit::ChangeActionItemStatus:
        return true;
    }
    return false;
}

RetroVerdict RetroRules::checkEdit(const RetroBoardState &state, RetroEdit edit)
{
    if (phaseAllows(state.phase, edit))
        return std::nullopt;
    return RetroRefusal::outOfPhase(edit, state.phase);
}

RetroBoardState RetroRules::enterPhase(RetroBoardState state, RetroPhase phase)
{
    state.phase = phase;
    if (phase != RetroPhase::Write)
        state.revealed = true;
    return state;
}

int RetroRules::votesUsed(const RetroBoard &board, PersonId person)
{
    return static_cast<int>(
        std::count_if(board.votes.begin(), board.votes.end(), [person](const RetroVote &v) { return v.person == person; }));
}

int RetroRules::votesLeft(const RetroBoard &board, PersonId person)
{
    return std::max(0, board.state.limits.perPerson - votesUsed(board, person));
}

int RetroRules::votesOnCard(const RetroBoard &board, PersonId person, RetroCardId card)
{
    return static_cast<int>(std::count(board.votes.begin(), board.votes.end(), RetroVote{person, card}));
}

int RetroRules::tally(const RetroBoard &board, RetroCardId card)
{
    return static_cast<int>(
        std::count_if(board.votes.begin(), board.votes.end(), [card](const RetroVote &v) { return v.card == card; }));
}

RetroVerdict RetroRules::checkCardText(std::string_view text)
{
    if (trimmed(text).empty())
        return RetroRefusal(Kind::CardTextMissing);
    if (text.size() > kMaxCardText)
        return RetroRefusal(Kind::CardTextTooLong, static_cast<int>(kMaxCardText));
    return std::nullopt;
}

RetroVerdict RetroRules::checkCastVote(const RetroBoard &board, PersonId person, RetroCardId card)
{
    if (auto phase = checkEdit(board.state, RetroEdit::CastVote))
        return phase;
    if (person == 0)
        return RetroRefusal(Kind::VoterMissing);
    if (!board.card(card))
        return RetroRefusal(Kind::CardGone);
    if (votesUsed(board, person) >= board.state.limits.perPerson)
        return RetroRefusal(Kind::VotesUsedUp, board.state.limits.perPerson);
    if (votesOnCard(board, person, card) >= board.state.limits.perCard)
        return RetroRefusal(Kind::CardVotesUsedUp, board.state.limits.perCard);
    return std::nullopt;
}

RetroVerdict RetroRules::checkRetractVote(const RetroBoard &board, PersonId person, RetroCardId card)
{
    if (auto phase = checkEdit(board.state, RetroEdit::RetractVote))
        return phase;
    if (votesOnCard(board, person, card) == 0)
        return RetroRefusal(Kind::NoVoteToRetract);
    return std::nullopt;
}

RetroVerdict RetroRules::checkVoteLimits(const RetroBoard &board, const RetroVoteLimits &limits)
{
    if (limits.perPerson < 1 || limits.perPerson > kMaxVotesPerPerson)
        return RetroRefusal(Kind::VotesPerPersonOutOfRange, kMaxVotesPerPerson);
    if (limits.perCard < 1 || limits.perCard > limits.perPerson)
        return RetroRefusal(Kind::VotesPerCardOutOfRange);
    for (const RetroVote &v : board.votes) {
        if (votesUsed(board, v.person) > limits.perPerson || votesOnCard(board, v.person, v.card) > limits.perCard)
            return RetroRefusal(Kind::LimitsBelowVotesCast);
    }
    return std::nullopt;
}

RetroVerdict RetroRules::checkAnonymityChange(const RetroBoard &board, RetroAnonymity to)
{
    if (to == board.state.anonymity || board.cards.empty())
        return std::nullopt;
    if (to == RetroAnonymity::Named)
        return RetroRefusal(Kind::AnonymityKept);
    return std::nullopt;
}

namespace {

// The group's card, among those check allows for the person, with the fewest
// (fewest) or the most of the person's votes; the first such on a tie.
template<typename Check>
std::optional<RetroCardId> groupCard(
    const RetroBoard &board, PersonId person, RetroGroupId group, Check check, bool fewest)
{
    std::optional<RetroCardId> best;
    int bestVotes = 0;
    for (const RetroCard &card : board.cards) {
        if (group == 0 || card.group != group || check(board, person, card.id))
            continue;
        const int mine = RetroRules::votesOnCard(board, person, card.id);
        if (!best || (fewest ? mine < bestVotes : mine > bestVotes)) {
            best = card.id;
            bestVotes = mine;
        }
    }
    return best;
}

} // namespace

std::optional<RetroCardId> RetroRules::cardForGroupVote(const RetroBoard &board, PersonId person, RetroGroupId group)
{
    return groupCard(board, person, group, &RetroRules::checkCastVote, true);
}

std::optional<RetroCardId> RetroRules::cardForGroupRetract(const RetroBoard &board, PersonId person, RetroGroupId group)
{
    return groupCard(board, person, group, &RetroRules::checkRetractVote, false);
}

RetroVerdict RetroRules::checkGroupCards(const RetroBoard &board, RetroCardId dragged, RetroCardId target)
{
    if (auto phase = checkEdit(board.state, RetroEdit::GroupCards))
        return phase;
    const RetroCard *a = board.card(dragged);
    const RetroCard *b = board.card(target);
    if (!a || !b)
        return RetroRefusal(Kind::CardGone);
    if (a->id == b->id)
        return RetroRefusal(Kind::GroupSameCard);
    if (a->column != b->column)
        return RetroRefusal(Kind::GroupAcrossColumns);
    if (a->group != 0 && a->group == b->group)
        return RetroRefusal(Kind::AlreadyGrouped);
    return std::nullopt;
}

RetroVerdict RetroRules::checkDueCall(std::optional<int> dueCall)
{
    if (dueCall && (*dueCall < 1 || *dueCall > kMaxDueCall))
        return RetroRefusal(Kind::DueCallOutOfRange, kMaxDueCall);
    return std::nullopt;
}

namespace {
void dropEmptyGroups(RetroGrouping &g)
{
    std::erase_if(g.groups, [&g](const RetroGroup &group) {
        return std::none_of(g.cards.begin(), g.cards.end(), [&group](const auto &c) { return c.second == group.id; });
    });
}
} // namespace

RetroGrouping RetroRules::groupedCards(const RetroBoard &board, RetroCardId dragged, RetroCardId target,
                                       RetroGroupId newGroup)
{
    const RetroCard *targetCard = board.card(target);
    const RetroCard *draggedCard = board.card(dragged);
    if (!targetCard || !draggedCard)
        return {};
    RetroGrouping g = board.grouping(targetCard->column);
    RetroGroupId into = targetCard->group;
    if (into == 0) {
        into = newGroup;
        g.groups.push_back({newGroup, targetCard->column, defaultGroupTitle(targetCard->text)});
    }
    for (auto &[card, group] : g.cards) {
        if (card == dragged || card == target)
            group = into;
    }
    dropEmptyGroups(g);
    return g;
}

RetroGrouping RetroRules::ungroupedCard(const RetroBoard &board, RetroCardId card)
{
    const RetroCard *c = board.card(card);
    if (!c)
        return {};
    RetroGrouping g = board.grouping(c->column);
    for (auto &[id, group] : g.cards) {
        if (id == card)
            group = 0;
    }
    dropEmptyGroups(g);
    return g;
}

std::string RetroRules::defaultGroupTitle(std::string_view cardText)
{
    constexpr std::size_t kLength = 40;
    std::string text = trimmed(cardText.substr(0, cardText.find('\n')));
    if (text.size() <= kLength)
        return text;
    std::size_t cut = text.rfind(' ', kLength);
    if (cut == std::string::npos || cut < kLength / 2) {
        cut = kLength;
        while (cut > 0 && isContinuationByte(text[cut]))
            --cut;
    }
    return trimmed(std::string_view(text).substr(0, cut)) + "\u2026";
}

} // namespace convener::core
