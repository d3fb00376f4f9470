// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/common/csvreader.h"
#include "core/retro/retroexport.h"
#include "core/retro/retrorules.h"
#include "core/retro/retrotemplate.h"
#include "core/retro/retrotopic.h"

#include <catch2/catch.hpp>

using namespace convener::core;

namespace {

// Roses (1) and Thorns (3) with three cards, in the phase given.
RetroBoard sampleBoard(RetroPhase phase = RetroPhase::Write)
{
    RetroBoard b;
    b.id = 1;
    b.callNumber = 4;
    b.columns = {{1, "Roses", "helped"}, {2, "Buds", ""}, {3, "Thorns", ""}, {4, "Gems", ""}};
    b.cards = {{10, 1, 0, PersonId{100}, "Listening in pairs", 1},
               {11, 1, 0, PersonId{101}, "The journaling minutes", 2},
               {12, 3, 0, std::nullopt, "Room changes were rushed", 3}};
    b.state = RetroRules::enterPhase(b.state, phase);
    return b;
}

using Kind = RetroRefusal::Kind;

// What a check refused, or nothing when it allowed the edit.
std::optional<Kind> kindOf(const RetroVerdict &verdict)
{
    return verdict ? std::optional<Kind>(verdict->kind) : std::nullopt;
}

} // namespace

TEST_CASE("Retro: the default template has roses buds thorns and gems")
{
    const auto columns = retroTemplateColumns(RetroTemplate::RosesBudsThornsGems);
    REQUIRE(columns.size() == 4);
    CHECK(columns[0].title == "Roses");
    CHECK(columns[1].title == "Buds");
    CHECK(columns[2].title == "Thorns");
    CHECK(columns[3].title == "Gems");
    for (const auto &c : columns)
        CHECK_FALSE(c.prompt.empty());
    CHECK(retroTemplateColumns(RetroTemplate::StartStopContinue).size() == 3);
    CHECK(retroTemplateFromKey(retroTemplateKey(RetroTemplate::StartStopContinue)) == RetroTemplate::StartStopContinue);
}

TEST_CASE("Retro: custom columns are trimmed and checked")
{
    auto ok = customRetroColumns(" Mad , Sad,, Glad ");
    REQUIRE(std::holds_alternative<std::vector<RetroColumnSpec>>(ok));
    const auto &columns = std::get<std::vector<RetroColumnSpec>>(ok);
    REQUIRE(columns.size() == 3);
    CHECK(columns[0].title == "Mad");
    CHECK(columns[2].title == "Glad");
    using Refusal = RetroColumnsRefusal;
    CHECK(std::get<Refusal>(customRetroColumns(" , ")) == Refusal(Refusal::Kind::NoColumns));
    CHECK(std::get<Refusal>(customRetroColumns("Mad, mad ")) == Refusal(Refusal::Kind::ListedTwice, "mad"));
    CHECK(std::get<Refusal>(customRetroColumns("a,b,c,d,e,f,g,h,i")) == Refusal(Refusal::Kind::TooManyColumns, {}, 9));
}

TEST_CASE("Retro: each phase allows only its own edits")
{
    CHECK(RetroRules::phaseAllows(RetroPhase::Write, RetroEdit::AddCard));
    CHECK(RetroRules::phaseAllows(RetroPhase::Group, RetroEdit::AddCard));
    CHECK_FALSE(RetroRules::phaseAllows(RetroPhase::Vote, RetroEdit::AddCard));
    CHECK_FALSE(RetroRules::phaseAllows(RetroPhase::Write, RetroEdit::GroupCards));
    CHECK(RetroRules::phaseAllows(RetroPhase::Group, RetroEdit::GroupCards));
    CHECK(RetroRules::phaseAllows(RetroPhase::Vote, RetroEdit::CastVote));
    CHECK_FALSE(RetroRules::phaseAllows(RetroPhase::Discuss, RetroEdit::CastVote));
    CHECK(RetroRules::phaseAllows(RetroPhase::Actions, RetroEdit::AddActionItem));
    CHECK_FALSE(RetroRules::phaseAllows(RetroPhase::Vote, RetroEdit::AddActionItem));
    for (RetroPhase p : kRetroPhases)
        CHECK(RetroRules::phaseAllows(p, RetroEdit::ChangeActionItemStatus));

    RetroBoardState vote;
    vote.phase = RetroPhase::Vote;
    const auto why = RetroRules::checkEdit(vote, RetroEdit::AddCard);
    REQUIRE(why);
    CHECK(why->kind == RetroRefusal::Kind::OutOfPhase);
    CHECK(why->edit == RetroEdit::AddCard);
    CHECK(why->phase == RetroPhase::Vote);
}

