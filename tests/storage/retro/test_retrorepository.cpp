// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/retro/retroexport.h"
#include "core/retro/retrorules.h"
#include "models/storageerror.h"
#include "storage/retro/retrorepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/demoretroboard.h"
#include "support/tempdatabase.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <variant>

using namespace convener;
using core::RetroPhase;
using storage::Problem;

namespace {

// The problem a call that should have failed names.
template<typename R> Problem problemOf(const R &result)
{
    REQUIRE_FALSE(result.ok());
    return result.error().problem;
}

struct Fixture
{
    tests::TempDatabase temp;
    storage::RosterRepository roster{temp.db()};
    storage::RetroRepository retro{temp.db()};
    core::CohortId cohort = 0;
    core::PersonId ana = 0;
    core::PersonId ben = 0;
    core::RetroBoard board;

    Fixture()
    {
        core::Cohort c;
        c.name = "Spring";
        cohort = roster.createCohort(c).value();
        core::Member a, b;
        a.person.displayName = "Ana";
        b.person.displayName = "Ben";
        const auto added = roster.addMembers(cohort, {a, b}).value();
        ana = added[0].person.id;
        ben = added[1].person.id;
        board = retro.createBoard(cohort, 4, core::RetroTemplate::RosesBudsThornsGems,
                                  core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems))
                    .value();
    }

    core::RetroColumnId column(int i) const { return board.columns.at(static_cast<size_t>(i)).id; }
    core::RetroBoard reload() { return retro.board(board.id).value(); }
    void enter(RetroPhase phase)
    {
        const auto state = core::RetroRules::enterPhase(reload().state, phase);
        REQUIRE(retro.changeState(board.id, state).ok());
    }
    core::RetroCardId card(int column, const std::string &text, std::optional<core::PersonId> author = std::nullopt)
    {
        const auto c = retro.addCard(board.id, this->column(column), author, text);
        REQUIRE(c.ok());
        return c.value().id;
    }
};

} // namespace

TEST_CASE("Retro storage: a board takes its columns from the template and one per call")
{
    Fixture f;
    REQUIRE(f.board.columns.size() == 4);
    CHECK(f.board.columns[0].title == "Roses");
    CHECK(f.board.columns[3].title == "Gems");
    CHECK(f.board.state == core::RetroBoardState{});
    CHECK(f.retro.boardCalls(f.cohort).value() == std::vector<int>{4});
    const auto again = f.retro.createBoard(f.cohort, 4, core::RetroTemplate::Custom, { { "Mad", "" } });
    REQUIRE(problemOf(again) == Problem::RetroBoardExists);
    CHECK(again.error().call == 4);
    CHECK(again.error().id == f.cohort);
    CHECK(problemOf(f.retro.createBoard(f.cohort, 0, core::RetroTemplate::Custom, { { "Mad", "" } }))
        == Problem::RetroBoardCallTooLow);
    const auto none = f.retro.createBoard(f.cohort, 3, core::RetroTemplate::Custom, {});
    REQUIRE(problemOf(none) == Problem::RetroBoardColumnCount);
    CHECK(none.error().count == static_cast<int>(core::kMaxRetroColumns));
    CHECK(problemOf(f.retro.createBoard(f.cohort, 3, core::RetroTemplate::Custom, { { "Mad", "" }, { " ", "" } }))
        == Problem::RetroBoardColumnUntitled);
    CHECK_FALSE(f.retro.findBoard(f.cohort, 3).value().has_value());
    const auto gone = f.retro.board(f.board.id + 100);
    REQUIRE(problemOf(gone) == Problem::RetroBoardGone);
    CHECK(gone.error().id == f.board.id + 100);
    const auto custom = f.retro.createBoard(f.cohort, 2, core::RetroTemplate::Custom, {{"Mad", ""}, {"Glad", ""}});
    REQUIRE(custom.ok());
    CHECK(custom.value().columns.size() == 2);
    CHECK(f.retro.boardCalls(f.cohort).value() == std::vector<int>{2, 4});
    CHECK_FALSE(f.retro.findBoard(f.cohort, 3).value().has_value());
}

