// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/retro/retrorules.h"
#include "models/retro/retroactionsmodel.h"
#include "models/retro/retroboarddocument.h"
#include "models/retro/retroboardmodel.h"
#include "models/retro/retrodiscussmodel.h"
#include "models/retro/retroopenactionsmodel.h"
#include "storage/retro/retrorepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <memory>
#include <QAbstractItemModelTester>
#include <QFont>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>
#include <variant>

using namespace convener;
using core::RetroPhase;
using models::RetroBoardDocument;
using models::RetroBoardModel;

namespace {

struct Fixture
{
    tests::TempDatabase temp;
    storage::RosterRepository roster{temp.db()};
    storage::RetroRepository retro{temp.db()};
    QUndoStack undo;
    RetroBoardDocument document { retro, &undo };
    RetroBoardModel model { &document };
    models::RetroActionsModel actions { &document };
    models::RetroDiscussModel discuss { &document };
    models::RetroOpenActionsModel open { &document };
    QAbstractItemModelTester boardTester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester actionsTester{&actions, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester discussTester{&discuss, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester openTester{&open, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QSignalSpy refusals { &document, &RetroBoardDocument::refused };
    QSignalSpy failures { &document, &RetroBoardDocument::storageFailed };
    core::CohortId cohort = 0;
    core::PersonId ana = 0;
    core::PersonId ben = 0;

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
        REQUIRE(document.setCohort(cohort));
        CHECK_FALSE(document.hasBoard());
        CHECK(document.callNumber() == 4);
        document.createBoard(4, core::RetroTemplate::RosesBudsThornsGems,
            core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems));
        REQUIRE(document.hasBoard());
        undo.clear();
    }

    core::RetroColumnId column(int i) const { return document.board().columns.at(static_cast<size_t>(i)).id; }
    core::RetroCardId lastCard() const { return document.board().cards.back().id; }
    core::RetroCardId add(int column, const QString &text, std::optional<core::PersonId> author = std::nullopt)
    {
        document.addCard(this->column(column), author, text);
        return lastCard();
    }
    QString shown(core::RetroCardId card) const { return model.cardIndex(card).data().toString(); }
    // What the owner button of the actions panel does with the chosen person.
    void setOwner(int row, std::optional<core::PersonId> owner)
    {
        core::RetroAction changed = actions.action(row);
        changed.owner = owner;
        document.editAction(changed);
    }
    int storedCards() { return static_cast<int>(retro.board(document.board().id).value().cards.size()); }
};

} // namespace

TEST_CASE("Retro models: a created board shows its columns and creating is undoable")
{
    Fixture f;
    REQUIRE(f.model.rowCount() == 4);
    CHECK(f.model.index(0, 0).data().toString() == QStringLiteral("Roses"));
    CHECK_FALSE(f.model.index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
    f.document.createBoard(2, core::RetroTemplate::Custom, { { "Mad", "" }, { "Glad", "" } });
    CHECK(f.document.callNumber() == 2);
    CHECK(f.model.rowCount() == 2);
    f.undo.undo();
    CHECK_FALSE(f.document.hasBoard());
    CHECK(f.retro.boardCalls(f.cohort).value() == std::vector<int>{4});
    f.undo.redo();
    CHECK(f.model.rowCount() == 2);
    CHECK(f.retro.boardCalls(f.cohort).value() == std::vector<int>{2, 4});
}

TEST_CASE("Retro models: cards are hidden until the host reveals them")
{
    Fixture f;
    const auto card = f.add(0, QStringLiteral("Listening in pairs"), f.ana);
    CHECK(f.shown(card) == QStringLiteral("Hidden card"));
    CHECK(f.model.cardIndex(card).data(RetroBoardModel::TextRole).toString() == QStringLiteral("Listening in pairs"));
    CHECK_FALSE(f.model.cardIndex(card).flags().testFlag(Qt::ItemIsEditable));
    f.document.revealCards();
    CHECK(f.shown(card).startsWith(QStringLiteral("Listening in pairs\n")));
    CHECK(f.shown(card).contains(QStringLiteral("Ana")));
    CHECK_FALSE(f.shown(card).contains(QStringLiteral("vote")));
    f.undo.undo();
    CHECK(f.shown(card) == QStringLiteral("Hidden card"));
    CHECK_FALSE(f.retro.board(f.document.board().id).value().state.revealed);
    f.undo.redo();
    CHECK(f.document.board().state.revealed);
}

TEST_CASE("Retro models: adding editing and removing cards undo and redo")
{
    Fixture f;
    const auto card = f.add(1, QStringLiteral("Offer invitations"), f.ben);
    CHECK(f.storedCards() == 1);
    CHECK(f.model.rowCount(f.model.index(1, 0)) == 1);
    f.undo.undo();
    CHECK(f.storedCards() == 0);
    CHECK(f.model.rowCount(f.model.index(1, 0)) == 0);
    f.undo.redo();
    CHECK(f.storedCards() == 1);
    CHECK(f.document.board().card(card)->author == f.ben);

    f.document.revealCards();
    REQUIRE(f.model.setData(f.model.cardIndex(card), QStringLiteral("Offer more invitations")));
    CHECK(f.document.board().card(card)->text == "Offer more invitations");
    f.undo.undo();
    CHECK(f.document.board().card(card)->text == "Offer invitations");
    f.undo.redo();

    f.document.removeCard(card);
    CHECK(f.storedCards() == 0);
    f.undo.undo();
    CHECK(f.document.board().card(card)->text == "Offer more invitations");

    f.document.addCard(f.column(0), f.ana, QStringLiteral("   "));
    CHECK(f.refusals.count() == 1);
    CHECK(f.failures.isEmpty());
}

TEST_CASE("Retro models: dropping a card onto another groups them and undo splits them")
{
    Fixture f;
    const auto a = f.add(0, QStringLiteral("Listening"));
    const auto b = f.add(0, QStringLiteral("Looping back"));
    const auto c = f.add(0, QStringLiteral("Being heard"));
    f.document.changePhase(RetroPhase::Group);
    const QModelIndex roses = f.model.index(0, 0);
    REQUIRE(f.model.rowCount(roses) == 3);

    std::unique_ptr<QMimeData> mime(f.model.mimeData({f.model.cardIndex(b)}));
    REQUIRE(mime);
    CHECK_FALSE(f.model.canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, roses));
    REQUIRE(f.model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, f.model.cardIndex(a)));
    REQUIRE(f.model.rowCount(roses) == 2);
    const QModelIndex group = f.model.index(0, 0, roses);
    CHECK(group.data(RetroBoardModel::KindRole).toInt() == static_cast<int>(RetroBoardModel::Kind::Group));
    CHECK(f.model.rowCount(group) == 2);
    CHECK(group.data(RetroBoardModel::TextRole).toString() == QStringLiteral("Listening"));