TEST_CASE("Retro: cards stay hidden until revealed and leaving write reveals them")
{
    RetroBoardState s;
    CHECK_FALSE(RetroRules::cardsVisible(s));
    s = RetroRules::enterPhase(s, RetroPhase::Group);
    CHECK(RetroRules::cardsVisible(s));
    s = RetroRules::enterPhase(s, RetroPhase::Write);
    CHECK(s.phase == RetroPhase::Write);
    CHECK(RetroRules::cardsVisible(s));
}

TEST_CASE("Retro: tallies stay hidden until voting closes")
{
    RetroBoardState s;
    for (RetroPhase p : {RetroPhase::Write, RetroPhase::Group, RetroPhase::Vote})
        CHECK_FALSE(RetroRules::talliesVisible(RetroRules::enterPhase(s, p)));
    CHECK(RetroRules::talliesVisible(RetroRules::enterPhase(s, RetroPhase::Discuss)));
    CHECK(RetroRules::talliesVisible(RetroRules::enterPhase(s, RetroPhase::Actions)));
}

TEST_CASE("Retro: a person gets five votes and at most three on one card")
{
    RetroBoard b = sampleBoard(RetroPhase::Vote);
    CHECK_FALSE(RetroRules::checkCastVote(b, 100, 10));
    for (int i = 0; i < 3; ++i)
        b.votes.push_back({100, 10});
    CHECK(RetroRules::votesOnCard(b, 100, 10) == 3);
    CHECK(RetroRules::checkCastVote(b, 100, 10) == RetroRefusal(Kind::CardVotesUsedUp, 3));
    CHECK_FALSE(RetroRules::checkCastVote(b, 100, 11));
    b.votes.push_back({100, 11});
    b.votes.push_back({100, 12});
    CHECK(RetroRules::votesLeft(b, 100) == 0);
    const auto spent = RetroRules::checkCastVote(b, 100, 12);
    REQUIRE(spent);
    CHECK(spent->kind == Kind::VotesUsedUp);
    CHECK(spent->limit == 5);
    CHECK_FALSE(RetroRules::checkCastVote(b, 101, 10));
    CHECK(RetroRules::tally(b, 10) == 3);
    CHECK(kindOf(RetroRules::checkCastVote(b, 0, 10)) == Kind::VoterMissing);
    CHECK(kindOf(RetroRules::checkCastVote(b, 101, 99)) == Kind::CardGone);
    CHECK_FALSE(RetroRules::checkRetractVote(b, 100, 12));
    CHECK(kindOf(RetroRules::checkRetractVote(b, 101, 12)) == Kind::NoVoteToRetract);
}

TEST_CASE("Retro: vote limits are configurable but never below votes already cast")
{
    RetroBoard b = sampleBoard(RetroPhase::Vote);
    CHECK_FALSE(RetroRules::checkVoteLimits(b, {8, 2}));
    CHECK(RetroRules::checkVoteLimits(b, { 0, 1 })
        == RetroRefusal(Kind::VotesPerPersonOutOfRange, RetroRules::kMaxVotesPerPerson));
    CHECK(kindOf(RetroRules::checkVoteLimits(b, { 3, 4 })) == Kind::VotesPerCardOutOfRange);
    b.state.limits = {8, 2};
    b.votes = {{100, 10}, {100, 10}, {100, 11}};
    CHECK(RetroRules::checkCastVote(b, 100, 10) == RetroRefusal(Kind::CardVotesUsedUp, 2));
    CHECK_FALSE(RetroRules::checkVoteLimits(b, {3, 2}));
    CHECK(kindOf(RetroRules::checkVoteLimits(b, { 2, 1 })) == Kind::LimitsBelowVotesCast);
}

TEST_CASE("Retro: voting outside the vote phase is refused")
{
    const RetroBoard b = sampleBoard(RetroPhase::Discuss);
    CHECK(RetroRules::checkCastVote(b, 100, 10) == RetroRefusal::outOfPhase(RetroEdit::CastVote, RetroPhase::Discuss));
}

TEST_CASE("Retro: anonymity can only grow once cards exist")
{
    RetroBoard b;
    CHECK_FALSE(RetroRules::checkAnonymityChange(b, RetroAnonymity::Anonymous));
    b.state.anonymity = RetroAnonymity::Anonymous;
    CHECK_FALSE(RetroRules::checkAnonymityChange(b, RetroAnonymity::Named));
    b = sampleBoard();
    CHECK_FALSE(RetroRules::checkAnonymityChange(b, RetroAnonymity::Anonymous));
    b.state.anonymity = RetroAnonymity::Anonymous;
    CHECK(kindOf(RetroRules::checkAnonymityChange(b, RetroAnonymity::Named)) == Kind::AnonymityKept);
    CHECK_FALSE(RetroRules::checkAnonymityChange(b, RetroAnonymity::Anonymous));
}