TEST_CASE("Retro storage: everything survives a restart mid-retro")
{
    Fixture f;
    const auto a = f.card(0, "Pairs", f.ana);
    f.card(2, "Rushed rooms");
    const auto c = f.card(0, "Looping back", f.ben);
    f.enter(RetroPhase::Group);
    REQUIRE(f.retro.groupCards(f.board.id, c, a).ok());
    f.enter(RetroPhase::Vote);
    REQUIRE(f.retro.castVote(f.board.id, f.ana, a).ok());
    auto state = f.reload().state;
    state.phaseSeconds[static_cast<size_t>(RetroPhase::Vote)] = 300;
    state.limits = {6, 2};
    REQUIRE(f.retro.changeState(f.board.id, state).ok());
    const core::RetroBoard before = f.reload();

    f.temp.reopen();
    storage::RetroRepository again(f.temp.db());
    const auto after = again.findBoard(f.cohort, 4).value();
    REQUIRE(after.has_value());
    CHECK(*after == before);
    CHECK(after->state.phase == RetroPhase::Vote);
    CHECK(after->state.revealed);
    CHECK(after->state.phaseSeconds[static_cast<size_t>(RetroPhase::Vote)] == 300);
    CHECK_FALSE(after->state.phaseSeconds[0].has_value());
    CHECK(after->cards.size() == 3);
    CHECK(after->groups.size() == 1);
    CHECK(after->votes.size() == 1);
}

TEST_CASE("Retro storage: cards are written in the write and group phases only")
{
    Fixture f;
    CHECK(problemOf(f.retro.addCard(f.board.id, f.column(0), f.ana, "   ")) == Problem::RetroCardTextMissing);
    const auto lost = f.retro.addCard(f.board.id, 999999, f.ana, "Lost");
    REQUIRE(problemOf(lost) == Problem::RetroColumnNotOnBoard);
    CHECK(lost.error().id == 999999);
    const auto tooLong = f.retro.addCard(f.board.id, f.column(0), f.ana, std::string(1001, 'x'));
    REQUIRE(problemOf(tooLong) == Problem::RetroCardTextTooLong);
    CHECK(tooLong.error().count == 1000);
    const auto id = f.card(1, "First", f.ana);
    REQUIRE(f.retro.editCard(f.board.id, id, "First, edited").ok());
    CHECK(f.reload().card(id)->text == "First, edited");
    CHECK(f.reload().card(id)->author == f.ana);
    f.enter(RetroPhase::Vote);
    const auto late = f.retro.addCard(f.board.id, f.column(0), f.ana, "Too late");
    REQUIRE(problemOf(late) == Problem::RetroOutOfPhase);
    CHECK(late.error().count == static_cast<int>(core::RetroEdit::AddCard));
    CHECK(late.error().round == static_cast<int>(RetroPhase::Vote));
    const auto edited = f.retro.editCard(f.board.id, id, "Again");
    REQUIRE(problemOf(edited) == Problem::RetroOutOfPhase);
    CHECK(edited.error().count == static_cast<int>(core::RetroEdit::EditCard));
    CHECK(problemOf(f.retro.removeCard(f.board.id, id)) == Problem::RetroOutOfPhase);
    f.enter(RetroPhase::Group);
    const auto missing = f.retro.editCard(f.board.id, id + 100, "Nowhere");
    REQUIRE(problemOf(missing) == Problem::RetroCardGone);
    CHECK(missing.error().id == id + 100);
    CHECK(problemOf(f.retro.removeCard(f.board.id, id + 100)) == Problem::RetroCardGone);
}

TEST_CASE("Retro storage: cards stay revealed once revealed")
{
    Fixture f;
    auto state = f.reload().state;
    CHECK_FALSE(state.revealed);
    state.revealed = true;
    REQUIRE(f.retro.changeState(f.board.id, state).ok());
    state.revealed = false;
    const auto hidden = f.retro.changeState(f.board.id, state);
    REQUIRE(problemOf(hidden) == Problem::RetroCardsRevealed);
    CHECK(hidden.error().id == f.board.id);
    CHECK(f.reload().state.revealed);
    state.revealed = true;
    state.phaseSeconds[0] = 0;
    CHECK(problemOf(f.retro.changeState(f.board.id, state)) == Problem::RetroTimerTooShort);
}

