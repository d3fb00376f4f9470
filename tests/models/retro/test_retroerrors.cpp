// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/retro/retrorules.h"
#include "core/retro/retrotemplate.h"
#include "models/retro/retrorefusal.h"
#include "models/storageerror.h"
#include "storage/error.h"

#include <catch2/catch.hpp>
#include <QString>
#include <variant>

using namespace convener;
using core::RetroEdit;
using core::RetroPhase;
using storage::Error;
using storage::Problem;
using Kind = core::RetroRefusal::Kind;

namespace {

// The sentence for a refusal of the board's rules that reached storage.
QString refusedByStorage(Problem problem, int count = 0)
{
    return models::describe(Error(problem).withCount(count));
}

} // namespace

TEST_CASE("Retro errors: an edit in the wrong phase names the phases it belongs to")
{
    CHECK(models::describe(core::RetroRefusal::outOfPhase(RetroEdit::AddCard, RetroPhase::Vote))
        == QStringLiteral("Cards are added in the write and group phases; the board is in the vote phase."));
    CHECK(models::describe(core::RetroRefusal::outOfPhase(RetroEdit::GroupCards, RetroPhase::Write))
        == QStringLiteral("Cards are grouped in the group phase; the board is in the write phase."));
    CHECK(models::describe(core::RetroRefusal::outOfPhase(RetroEdit::CastVote, RetroPhase::Discuss))
        == QStringLiteral("Votes are cast in the vote phase; the board is in the discuss phase."));
    CHECK(models::describe(core::RetroRefusal::outOfPhase(RetroEdit::RemoveActionItem, RetroPhase::Group))
        == QStringLiteral(
            "Action items are removed in the discuss and actions phases; the board is in the group phase."));

    // Refused in storage, the edit and the phase travel as the problem's facts.
    CHECK(models::describe(Error(Problem::RetroOutOfPhase)
                               .withCount(static_cast<int>(RetroEdit::RetractVote))
                               .withRound(static_cast<int>(RetroPhase::Actions)))
        == QStringLiteral("Votes are taken back in the vote phase; the board is in the actions phase."));
}

TEST_CASE("Retro errors: each rule of the board is said the same from core and from storage")
{
    struct Case
    {
        Kind kind;
        Problem problem;
        int limit;
        const char *sentence;
    };
    const Case cases[] = {
        { Kind::CardTextMissing, Problem::RetroCardTextMissing, 0, "A card needs some text." },
        { Kind::CardTextTooLong, Problem::RetroCardTextTooLong, 1000,
            "A card holds at most 1000 characters; shorten it or split it into two cards." },
        { Kind::VoterMissing, Problem::RetroVoterMissing, 0, "Choose who is voting." },
        { Kind::CardGone, Problem::RetroCardGone, 0, "That card is no longer on the board." },
        { Kind::VotesUsedUp, Problem::RetroVotesUsedUp, 5,
            "This person has used all 5 votes; take one back from another card first." },
        { Kind::CardVotesUsedUp, Problem::RetroCardVotesUsedUp, 3,
            "This person already gave this card 3 votes, the most one card can get from one person." },
        { Kind::NoVoteToRetract, Problem::RetroNoVoteToRetract, 0,
            "This person has no vote on this card to take back." },
        { Kind::VotesPerPersonOutOfRange, Problem::RetroVotesPerPersonOutOfRange, 50,
            "Each person gets between 1 and 50 votes." },
        { Kind::VotesPerCardOutOfRange, Problem::RetroVotesPerCardOutOfRange, 0,
            "The votes one person may give one card must be at least 1 and at most their votes in all." },
        { Kind::LimitsBelowVotesCast, Problem::RetroLimitsBelowVotesCast, 0,
            "Some people have already cast more votes than these limits allow; take those votes back first or "
            "choose higher limits." },
        { Kind::AnonymityKept, Problem::RetroAnonymityKept, 0,
            "Cards were written anonymously on this board, so authors cannot be shown now." },
        { Kind::GroupSameCard, Problem::RetroGroupSameCard, 0, "Drop the card onto a different card to group them." },
        { Kind::GroupAcrossColumns, Problem::RetroGroupAcrossColumns, 0,
            "Cards are grouped within one column; move the card there first." },
        { Kind::AlreadyGrouped, Problem::RetroAlreadyGrouped, 0, "These cards are already in the same group." },
        { Kind::DueCallOutOfRange, Problem::RetroDueCallOutOfRange, 99, "The due call is a call number from 1 to 99." },
    };
    for (const Case &c : cases) {
        INFO(c.sentence);
        CHECK(models::describe(core::RetroRefusal(c.kind, c.limit)) == QString::fromUtf8(c.sentence));
        CHECK(refusedByStorage(c.problem, c.limit) == QString::fromUtf8(c.sentence));
    }
}

TEST_CASE("Retro errors: a refused list of custom columns says what to fix")
{
    using Refusal = core::RetroColumnsRefusal;
    CHECK(models::describe(Refusal(Refusal::Kind::ListedTwice, "Mad"))
        == QStringLiteral("The column \"Mad\" is listed twice; give each column its own title."));
    CHECK(models::describe(Refusal(Refusal::Kind::NoColumns))
        == QStringLiteral("Name at least one column, separating titles with commas."));
    CHECK(models::describe(Refusal(Refusal::Kind::TooManyColumns, {}, 9))
        == QStringLiteral("A board holds at most 8 columns; this list has 9."));
    // What the host typed is what the sentence names.
    const auto twice = core::customRetroColumns("Mad, Sad, mad");
    REQUIRE(std::holds_alternative<Refusal>(twice));
    CHECK(models::describe(std::get<Refusal>(twice))
        == QStringLiteral("The column \"mad\" is listed twice; give each column its own title."));
}