    REQUIRE(f.model.setData(group, QStringLiteral("Deep listening")));
    CHECK(f.model.index(0, 0, roses).data(RetroBoardModel::TextRole).toString() == QStringLiteral("Deep listening"));
    f.document.groupCards({ c }, b);
    CHECK(f.model.rowCount(f.model.index(0, 0, roses)) == 3);
    f.document.ungroupCard(a);
    CHECK(f.document.board().card(a)->group == 0);

    f.undo.undo();   // ungroup
    f.undo.undo();   // c joins
    f.undo.undo();   // rename
    CHECK(f.model.index(0, 0, roses).data(RetroBoardModel::TextRole).toString() == QStringLiteral("Listening"));
    f.undo.undo();   // group
    CHECK(f.model.rowCount(roses) == 3);
    CHECK(f.retro.board(f.document.board().id).value().groups.empty());
    f.undo.redo();
    f.undo.redo();
    CHECK(f.document.board().groups.size() == 1);
    CHECK(f.document.board().groups.front().title == "Deep listening");
}

TEST_CASE("Retro models: votes keep to limits and tallies show after voting closes")
{
    Fixture f;
    const auto a = f.add(0, QStringLiteral("One"));
    const auto b = f.add(2, QStringLiteral("Two"));
    f.document.castVote(f.ana, a);
    CHECK(f.refusals.count() == 1);
    f.document.changePhase(RetroPhase::Vote);
    for (int i = 0; i < 4; ++i)
        f.document.castVote(f.ana, a);
    CHECK(f.refusals.count() == 2);
    CHECK(core::RetroRules::votesOnCard(f.document.board(), f.ana, a) == 3);
    f.document.castVote(f.ben, b);
    f.document.retractVote(f.ana, a);
    CHECK(core::RetroRules::tally(f.document.board(), a) == 2);
    CHECK(f.model.cardIndex(a).data(RetroBoardModel::VotesRole).isNull());
    CHECK(f.discuss.rowCount() == 0);
    f.undo.undo();
    CHECK(core::RetroRules::tally(f.document.board(), a) == 3);
    f.undo.undo();
    CHECK(core::RetroRules::tally(f.document.board(), b) == 0);
    f.undo.redo();

    f.document.changePhase(RetroPhase::Discuss);
    CHECK(f.model.cardIndex(a).data(RetroBoardModel::VotesRole).toInt() == 3);
    CHECK(f.shown(a).contains(QStringLiteral("3 vote")));
    REQUIRE(f.discuss.rowCount() == 2);
    CHECK(f.discuss.index(0, 0).data(models::RetroDiscussModel::CardIdRole).toLongLong() == a);
    CHECK(f.discuss.index(0, 0).data().toString().contains(QStringLiteral("One")));
    f.undo.undo();
    CHECK(f.discuss.rowCount() == 0);
}