TEST_CASE("Retro storage: anonymity only grows and erases stored authors")
{
    Fixture f;
    const auto id = f.card(0, "Named card", f.ana);
    auto state = f.reload().state;
    state.anonymity = core::RetroAnonymity::Anonymous;
    REQUIRE(f.retro.changeState(f.board.id, state).ok());
    CHECK_FALSE(f.reload().card(id)->author.has_value());

    const auto anonymous = f.retro.addCard(f.board.id, f.column(0), f.ben, "Written anonymously");
    REQUIRE(anonymous.ok());
    CHECK_FALSE(anonymous.value().author.has_value());
    CHECK_FALSE(f.reload().card(anonymous.value().id)->author.has_value());

    state.anonymity = core::RetroAnonymity::Named;
    CHECK(problemOf(f.retro.changeState(f.board.id, state)) == Problem::RetroAnonymityKept);

    // Undo puts back exactly what was there before the change, nothing more.
    REQUIRE(f.retro.restoreState(f.board.id, state, {{id, f.ana}}).ok());
    CHECK(f.reload().card(id)->author == f.ana);
    CHECK_FALSE(f.reload().card(anonymous.value().id)->author.has_value());
}

TEST_CASE("Retro storage: cards group, join groups and leave them")
{
    Fixture f;
    const auto a = f.card(0, "Listening in pairs");
    const auto b = f.card(0, "Looping back");
    const auto c = f.card(0, "Being heard");
    const auto other = f.card(1, "Elsewhere");
    CHECK(problemOf(f.retro.groupCards(f.board.id, b, a)) == Problem::RetroOutOfPhase);
    f.enter(RetroPhase::Group);
    CHECK(problemOf(f.retro.groupCards(f.board.id, other, a)) == Problem::RetroGroupAcrossColumns);
    CHECK(problemOf(f.retro.groupCards(f.board.id, a, a)) == Problem::RetroGroupSameCard);
    const auto loose = f.retro.ungroupCard(f.board.id, a);
    REQUIRE(problemOf(loose) == Problem::RetroCardNotGrouped);
    CHECK(loose.error().id == a);

    const auto before = f.reload().grouping(f.column(0));
    const auto grouped = f.retro.groupCards(f.board.id, b, a);
    REQUIRE(grouped.ok());
    auto board = f.reload();
    REQUIRE(board.groups.size() == 1);
    const auto group = board.groups[0].id;
    CHECK(board.groups[0].title == "Listening in pairs");
    CHECK(board.card(a)->group == group);
    CHECK(board.card(b)->group == group);
    CHECK(grouped.value().grouping == board.grouping(f.column(0)));

    REQUIRE(f.retro.groupCards(f.board.id, c, b).ok());
    CHECK(f.reload().card(c)->group == group);
    CHECK(problemOf(f.retro.groupCards(f.board.id, c, a)) == Problem::RetroAlreadyGrouped);
    REQUIRE(f.retro.renameGroup(f.board.id, group, "  Deep listening ").ok());
    CHECK(f.reload().group(group)->title == "Deep listening");
    CHECK(problemOf(f.retro.renameGroup(f.board.id, group, " ")) == Problem::RetroGroupUntitled);
    const auto elsewhere = f.retro.renameGroup(f.board.id, group + 100, "Elsewhere");
    REQUIRE(problemOf(elsewhere) == Problem::RetroGroupGone);
    CHECK(elsewhere.error().id == group + 100);

    REQUIRE(f.retro.ungroupCard(f.board.id, c).ok());
    CHECK(f.reload().card(c)->group == 0);
    REQUIRE(f.retro.ungroupCard(f.board.id, b).ok());
    REQUIRE(f.retro.ungroupCard(f.board.id, a).ok());
    CHECK(f.reload().groups.empty());

    REQUIRE(f.retro.restoreGrouping(f.board.id, grouped.value().grouping).ok());
    CHECK(f.reload().grouping(f.column(0)) == grouped.value().grouping);
    REQUIRE(f.retro.restoreGrouping(f.board.id, before).ok());
    CHECK(f.reload().groups.empty());
}

