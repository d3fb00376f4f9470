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

TEST_CASE("Retro errors: what storage finds wrong with a board is said with its facts")
{
    CHECK(models::describe(Error(Problem::RetroBoardGone).withId(7))
        == QStringLiteral("The retro board is no longer in the database."));
    CHECK(models::describe(Error(Problem::RetroBoardCallTooLow).withCall(0))
        == QStringLiteral("A retro board belongs to a call numbered from 1."));
    CHECK(models::describe(Error(Problem::RetroBoardColumnCount).withCount(8))
        == QStringLiteral("A retro board needs between 1 and 8 columns."));
    CHECK(models::describe(Error(Problem::RetroBoardExists).withId(3).withCall(4))
        == QStringLiteral("Call 4 of this cohort already has a retro board."));
    CHECK(models::describe(Error(Problem::RetroBoardColumnUntitled))
        == QStringLiteral("Every column of a retro board needs a title."));
    CHECK(models::describe(Error(Problem::RetroColumnNotOnBoard).withId(9))
        == QStringLiteral("That column is not on this board."));
    CHECK(models::describe(Error(Problem::RetroColumnGone).withId(9))
        == QStringLiteral("That column is no longer on the board."));
    CHECK(models::describe(Error(Problem::RetroColumnsFixed).withId(7))
        == QStringLiteral(
            "Only the columns of a board with custom columns can be renamed; this board follows a template."));
    CHECK(models::describe(Error(Problem::RetroColumnUntitled)) == QStringLiteral("A column needs a title."));
    CHECK(models::describe(Error(Problem::RetroColumnTitleTaken).withName(QStringLiteral("Glad")))
        == QStringLiteral("The board already has a column \"Glad\"; give each column its own title."));
    CHECK(models::describe(Error(Problem::RetroCardsRevealed).withId(7))
        == QStringLiteral("The cards have been revealed; they cannot be hidden again."));
    CHECK(models::describe(Error(Problem::RetroTimerTooShort))
        == QStringLiteral("A phase timer needs a duration of at least one second."));
    CHECK(models::describe(Error(Problem::RetroCardNotGrouped).withId(11))
        == QStringLiteral("That card is not in a group."));
    CHECK(models::describe(Error(Problem::RetroGroupNotMade)) == QStringLiteral("Could not make a group."));
    CHECK(models::describe(Error(Problem::RetroGroupUntitled)) == QStringLiteral("A group needs a title."));
    CHECK(models::describe(Error(Problem::RetroGroupGone).withId(5))
        == QStringLiteral("That group is no longer on the board."));
    CHECK(models::describe(Error(Problem::RetroActionUndescribed))
        == QStringLiteral("An action item needs a description."));
    CHECK(models::describe(Error(Problem::RetroActionGone).withId(2))
        == QStringLiteral("That action item is no longer on the board."));
}

TEST_CASE("Retro errors: a driver failure names the part of the board it could not read or save")
{
    CHECK(
        models::describe(
            Error(Problem::ReadFailed).inTable(storage::Table::RetroCards).withDetail(QStringLiteral("disk I/O error")))
        == QStringLiteral("Could not read the board's cards: disk I/O error"));
    CHECK(models::describe(Error(Problem::WriteFailed)
                               .inTable(storage::Table::RetroVotes)
                               .withDetail(QStringLiteral("database or disk is full")))
        == QStringLiteral("Could not save the board's votes: database or disk is full"));
    CHECK(models::describe(Error(Problem::SaveStartFailed)
                               .inTable(storage::Table::RetroBoards)
                               .withDetail(QStringLiteral("database is locked")))
        == QStringLiteral("Could not start saving the retro board: database is locked"));
}

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