TEST_CASE("Retro models: anonymity grows and its undo restores only earlier authors")
{
    Fixture f;
    const auto named = f.add(0, QStringLiteral("Named"), f.ana);
    auto state = f.document.board().state;
    state.anonymity = core::RetroAnonymity::Anonymous;
    f.document.changeSettings(state);
    CHECK_FALSE(f.document.board().card(named)->author.has_value());
    const auto hidden = f.add(0, QStringLiteral("Secret"), f.ben);
    CHECK_FALSE(f.document.board().card(hidden)->author.has_value());

    state.anonymity = core::RetroAnonymity::Named;
    f.document.changeSettings(state);
    CHECK(f.refusals.count() == 1);
    CHECK(f.document.board().state.anonymity == core::RetroAnonymity::Anonymous);

    f.undo.undo();   // the anonymous card
    f.undo.undo();   // the settings
    CHECK(f.document.board().card(named)->author == f.ana);
    f.undo.redo();
    f.undo.redo();
    CHECK_FALSE(f.document.board().card(hidden)->author.has_value());
    CHECK_FALSE(f.document.board().card(named)->author.has_value());
}

TEST_CASE("Retro models: vote limits change through the settings")
{
    Fixture f;
    auto state = f.document.board().state;
    state.limits = {3, 1};
    state.phaseSeconds[static_cast<size_t>(RetroPhase::Write)] = 420;
    f.document.changeSettings(state);
    CHECK(f.document.board().state.limits == core::RetroVoteLimits { 3, 1 });
    CHECK(f.retro.board(f.document.board().id).value().state.phaseSeconds[0] == 420);
    f.undo.undo();
    CHECK(f.document.board().state.limits == core::RetroVoteLimits {});
    state.limits = {2, 3};
    f.document.changeSettings(state);
    CHECK(f.refusals.count() == 1);
}

TEST_CASE("Retro models: action items are added edited closed and carried over")
{
    Fixture f;
    f.document.addAction(QStringLiteral("Warn before rooms close"), f.ben, 1);
    CHECK(f.refusals.count() == 1);
    f.document.changePhase(RetroPhase::Actions);
    f.document.addAction(QStringLiteral("Warn before rooms close"), f.ben, 1);
    f.document.addAction(QStringLiteral("Longer mirroring"), std::nullopt, std::nullopt);
    REQUIRE(f.actions.rowCount() == 2);
    CHECK(f.actions.index(0, models::RetroActionsModel::OwnerColumn).data().toString() == QStringLiteral("Ben"));
    CHECK(f.actions.index(0, models::RetroActionsModel::DueColumn).data().toString() == QStringLiteral("Call 1"));
    CHECK(f.open.rowCount() == 2);

    REQUIRE(f.actions.setData(f.actions.index(1, models::RetroActionsModel::TextColumn), QStringLiteral("Mirroring: 15 minutes")));
    REQUIRE(f.actions.setData(f.actions.index(1, models::RetroActionsModel::DueColumn), 3));
    CHECK(f.actions.index(1, models::RetroActionsModel::TextColumn).data().toString() == QStringLiteral("Mirroring: 15 minutes"));
    CHECK(f.actions.action(1).dueCall == 3);
    REQUIRE(f.actions.setData(f.actions.index(0, models::RetroActionsModel::DoneColumn), Qt::Checked, Qt::CheckStateRole));
    CHECK(f.actions.action(0).status == core::RetroActionStatus::Done);
    REQUIRE(f.open.rowCount() == 1);
    CHECK(f.open.index(0, 0).data().toString() == QStringLiteral("Mirroring: 15 minutes"));
    CHECK(f.open.index(0, models::RetroOpenActionsModel::FromColumn).data().toString().contains(QStringLiteral("4")));

    f.undo.undo();
    CHECK(f.open.rowCount() == 2);
    f.undo.redo();

    // Closing a carried-over action from the open list, while another board is on screen.
    f.document.createBoard(
        1, core::RetroTemplate::StartStopContinue, core::retroTemplateColumns(core::RetroTemplate::StartStopContinue));
    REQUIRE(f.document.callNumber() == 1);
    CHECK(f.actions.rowCount() == 0);
    REQUIRE(f.open.rowCount() == 1);
    REQUIRE(f.open.setData(f.open.index(0, 0), Qt::Checked, Qt::CheckStateRole));
    CHECK(f.open.rowCount() == 0);
    CHECK(f.document.callNumber() == 1);
    f.undo.undo();
    CHECK(f.open.rowCount() == 1);

    f.document.showCall(4);
    f.document.removeAction(f.actions.action(1).id);
    CHECK(f.actions.rowCount() == 1);
    f.undo.undo();
    CHECK(f.actions.rowCount() == 2);
    CHECK(f.failures.isEmpty());
}