TEST_CASE("Retro: cards group within one column")
{
    RetroBoard b = sampleBoard(RetroPhase::Group);
    CHECK_FALSE(RetroRules::checkGroupCards(b, 11, 10));
    CHECK(kindOf(RetroRules::checkGroupCards(b, 12, 10)) == Kind::GroupAcrossColumns);
    CHECK(kindOf(RetroRules::checkGroupCards(b, 10, 10)) == Kind::GroupSameCard);
    CHECK(kindOf(RetroRules::checkGroupCards(b, 10, 99)) == Kind::CardGone);
    b.groups.push_back({5, 1, "Pairs"});
    b.cards[0].group = 5;
    b.cards[1].group = 5;
    CHECK(kindOf(RetroRules::checkGroupCards(b, 11, 10)) == Kind::AlreadyGrouped);
    CHECK(RetroRules::checkGroupCards(sampleBoard(RetroPhase::Write), 11, 10)
        == RetroRefusal::outOfPhase(RetroEdit::GroupCards, RetroPhase::Write));
}

TEST_CASE("Retro: card text must be present and short enough")
{
    CHECK(kindOf(RetroRules::checkCardText("   ")) == Kind::CardTextMissing);
    CHECK_FALSE(RetroRules::checkCardText("Fine"));
    CHECK(RetroRules::checkCardText(std::string(RetroRules::kMaxCardText + 1, 'x'))
        == RetroRefusal(Kind::CardTextTooLong, static_cast<int>(RetroRules::kMaxCardText)));
}

TEST_CASE("Retro: an action item is due on a call from 1 to 99")
{
    CHECK_FALSE(RetroRules::checkDueCall(std::nullopt));
    CHECK_FALSE(RetroRules::checkDueCall(1));
    CHECK_FALSE(RetroRules::checkDueCall(99));
    CHECK(RetroRules::checkDueCall(0) == RetroRefusal(Kind::DueCallOutOfRange, 99));
    CHECK(kindOf(RetroRules::checkDueCall(100)) == Kind::DueCallOutOfRange);
}

TEST_CASE("Retro: a default group title is cut at a word")
{
    CHECK(RetroRules::defaultGroupTitle("Short one") == "Short one");
    const std::string title =
        RetroRules::defaultGroupTitle("The breakout rooms were too short to settle into a real conversation");
    CHECK(title == "The breakout rooms were too short to\u2026");
    const std::string noSpaces = RetroRules::defaultGroupTitle(std::string(30, 'a') + "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9");
    CHECK(noSpaces.size() < 45);
}

TEST_CASE("Retro: groups are topics and discussion follows votes")
{
    RetroBoard b = sampleBoard(RetroPhase::Discuss);
    b.cards.push_back({13, 1, 0, std::nullopt, "Dance break", 4});
    b.groups.push_back({5, 1, "Quiet time"});
    b.cards[1].group = 5;
    b.cards[3].group = 5;
    b.votes = {{100, 12}, {101, 12}, {100, 11}, {102, 13}, {103, 13}};

    const auto roses = retroColumnTopics(b, 1);
    REQUIRE(roses.size() == 2);
    CHECK(roses[0].title == "Listening in pairs");
    CHECK(roses[1].title == "Quiet time");
    CHECK(roses[1].cards == std::vector<RetroCardId>{11, 13});
    CHECK(roses[1].votes == 3);

    const auto order = retroDiscussOrder(b);
    REQUIRE(order.size() == 3);
    CHECK(order[0].group == 5);
    CHECK(order[1].cards.front() == 12);
    CHECK(order[2].cards.front() == 10);
}

TEST_CASE("Retro: markdown export shows columns groups votes and actions")
{
    RetroSnapshot s;
    s.board = sampleBoard(RetroPhase::Actions);
    s.cohortName = "Spring";
    s.names = {{100, "Ana"}, {101, "Ben"}};
    s.board.groups.push_back({5, 1, "Quiet *time*"});
    s.board.cards[1].group = 5;
    s.board.votes = {{100, 11}, {101, 11}};
    s.board.actions = {{1, "Shorter intros", PersonId{101}, 1, RetroActionStatus::Open, 1},
                       {2, "Send notes", std::nullopt, std::nullopt, RetroActionStatus::Done, 2}};
    const std::string md = retroMarkdown(s);
    CHECK(md.find("# Retro: Spring, call 4") != std::string::npos);
    CHECK(md.find("## Roses") != std::string::npos);
    CHECK(md.find("- Listening in pairs (Ana) - 0 votes") != std::string::npos);
    CHECK(md.find("- **Quiet \\*time\\*** - 2 votes") != std::string::npos);
    CHECK(md.find("  - The journaling minutes (Ben) - 2 votes") != std::string::npos);
    CHECK(md.find("1. Quiet \\*time\\* (Roses) - 2 votes") != std::string::npos);
    CHECK(md.find("- [ ] Shorter intros (owner: Ben, due by call 1)") != std::string::npos);
    CHECK(md.find("- [x] Send notes") != std::string::npos);
    CHECK(md.find("## Buds\n\nNo cards.") != std::string::npos);
}