TEST_CASE("Retro storage: votes keep to the limits and go with their card")
{
    Fixture f;
    const auto a = f.card(0, "One");
    const auto b = f.card(2, "Two");
    CHECK(problemOf(f.retro.castVote(f.board.id, f.ana, a)) == Problem::RetroOutOfPhase);
    f.enter(RetroPhase::Vote);
    CHECK(problemOf(f.retro.castVote(f.board.id, 0, a)) == Problem::RetroVoterMissing);
    CHECK(problemOf(f.retro.castVote(f.board.id, f.ana, b + 100)) == Problem::RetroCardGone);
    for (int i = 0; i < 3; ++i)
        REQUIRE(f.retro.castVote(f.board.id, f.ana, a).ok());
    const auto fourth = f.retro.castVote(f.board.id, f.ana, a);
    REQUIRE(problemOf(fourth) == Problem::RetroCardVotesUsedUp);
    CHECK(fourth.error().count == 3);
    REQUIRE(f.retro.castVote(f.board.id, f.ana, b).ok());
    REQUIRE(f.retro.castVote(f.board.id, f.ana, b).ok());
    const auto sixth = f.retro.castVote(f.board.id, f.ana, b);
    REQUIRE(problemOf(sixth) == Problem::RetroVotesUsedUp);
    CHECK(sixth.error().count == 5);
    CHECK(core::RetroRules::votesLeft(f.reload(), f.ana) == 0);
    CHECK(core::RetroRules::votesLeft(f.reload(), f.ben) == 5);

    REQUIRE(f.retro.retractVote(f.board.id, f.ana, a).ok());
    CHECK(core::RetroRules::tally(f.reload(), a) == 2);
    CHECK(problemOf(f.retro.retractVote(f.board.id, f.ben, a)) == Problem::RetroNoVoteToRetract);

    auto state = f.reload().state;
    state.limits = {3, 3};
    CHECK(problemOf(f.retro.changeState(f.board.id, state)) == Problem::RetroLimitsBelowVotesCast);
    state.limits = { 51, 3 };
    const auto many = f.retro.changeState(f.board.id, state);
    REQUIRE(problemOf(many) == Problem::RetroVotesPerPersonOutOfRange);
    CHECK(many.error().count == 50);
    state.limits = { 4, 5 };
    CHECK(problemOf(f.retro.changeState(f.board.id, state)) == Problem::RetroVotesPerCardOutOfRange);
    state.limits = {4, 2};
    CHECK(f.retro.changeState(f.board.id, state).ok());

    // A removed card takes its votes; putting it back brings them back.
    const auto board = f.reload();
    const core::RetroCard removed = *board.card(b);
    f.enter(RetroPhase::Group);
    REQUIRE(f.retro.removeCard(f.board.id, b).ok());
    CHECK(core::RetroRules::tally(f.reload(), b) == 0);
    CHECK(f.reload().votes.size() == 2);
    REQUIRE(f.retro.restoreCard(f.board.id, removed, {{f.ana, b}, {f.ana, b}}).ok());
    CHECK(f.reload().card(b)->text == "Two");
    CHECK(core::RetroRules::tally(f.reload(), b) == 2);
}

TEST_CASE("Retro storage: open actions carry over until they are done")
{
    Fixture f;
    core::RetroAction action;
    action.text = "Warn before rooms close";
    action.owner = f.ben;
    action.dueCall = 1;
    CHECK(problemOf(f.retro.addAction(f.board.id, action)) == Problem::RetroOutOfPhase);
    f.enter(RetroPhase::Actions);
    const auto first = f.retro.addAction(f.board.id, action);
    REQUIRE(first.ok());
    action.text = "Longer mirroring";
    action.dueCall = 0;
    const auto undue = f.retro.addAction(f.board.id, action);
    REQUIRE(problemOf(undue) == Problem::RetroDueCallOutOfRange);
    CHECK(undue.error().count == 99);
    action.dueCall = std::nullopt;
    action.text = "  ";
    CHECK(problemOf(f.retro.addAction(f.board.id, action)) == Problem::RetroActionUndescribed);
    action.text = "Longer mirroring";
    action.dueCall = 3;
    const auto second = f.retro.addAction(f.board.id, action);
    REQUIRE(second.ok());
    CHECK(second.value().position > first.value().position);

    const auto earlier = f.retro.createBoard(f.cohort, 2, core::RetroTemplate::StartStopContinue,
                                             core::retroTemplateColumns(core::RetroTemplate::StartStopContinue));
    REQUIRE(earlier.ok());
    REQUIRE(f.retro.changeState(earlier.value().id, core::RetroRules::enterPhase({}, RetroPhase::Discuss)).ok());
    core::RetroAction old;
    old.text = "Share notes";
    REQUIRE(f.retro.addAction(earlier.value().id, old).ok());

    f.temp.reopen();
    storage::RetroRepository again(f.temp.db());
    auto open = again.openActions(f.cohort).value();
    REQUIRE(open.size() == 3);
    CHECK(open[0].callNumber == 2);
    CHECK(open[0].action.text == "Share notes");
    CHECK(open[1].callNumber == 4);
    CHECK(open[1].action.owner == f.ben);
    CHECK(open[1].action.dueCall == 1);

    // Closing is allowed in any phase, unlike other edits.
    REQUIRE(again.changeState(f.board.id, core::RetroRules::enterPhase(again.board(f.board.id).value().state,
                                                                         RetroPhase::Write))
                .ok());
    core::RetroAction done = first.value();
    done.status = core::RetroActionStatus::Done;
    REQUIRE(again.updateAction(f.board.id, done).ok());
    done.text = "Changed in the write phase";
    const auto changed = again.updateAction(f.board.id, done);
    REQUIRE(problemOf(changed) == Problem::RetroOutOfPhase);
    CHECK(changed.error().count == static_cast<int>(core::RetroEdit::EditActionItem));
    CHECK(changed.error().round == static_cast<int>(RetroPhase::Write));
    done.id += 100;
    const auto vanished = again.updateAction(f.board.id, done);
    REQUIRE(problemOf(vanished) == Problem::RetroActionGone);
    CHECK(vanished.error().id == done.id);
    open = again.openActions(f.cohort).value();
    REQUIRE(open.size() == 2);
    CHECK(open[1].action.text == "Longer mirroring");
}

