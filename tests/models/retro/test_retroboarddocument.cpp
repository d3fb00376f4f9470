// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/retro/retrorules.h"
#include "models/retro/retroboarddocument.h"
#include "models/retro/retroboardmodel.h"
#include "models/retro/retrorefusal.h"
#include "storage/retro/retrorepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QUndoStack>
#include <string>
#include <vector>

using namespace convener;
using core::RetroPhase;
using models::RetroBoardDocument;
using models::RetroBoardModel;

namespace {

// A cohort with two members and the call-4 board, shown by a document that
// no item model looks at.
struct Board
{
    tests::TempDatabase temp;
    storage::RosterRepository roster { temp.db() };
    storage::RetroRepository retro { temp.db() };
    QUndoStack undo;
    RetroBoardDocument document { retro, &undo };
    QSignalSpy refusals { &document, &RetroBoardDocument::refused };
    QSignalSpy failures { &document, &RetroBoardDocument::storageFailed };
    core::CohortId cohort = 0;
    core::PersonId ana = 0;

    Board()
    {
        core::Cohort c;
        c.name = "Spring";
        cohort = roster.createCohort(c).value();
        core::Member a;
        a.person.displayName = "Ana";
        ana = roster.addMembers(cohort, { a }).value().front().person.id;
        REQUIRE(document.setCohort(cohort));
        document.createBoard(4, core::RetroTemplate::RosesBudsThornsGems,
            core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems));
        REQUIRE(document.hasBoard());
        undo.clear();
    }

    core::RetroColumnId column(int i) const { return document.board().columns.at(static_cast<size_t>(i)).id; }
    core::RetroCardId add(const QString &text)
    {
        document.addCard(column(0), ana, text);
        return document.board().cards.back().id;
    }
    QString lastRefusal() const { return refusals.isEmpty() ? QString() : refusals.last().at(0).toString(); }
};

} // namespace

TEST_CASE("Retro document: edits are stored and undone without any view over the board")
{
    Board b;
    const auto card = b.add(QStringLiteral("Listening in pairs"));
    CHECK(b.undo.undoText() == QStringLiteral("Add a card"));
    CHECK(b.retro.board(b.document.board().id).value().cards.size() == 1);
    b.document.revealCards();
    CHECK(b.undo.undoText() == QStringLiteral("Reveal the cards"));
    b.document.editCard(card, QStringLiteral("Listening in threes"));
    CHECK(b.document.board().card(card)->text == "Listening in threes");
    b.undo.undo();
    b.undo.undo();
    b.undo.undo();
    CHECK(b.document.board().cards.empty());
    CHECK(b.retro.board(b.document.board().id).value().cards.empty());
    CHECK(b.failures.isEmpty());
}

TEST_CASE("Retro document: a refused edit pushes nothing and says why")
{
    Board b;
    const auto card = b.add(QStringLiteral("One"));
    const int pushed = b.undo.count();

    b.document.castVote(b.ana, card);
    CHECK(b.lastRefusal()
        == models::describe(core::RetroRefusal::outOfPhase(core::RetroEdit::CastVote, RetroPhase::Write)));
    b.document.ungroupCard(card);
    CHECK(b.refusals.count() == 2);
    b.document.changePhase(RetroPhase::Group);
    b.document.ungroupCard(card);
    CHECK(b.lastRefusal() == QStringLiteral("That card is not in a group."));
    b.document.renameColumn(b.column(0), QStringLiteral("Joys"));
    CHECK(b.lastRefusal()
        == QStringLiteral("Only a board with custom columns can rename them; this board follows a template."));
    CHECK(b.undo.count() == pushed + 1);
    CHECK(b.failures.isEmpty());
}

TEST_CASE("Retro document: a reload is announced as a pair, then as boardChanged")
{
    Board b;
    std::vector<std::string> heard;
    QObject::connect(&b.document, &RetroBoardDocument::snapshotAboutToChange, &b.document,
        [&](const core::RetroSnapshot &next, bool otherBoard) {
            // The old board is still shown while the next one is announced.
            heard.push_back("about to change: " + std::to_string(b.document.board().cards.size()) + " -> "
                + std::to_string(next.board.cards.size()) + (otherBoard ? ", another board" : ", the same board"));
        });
    QObject::connect(&b.document, &RetroBoardDocument::snapshotChanged, &b.document,
        [&] { heard.push_back("changed: " + std::to_string(b.document.board().cards.size())); });
    QObject::connect(&b.document, &RetroBoardDocument::boardChanged, &b.document, [&] { heard.push_back("board"); });

    b.add(QStringLiteral("One"));
    CHECK(heard == std::vector<std::string> { "about to change: 0 -> 1, the same board", "changed: 1", "board" });

    heard.clear();
    b.document.createBoard(
        1, core::RetroTemplate::StartStopContinue, core::retroTemplateColumns(core::RetroTemplate::StartStopContinue));
    CHECK(heard == std::vector<std::string> { "about to change: 1 -> 0, another board", "changed: 0", "board" });
    CHECK(b.document.callNumber() == 1);
}