TEST_CASE("Retro models: undoing a change made on another board shows that board")
{
    Fixture f;
    f.add(0, QStringLiteral("On call 4"));
    f.document.createBoard(1, core::RetroTemplate::RosesBudsThornsGems,
        core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems));
    f.document.showCall(4);
    f.undo.undo();   // the call-1 board goes
    f.undo.undo();   // the card on call 4
    CHECK(f.document.callNumber() == 4);
    CHECK(f.document.board().cards.empty());
}

TEST_CASE("Retro models: an action's owner changes after it is added, undoably")
{
    Fixture f;
    f.document.changePhase(RetroPhase::Actions);
    f.document.addAction(QStringLiteral("Warn before rooms close"), f.ben, 1);
    REQUIRE(f.actions.rowCount() == 1);
    const auto owner = [&f] { return f.actions.index(0, models::RetroActionsModel::OwnerColumn).data().toString(); };
    CHECK(owner() == QStringLiteral("Ben"));

    f.setOwner(0, f.ana);
    CHECK(owner() == QStringLiteral("Ana"));
    CHECK(f.retro.board(f.document.board().id).value().actions.front().owner == f.ana);
    CHECK(f.undo.undoText() == QStringLiteral("Edit an action item"));
    f.setOwner(0, std::nullopt);
    CHECK(owner() == QStringLiteral("Nobody yet"));
    f.undo.undo();
    CHECK(owner() == QStringLiteral("Ana"));
    f.undo.undo();
    CHECK(owner() == QStringLiteral("Ben"));
    f.undo.redo();
    CHECK(owner() == QStringLiteral("Ana"));

    // Out of the phases where actions are edited, the owner stays.
    f.document.changePhase(RetroPhase::Write);
    f.setOwner(0, f.ben);
    CHECK(owner() == QStringLiteral("Ana"));
    CHECK_FALSE(f.refusals.isEmpty());
    CHECK(f.failures.isEmpty());
}

TEST_CASE("Retro models: custom columns are renamed in place, undoably and stored")
{
    Fixture f;
    CHECK_FALSE(f.model.flags(f.model.index(0, 0)).testFlag(Qt::ItemIsEditable));
    f.model.setData(f.model.index(0, 0), QStringLiteral("Joys"));
    CHECK(f.refusals.count() == 1);
    CHECK(f.model.index(0, 0).data().toString() == QStringLiteral("Roses"));

    const auto parsed = core::customRetroColumns("Mad, Sad, Glad");
    f.document.createBoard(2, core::RetroTemplate::Custom, std::get<std::vector<core::RetroColumnSpec>>(parsed));
    REQUIRE(f.document.callNumber() == 2);
    const QModelIndex sad = f.model.index(1, 0);
    REQUIRE(f.model.flags(sad).testFlag(Qt::ItemIsEditable));
    CHECK(sad.data(Qt::EditRole).toString() == QStringLiteral("Sad"));
    const int refusalsBefore = static_cast<int>(f.refusals.count());
    REQUIRE(f.model.setData(sad, QStringLiteral(" Worried ")));
    CHECK(f.model.index(1, 0).data().toString() == QStringLiteral("Worried"));
    CHECK(f.undo.undoText() == QStringLiteral("Rename a column"));
    CHECK(f.retro.board(f.document.board().id).value().columns.at(1).title == "Worried");

    f.model.setData(f.model.index(1, 0), QStringLiteral("GLAD"));
    CHECK(f.refusals.count() == refusalsBefore + 1);
    f.model.setData(f.model.index(1, 0), QString());
    CHECK(f.refusals.count() == refusalsBefore + 2);
    CHECK(f.model.index(1, 0).data().toString() == QStringLiteral("Worried"));

    f.undo.undo();
    CHECK(f.model.index(1, 0).data().toString() == QStringLiteral("Sad"));
    CHECK(f.retro.board(f.document.board().id).value().columns.at(1).title == "Sad");
    f.undo.redo();
    CHECK(f.model.index(1, 0).data().toString() == QStringLiteral("Worried"));
    CHECK(f.failures.isEmpty());
}