TEST_CASE("Retro storage: removing and restoring a board keeps every part")
{
    Fixture f;
    f.card(0, "Kept", f.ana);
    f.enter(RetroPhase::Actions);
    core::RetroAction action;
    action.text = "Do it";
    REQUIRE(f.retro.addAction(f.board.id, action).ok());
    const auto before = f.reload();
    REQUIRE(f.retro.removeBoard(f.board.id).ok());
    CHECK(f.retro.boardCalls(f.cohort).value().empty());
    REQUIRE(f.retro.restoreBoard(before).ok());
    CHECK(f.reload() == before);
}

TEST_CASE("Retro storage: the demo cohort has a call-4 board run to its actions")
{
    tests::TempDatabase temp;
    const auto seeded = tests::seedDemoRetroBoard(temp.db());
    INFO((seeded.ok() ? std::string() : models::describe(seeded.error()).toStdString()));
    REQUIRE(seeded.ok());
    const core::RetroBoard *board = &seeded.value();
    storage::RetroRepository retro(temp.db());
    CHECK(board->state.phase == RetroPhase::Actions);
    CHECK(board->state.revealed);
    for (const auto &column : board->columns) {
        CHECK(std::any_of(board->cards.begin(), board->cards.end(),
                          [&column](const core::RetroCard &c) { return c.column == column.id; }));
    }
    CHECK(board->groups.size() == 2);
    CHECK(board->votes.size() >= 20);
    CHECK(board->actions.size() == 3);
    CHECK(retro.openActions(board->cohort).value().size() == 2);
    for (const auto &card : board->cards)
        CHECK(card.author.has_value());
}

TEST_CASE("Retro storage: custom columns can be renamed, template columns cannot")
{
    Fixture f;
    const auto fixed = f.retro.renameColumn(f.board.id, f.column(0), "Joys");
    REQUIRE(problemOf(fixed) == Problem::RetroColumnsFixed);
    CHECK(fixed.error().id == f.board.id);

    const auto parsed = core::customRetroColumns("Mad, Sad, Glad");
    const auto custom = f.retro.createBoard(f.cohort, 2, core::RetroTemplate::Custom,
                                            std::get<std::vector<core::RetroColumnSpec>>(parsed));
    REQUIRE(custom.ok());
    const core::RetroColumnId sad = custom.value().columns.at(1).id;
    REQUIRE(f.retro.renameColumn(custom.value().id, sad, "  Worried  ").ok());
    CHECK(problemOf(f.retro.renameColumn(custom.value().id, sad, "   ")) == Problem::RetroColumnUntitled);
    const auto twice = f.retro.renameColumn(custom.value().id, sad, "glad");
    REQUIRE(problemOf(twice) == Problem::RetroColumnTitleTaken);
    CHECK(twice.error().name == QStringLiteral("Glad"));
    // A column of another board is not this board's to rename.
    const auto elsewhere = f.retro.renameColumn(custom.value().id, f.column(0), "Elsewhere");
    REQUIRE(problemOf(elsewhere) == Problem::RetroColumnGone);
    CHECK(elsewhere.error().id == f.column(0));

    f.temp.reopen();
    storage::RetroRepository again(f.temp.db());
    const auto stored = again.board(custom.value().id).value();
    CHECK(stored.columns.at(0).title == "Mad");
    CHECK(stored.columns.at(1).title == "Worried");
    CHECK(stored.columns.at(2).title == "Glad");
}