TEST_CASE("Retro board model: a change that keeps the tree's shape keeps its indexes")
{
    Board b;
    RetroBoardModel model { &b.document };
    QAbstractItemModelTester tester { &model, QAbstractItemModelTester::FailureReportingMode::Fatal };
    const auto card = b.add(QStringLiteral("One"));
    QSignalSpy resets { &model, &QAbstractItemModel::modelReset };
    QSignalSpy changes { &model, &QAbstractItemModel::dataChanged };
    const QPersistentModelIndex kept = model.cardIndex(card);
    REQUIRE(kept.isValid());
    CHECK(kept.data().toString() == QStringLiteral("Hidden card"));

    b.document.revealCards();
    CHECK(resets.isEmpty());
    CHECK_FALSE(changes.isEmpty());
    REQUIRE(kept.isValid());
    CHECK(kept.data().toString().startsWith(QStringLiteral("One\n")));

    b.add(QStringLiteral("Two"));
    CHECK(resets.count() == 1);
    CHECK(model.rowCount(model.index(0, 0)) == 2);

    // Another board resets even when its tree has the same shape.
    b.document.createBoard(1, core::RetroTemplate::RosesBudsThornsGems,
        core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems));
    resets.clear();
    b.document.createBoard(2, core::RetroTemplate::RosesBudsThornsGems,
        core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems));
    CHECK(resets.count() == 1);
    CHECK(b.failures.isEmpty());
}

TEST_CASE("Retro document: action items are written through it, undoably")
{
    Board b;
    QSignalSpy actionsChanged { &b.document, &RetroBoardDocument::actionsChanged };
    b.document.addAction(QStringLiteral("Warn before rooms close"), b.ana, 1);
    CHECK(b.refusals.count() == 1);
    CHECK(b.document.board().actions.empty());

    b.document.changePhase(RetroPhase::Actions);
    b.document.addAction(QStringLiteral("   "), b.ana, 1);
    CHECK(b.lastRefusal() == QStringLiteral("Describe the action first."));
    b.document.addAction(QStringLiteral("Warn before rooms close"), b.ana, 1);
    REQUIRE(b.document.board().actions.size() == 1);
    CHECK(b.undo.undoText() == QStringLiteral("Add an action item"));
    CHECK_FALSE(actionsChanged.isEmpty());

    core::RetroAction changed = b.document.board().actions.front();
    changed.text = " ";
    b.document.editAction(changed);
    CHECK(b.lastRefusal() == QStringLiteral("An action item needs a description."));
    changed.text = "Warn five minutes before rooms close";
    b.document.editAction(changed);
    CHECK(b.document.board().actions.front().text == "Warn five minutes before rooms close");
    CHECK(b.undo.undoText() == QStringLiteral("Edit an action item"));

    b.document.changeActionStatus(
        b.document.board().id, b.document.board().actions.front(), core::RetroActionStatus::Done);
    CHECK(b.undo.undoText() == QStringLiteral("Mark an action item done"));
    const auto open = b.document.openActions();
    REQUIRE(open);
    CHECK(open->own.empty());
    b.undo.undo();
    REQUIRE(b.document.openActions());
    CHECK(b.document.openActions()->own.size() == 1);

    b.document.removeAction(b.document.board().actions.front().id);
    CHECK(b.document.board().actions.empty());
    CHECK(b.undo.undoText() == QStringLiteral("Remove an action item"));
    b.undo.undo();
    CHECK(b.document.board().actions.size() == 1);
    CHECK(b.failures.isEmpty());
}

TEST_CASE("Retro document: a new board is proposed for the nearest call without one")
{
    Board b;
    const auto create = [&b](int call) {
        b.document.createBoard(call, core::RetroTemplate::StartStopContinue,
            core::retroTemplateColumns(core::RetroTemplate::StartStopContinue));
    };
    // Call 4 of four has a board: the nearest before it without one.
    REQUIRE(b.document.callNumber() == 4);
    CHECK(b.document.proposedNewBoardCall(4) == 3);
    // Shown call 1 with a board: the next after it without one.
    create(1);
    REQUIRE(b.document.callNumber() == 1);
    CHECK(b.document.proposedNewBoardCall(4) == 2);
    create(2);
    create(3);
    // Every call has a board: the call shown (creating one is then refused as existing).
    REQUIRE(b.document.callNumber() == 3);
    CHECK(b.document.proposedNewBoardCall(4) == 3);
    // A call shown without a board is the one proposed.
    REQUIRE(b.document.showCall(6));
    CHECK(b.document.proposedNewBoardCall(8) == 6);
}