TEST_CASE("Retro models: the open list adds what the hosts' earlier cohorts left open, named by cohort")
{
    Fixture f;
    // Kim hosts this cohort (Spring) and hosted Winter before it.
    core::Member kim;
    kim.person.displayName = "Kim";
    kim.role = core::Role::Host;
    kim = f.roster.addMembers(f.cohort, {kim}).value().front();
    core::Cohort winterCohort;
    winterCohort.name = "Winter";
    winterCohort.startDate = "2026-01-05";
    const auto winter = f.roster.createCohort(winterCohort).value();
    REQUIRE(f.roster.restoreMembers(winter, {kim}).ok());
    core::Cohort elsewhereCohort;
    elsewhereCohort.name = "Elsewhere";
    const auto elsewhere = f.roster.createCohort(elsewhereCohort).value();
    const auto leaveOpen = [&f](core::CohortId cohort, const std::string &text, std::optional<core::PersonId> owner) {
        const auto board = f.retro.createBoard(cohort, 4, core::RetroTemplate::RosesBudsThornsGems,
                                               core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems));
        REQUIRE(board.ok());
        REQUIRE(f.retro.changeState(board.value().id, core::RetroRules::enterPhase({}, RetroPhase::Actions)).ok());
        core::RetroAction action;
        action.text = text;
        action.owner = owner;
        REQUIRE(f.retro.addAction(board.value().id, action).ok());
        return board.value().id;
    };
    const auto winterBoard = leaveOpen(winter, "Send the reading earlier", kim.person.id);
    leaveOpen(elsewhere, "Not from these hosts", std::nullopt);

    f.document.changePhase(RetroPhase::Actions);
    f.document.addAction(QStringLiteral("Warn before rooms close"), f.ben, 1);

    // This cohort's own items first, then the carried one, which says where it comes from.
    REQUIRE(f.open.rowCount() == 2);
    CHECK_FALSE(f.open.isCarried(0));
    CHECK(f.open.index(0, models::RetroOpenActionsModel::FromColumn).data().toString() == QStringLiteral("Retro of call 4"));
    REQUIRE(f.open.isCarried(1));
    CHECK(f.open.index(1, models::RetroOpenActionsModel::TextColumn).data().toString()
          == QStringLiteral("Send the reading earlier"));
    CHECK(f.open.index(1, models::RetroOpenActionsModel::FromColumn).data().toString()
          == QStringLiteral("Earlier cohort Winter, retro of call 4"));
    CHECK(f.open.index(1, models::RetroOpenActionsModel::OwnerColumn).data().toString() == QStringLiteral("Kim"));
    CHECK(f.open.index(1, models::RetroOpenActionsModel::TextColumn).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("Winter")));
    CHECK(f.open.index(1, models::RetroOpenActionsModel::DueColumn).data(Qt::FontRole).value<QFont>().italic());
    CHECK_FALSE(f.open.index(0, models::RetroOpenActionsModel::DueColumn).data(Qt::FontRole).isValid());

    // Ticking it off closes it on Winter's board, undoably, and leaves this board on screen.
    REQUIRE(f.open.setData(f.open.index(1, models::RetroOpenActionsModel::TextColumn), Qt::Checked, Qt::CheckStateRole));
    CHECK(f.open.rowCount() == 1);
    CHECK(f.retro.board(winterBoard).value().actions.front().status == core::RetroActionStatus::Done);
    CHECK(f.document.cohort() == f.cohort);
    CHECK(f.document.callNumber() == 4);
    f.undo.undo();
    REQUIRE(f.open.rowCount() == 2);
    CHECK(f.retro.board(winterBoard).value().actions.front().status == core::RetroActionStatus::Open);
    CHECK(f.failures.isEmpty());
}