TEST_CASE("Retro storage: an action's owner changes after it is added")
{
    Fixture f;
    f.enter(RetroPhase::Actions);
    core::RetroAction action;
    action.text = "Send the reading list earlier";
    action.owner = f.ana;
    auto stored = f.retro.addAction(f.board.id, action).value();
    stored.owner = f.ben;
    REQUIRE(f.retro.updateAction(f.board.id, stored).ok());
    CHECK(f.reload().action(stored.id)->owner == f.ben);
    stored.owner.reset();
    REQUIRE(f.retro.updateAction(f.board.id, stored).ok());
    CHECK_FALSE(f.reload().action(stored.id)->owner.has_value());
}

namespace {

core::CohortId cohortWithHost(storage::RosterRepository &roster, const std::string &name, const std::string &start,
                              std::optional<core::Member> host)
{
    core::Cohort c;
    c.name = name;
    c.startDate = start;
    const auto id = roster.createCohort(c).value();
    if (host) {
        host->role = core::Role::Host;
        REQUIRE(roster.restoreMembers(id, {*host}).ok());
    }
    return id;
}

void leaveOpenAction(storage::RetroRepository &retro, core::CohortId cohort, const std::string &text,
                     std::optional<core::PersonId> owner = std::nullopt)
{
    const auto board = retro.createBoard(cohort, 4, core::RetroTemplate::RosesBudsThornsGems,
                                         core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems));
    REQUIRE(board.ok());
    REQUIRE(retro.changeState(board.value().id, core::RetroRules::enterPhase({}, RetroPhase::Actions)).ok());
    core::RetroAction action;
    action.text = text;
    action.owner = owner;
    REQUIRE(retro.addAction(board.value().id, action).ok());
}

} // namespace

TEST_CASE("Retro storage: a new program is handed the open actions its hosts' earlier cohorts left")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    storage::RetroRepository retro(temp.db());
    core::Member kim;
    kim.person.displayName = "Kim";
    kim.role = core::Role::Host;
    const auto spring = cohortWithHost(roster, "Spring", "2026-03-02", std::nullopt);
    kim = roster.addMembers(spring, {kim}).value().front();
    const auto summer = cohortWithHost(roster, "Summer", "2026-06-01", kim);
    const auto autumn = cohortWithHost(roster, "Autumn", "2026-09-07", kim);
    const auto elsewhere = cohortWithHost(roster, "Elsewhere", "2026-05-04", std::nullopt);
    leaveOpenAction(retro, spring, "Send the reading earlier", kim.person.id);
    leaveOpenAction(retro, summer, "Shorter check-in");
    leaveOpenAction(retro, elsewhere, "Not ours");

    // Autumn shares Kim with Spring and Summer: their actions, newest cohort first.
    auto carried = retro.carriedActions(autumn).value();
    REQUIRE(carried.size() == 2);
    CHECK(carried[0].cohortName == "Summer");
    CHECK(carried[0].action.text == "Shorter check-in");
    CHECK(carried[0].ownerName.empty());
    CHECK(carried[1].cohortName == "Spring");
    CHECK(carried[1].ownerName == "Kim");
    CHECK(carried[1].callNumber == 4);
    CHECK(carried[1].board == retro.findBoard(spring, 4).value().value().id);

    // Summer did not start after Spring, but Autumn did: only Spring is earlier.
    carried = retro.carriedActions(summer).value();
    REQUIRE(carried.size() == 1);
    CHECK(carried[0].cohortName == "Spring");

    // A cohort whose hosts ran nothing else is shown every other cohort's open actions.
    const auto fresh = cohortWithHost(roster, "Fresh", "2026-10-05", std::nullopt);
    carried = retro.carriedActions(fresh).value();
    CHECK(carried.size() == 3);
    CHECK(carried[0].cohortName == "Summer");

    // Done actions are not carried.
    const auto board = retro.findBoard(summer, 4).value().value();
    core::RetroAction done = board.actions.front();
    done.status = core::RetroActionStatus::Done;
    REQUIRE(retro.updateAction(board.id, done).ok());
    carried = retro.carriedActions(autumn).value();
    REQUIRE(carried.size() == 1);
    CHECK(carried[0].cohortName == "Spring");
}