TEST_CASE("Retro: exports hide authors of anonymous boards and tallies while voting")
{
    RetroSnapshot s;
    s.board = sampleBoard(RetroPhase::Vote);
    s.names = {{100, "Ana"}};
    s.board.votes = {{100, 10}};
    std::string md = retroMarkdown(s);
    CHECK(md.find("(Ana)") != std::string::npos);
    CHECK(md.find("1 vote") == std::string::npos);
    CHECK(md.find("Discussion order") == std::string::npos);
    s.board.state.anonymity = RetroAnonymity::Anonymous;
    md = retroMarkdown(s);
    CHECK(md.find("Ana") == std::string::npos);
    const std::string csv = retroCsv(s);
    CHECK(csv.find("Ana") == std::string::npos);
}

TEST_CASE("Retro: markdown keeps card text from forming lists or headings")
{
    RetroSnapshot s;
    s.board = sampleBoard();
    s.board.cards[0].text = "# big\nsecond line";
    s.board.cards[1].text = "1. first";
    s.board.cards[2].text = "- dash";
    const std::string md = retroMarkdown(s);
    CHECK(md.find("- \\# big second line") != std::string::npos);
    CHECK(md.find("- 1\\. first") != std::string::npos);
    CHECK(md.find("- \\- dash") != std::string::npos);
}

TEST_CASE("Retro: the CSV export reads back with formulas neutralised")
{
    RetroSnapshot s;
    s.board = sampleBoard(RetroPhase::Discuss);
    s.names = {{100, "Ana"}, {101, "=HYPERLINK(\"x\")"}};
    s.board.cards[0].text = "=1+1, \"quoted\"\nand a new line";
    s.board.votes = {{100, 10}, {101, 10}};
    s.board.actions = {{1, "+call Ana", PersonId{100}, 2, RetroActionStatus::Open, 1}};
    const std::string csv = retroCsv(s);
    const auto read = readCsv(csv);
    REQUIRE(std::holds_alternative<CsvDocument>(read));
    const auto &records = std::get<CsvDocument>(read).records;
    REQUIRE(records.size() == 5);
    CHECK(records[0].fields == std::vector<std::string>{"record", "column", "group", "text", "author", "votes", "owner",
                                                        "due_call", "status"});
    CHECK(records[1].fields[0] == "card");
    CHECK(records[1].fields[1] == "Roses");
    CHECK(records[1].fields[3] == "'=1+1, \"quoted\"\nand a new line");
    CHECK(records[1].fields[5] == "2");
    CHECK(records[2].fields[4] == "'=HYPERLINK(\"x\")");
    CHECK(records[4].fields == std::vector<std::string>{"action", "", "", "'+call Ana", "", "", "Ana", "2", "open"});
}

TEST_CASE("Retro: a vote given to a group goes on its card with the fewest of the person's votes")
{
    RetroBoard b = sampleBoard(RetroPhase::Vote);
    b.groups = { { 7, 1, "Listening" } };
    b.cards[0].group = 7;
    b.cards[1].group = 7;
    // No votes yet: the group's first card.
    CHECK(RetroRules::cardForGroupVote(b, 100, 7) == RetroCardId { 10 });
    b.votes.push_back({ 100, 10 });
    CHECK(RetroRules::cardForGroupVote(b, 100, 7) == RetroCardId { 11 });
    // A card at the per-card limit takes no more; the other one does.
    b.votes.push_back({ 100, 11 });
    b.votes.push_back({ 100, 11 });
    b.votes.push_back({ 100, 11 });
    CHECK(RetroRules::cardForGroupVote(b, 100, 7) == RetroCardId { 10 });
    // Taken back from the card with the most of the person's votes.
    CHECK(RetroRules::cardForGroupRetract(b, 100, 7) == RetroCardId { 11 });
    CHECK_FALSE(RetroRules::cardForGroupRetract(b, 101, 7));
    // No votes left: nowhere to go; a card outside any group is no group's.
    b.votes.push_back({ 100, 12 });
    CHECK_FALSE(RetroRules::cardForGroupVote(b, 100, 7));
    CHECK_FALSE(RetroRules::cardForGroupVote(b, 101, 0));
}
