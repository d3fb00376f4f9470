// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/common/csvreader.h"
#include "core/retro/retrorules.h"
#include "core/retro/retrotemplate.h"
#include "gui/mainwindow.h"
#include "gui/retro/retropage.h"
#include "models/retro/retroboarddocument.h"
#include "models/retro/retroboardmodel.h"
#include "models/retro/retroopenactionsmodel.h"
#include "models/roster/cohortlistmodel.h"
#include "models/workspace.h"
#include "storage/retro/retrorepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/answermessagebox.h"
#include "support/requirechild.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace convener;

namespace {

struct Page
{
    tests::TempDatabase temp;
    models::Workspace workspace{temp.db()};
    gui::RetroPage page{workspace};

    Page()
    {
        core::Cohort c;
        c.name = "Autumn";
        const auto cohort = workspace.roster().createCohort(c).value();
        core::Member ana, ben;
        ana.person.displayName = "Ana";
        ben.person.displayName = "Ben";
        REQUIRE(workspace.roster().addMembers(cohort, {ana, ben}).ok());
        workspace.cohorts()->reload();
        workspace.setCurrentCohort(cohort);
        page.resize(1200, 760);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
    }

    template<typename T>
    T *find(const char *name) const
    {
        return tests::requireChild<T>(page, name);
    }
    void click(const char *name) { QTest::mouseClick(find<QAbstractButton>(name), Qt::LeftButton); }
    const core::RetroBoard &board() const { return workspace.retro()->board(); }
};

} // namespace

TEST_CASE("Retro page: a host writes reveals votes and exports")
{
    Page p;
    auto *stack = p.find<QStackedWidget>("boardStack");
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("noBoardPage"));
    p.click("createBoardButton");
    REQUIRE(stack->currentWidget()->objectName() == QStringLiteral("boardPage"));
    REQUIRE(p.board().columns.size() == 4);
    REQUIRE(p.page.columnView(3));

    // The host types what two participants wrote in the chat.
    auto *text = p.find<QLineEdit>("cardTextEdit");
    auto *author = p.find<QComboBox>("cardAuthorCombo");
    auto *column = p.find<QComboBox>("cardColumnCombo");
    author->setCurrentIndex(author->findText(QStringLiteral("Ana")));
    QTest::keyClicks(text, QStringLiteral("=Listening in pairs, really"));
    QTest::keyClick(text, Qt::Key_Return);
    column->setCurrentIndex(2);
    author->setCurrentIndex(0);
    QTest::keyClicks(text, QStringLiteral("Rooms closed too soon"));
    p.click("addCardButton");
    REQUIRE(p.board().cards.size() == 2);
    CHECK(text->text().isEmpty());
    CHECK(p.board().cards[0].author.has_value());
    CHECK_FALSE(p.board().cards[1].author.has_value());
    QTreeView *roses = p.page.columnView(0);
    REQUIRE(roses->model()->rowCount(roses->rootIndex()) == 1);
    const QModelIndex first = roses->model()->index(0, 0, roses->rootIndex());
    CHECK(first.data().toString() == QStringLiteral("Hidden card"));

    p.click("revealButton");
    CHECK(p.board().state.revealed);
    CHECK(first.model()->index(0, 0, roses->rootIndex()).data().toString().startsWith(QStringLiteral("=Listening")));
    CHECK_FALSE(p.find<QPushButton>("revealButton")->isEnabled());

    // Group, then vote.
    p.click("nextPhaseButton");
    p.click("nextPhaseButton");
    REQUIRE(p.board().state.phase == core::RetroPhase::Vote);
    CHECK(p.find<QToolButton>("phaseVoteButton")->isChecked());
    CHECK(p.find<QToolButton>("phaseVoteButton")->text().startsWith(QStringLiteral("\u25B6")));
    CHECK_FALSE(p.find<QLineEdit>("cardTextEdit")->isEnabled());
    auto *voter = p.find<QComboBox>("voterCombo");
    voter->setCurrentIndex(voter->findText(QStringLiteral("Ben")));
    roses->setFocus();
    roses->setCurrentIndex(roses->model()->index(0, 0, roses->rootIndex()));
    p.click("voteButton");
    QTest::keyClick(roses, Qt::Key_Up, Qt::ControlModifier);
    const auto card = p.board().cards[0].id;
    CHECK(core::RetroRules::tally(p.board(), card) == 2);
    CHECK(p.find<QLabel>("votesLeftLabel")->text().contains(QStringLiteral("3 of 5")));
    // Tallies stay hidden while voting.
    CHECK_FALSE(roses->model()->index(0, 0, roses->rootIndex()).data().toString().contains(QStringLiteral("vote")));

    p.click("nextPhaseButton");
    REQUIRE(p.board().state.phase == core::RetroPhase::Discuss);
    CHECK(roses->model()->index(0, 0, roses->rootIndex()).data().toString().contains(QStringLiteral("2 votes")));
    auto *discuss = p.find<QListView>("discussView");
    REQUIRE(discuss->model()->rowCount() == 2);
    CHECK(discuss->model()->index(0, 0).data().toString().contains(QStringLiteral("Listening")));

    // An action item, then both exports.
    auto *action = p.find<QLineEdit>("actionTextEdit");
    REQUIRE(action->isEnabled());
    QTest::keyClicks(action, QStringLiteral("Warn a minute before rooms close"));
    p.click("addActionButton");
    REQUIRE(p.board().actions.size() == 1);
    CHECK(p.find<QTableView>("openActionsView")->model()->rowCount() == 1);

    const QString md = p.temp.dir() + QStringLiteral("/retro.md");
    const QString csv = p.temp.dir() + QStringLiteral("/retro.csv");
    REQUIRE(p.page.exportTo(md, gui::RetroPage::ExportFormat::Markdown));
    REQUIRE(p.page.exportTo(csv, gui::RetroPage::ExportFormat::Csv));
    const auto others = QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther;
    CHECK((QFile::permissions(csv) & others) == 0);
    QFile mdFile(md);
    REQUIRE(mdFile.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(mdFile.readAll());
    CHECK(markdown.contains(QStringLiteral("# Retro: Autumn, call 4")));
    CHECK(markdown.contains(QStringLiteral("(Ana) - 2 votes")));
    CHECK(markdown.contains(QStringLiteral("- [ ] Warn a minute before rooms close")));
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const auto parsed = core::readCsv(csvFile.readAll().toStdString());
    REQUIRE(std::holds_alternative<core::CsvDocument>(parsed));
    const auto &records = std::get<core::CsvDocument>(parsed).records;
    REQUIRE(records.size() == 4);
    CHECK(records[1].fields[3] == "'=Listening in pairs, really");
    CHECK(records[1].fields[5] == "2");

    // Every step was one command on the shared undo stack.
    auto *undo = p.workspace.undoStack();
    while (undo->canUndo())
        undo->undo();
    CHECK_FALSE(p.workspace.retro()->hasBoard());
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("noBoardPage"));
}

TEST_CASE("Retro page: anonymity cannot be switched off once cards exist")
{
    Page p;
    p.click("createBoardButton");
    auto *anonymous = p.find<QCheckBox>("anonymousCheck");
    REQUIRE(anonymous->isEnabled());
    anonymous->click();
    REQUIRE(p.board().state.anonymity == core::RetroAnonymity::Anonymous);
    CHECK_FALSE(p.find<QComboBox>("cardAuthorCombo")->isEnabled());
    QTest::keyClicks(p.find<QLineEdit>("cardTextEdit"), QStringLiteral("Said quietly"));
    p.click("addCardButton");
    REQUIRE(p.board().cards.size() == 1);
    CHECK_FALSE(p.board().cards[0].author.has_value());
    CHECK(anonymous->isChecked());
    CHECK_FALSE(anonymous->isEnabled());
}

TEST_CASE("Retro page: making a board with cards anonymous asks first, and its undo says what it undoes")
{
    Page p;
    p.click("createBoardButton");
    auto *author = p.find<QComboBox>("cardAuthorCombo");
    author->setCurrentIndex(author->findText(QStringLiteral("Ana")));
    QTest::keyClicks(p.find<QLineEdit>("cardTextEdit"), QStringLiteral("Listening in pairs"));
    p.click("addCardButton");
    REQUIRE(p.board().cards.size() == 1);
    REQUIRE(p.board().cards[0].author.has_value());
    auto *anonymous = p.find<QCheckBox>("anonymousCheck");
    QString asked;
    const auto answer = [&asked](QMessageBox::StandardButton button) { tests::answerNextMessageBox(asked, button); };

    // Cancel: the board stays named, the author stays, the box unticked.
    answer(QMessageBox::Cancel);
    anonymous->click();
    CHECK(asked.contains(QStringLiteral("the card already written")));
    CHECK(p.board().state.anonymity == core::RetroAnonymity::Named);
    CHECK(p.board().cards[0].author.has_value());
    CHECK_FALSE(anonymous->isChecked());

    // Yes: anonymous, the author erased; the undo is named for it and puts the author back.
    answer(QMessageBox::Yes);
    anonymous->click();
    REQUIRE(p.board().state.anonymity == core::RetroAnonymity::Anonymous);
    CHECK_FALSE(p.board().cards[0].author.has_value());
    QUndoStack *undo = p.workspace.undoStack();
    CHECK(undo->undoText() == QStringLiteral("Make the board anonymous"));
    undo->undo();
    CHECK(p.board().state.anonymity == core::RetroAnonymity::Named);
    CHECK(p.board().cards[0].author.has_value());
}

TEST_CASE("Retro page: a vote given to a group's heading counts for the group")
{
    Page p;
    p.click("createBoardButton");
    auto *text = p.find<QLineEdit>("cardTextEdit");
    for (const char *card : { "Listening in pairs", "Being heard" }) {
        QTest::keyClicks(text, QString::fromUtf8(card));
        p.click("addCardButton");
    }
    REQUIRE(p.board().cards.size() == 2);
    p.click("revealButton");
    p.click("nextPhaseButton");
    p.workspace.retro()->groupCards({ p.board().cards[1].id }, p.board().cards[0].id);
    const core::RetroGroupId group = p.board().cards[0].group;
    REQUIRE(group != 0);
    p.click("nextPhaseButton");
    REQUIRE(p.board().state.phase == core::RetroPhase::Vote);

    auto *voter = p.find<QComboBox>("voterCombo");
    voter->setCurrentIndex(voter->findText(QStringLiteral("Ana")));
    QTreeView *roses = p.page.columnView(0);
    const QModelIndex heading = roses->model()->index(0, 0, roses->rootIndex());
    REQUIRE(heading.data(models::RetroBoardModel::KindRole).toInt()
        == static_cast<int>(models::RetroBoardModel::Kind::Group));
    roses->setFocus();
    roses->setCurrentIndex(heading);
    p.click("voteButton");
    p.click("voteButton");
    // Two votes for the group, spread over its cards; taking one back works too.
    const auto groupVotes = [&p, group] {
        int n = 0;
        for (const core::RetroCard &c : p.board().cards) {
            if (c.group == group)
                n += core::RetroRules::tally(p.board(), c.id);
        }
        return n;
    };
    CHECK(groupVotes() == 2);
    CHECK(core::RetroRules::tally(p.board(), p.board().cards[0].id) == 1);
    p.click("retractButton");
    CHECK(groupVotes() == 1);
}

TEST_CASE("Retro page: the demo shows its call-4 board in the main window")
{
    tests::TempDatabase temp;
    models::Workspace workspace(temp.db());
    gui::MainWindow window(workspace, QDate(2026, 11, 22), QStringLiteral("Europe/London"));
    window.show();
    REQUIRE(workspace.openDemo());
    auto *areas = window.findChild<QListWidget *>(QStringLiteral("areaList"));
    REQUIRE(areas);
    REQUIRE_FALSE(areas->findItems(QStringLiteral("Retro"), Qt::MatchExactly).isEmpty());
    auto *page = window.findChild<gui::RetroPage *>();
    REQUIRE(page);
    CHECK(workspace.retro()->callNumber() == 4);
    REQUIRE(page->columnView(0));
    CHECK(page->columnView(0)->model()->rowCount(page->columnView(0)->rootIndex()) == 3);
    auto *open = window.findChild<QTableView *>(QStringLiteral("openActionsView"));
    REQUIRE(open);
    CHECK(open->model()->rowCount() == 2);
}

TEST_CASE("Retro page: New board proposes the nearest call that has no board yet")
{
    tests::TempDatabase temp;
    models::Workspace workspace(temp.db());
    gui::MainWindow window(workspace, QDate(2026, 11, 22), QStringLiteral("Europe/London"));
    window.show();
    REQUIRE(workspace.openDemo());
    auto *page = window.findChild<gui::RetroPage *>();
    REQUIRE(page);
    auto *calls = tests::requireChild<QComboBox>(*page, "callCombo");
    const int newBoard = calls->count() - 1;
    REQUIRE(calls->itemText(newBoard).startsWith(QStringLiteral("New board")));
    // The demo's four calls have a board for call 4 only: call 3 is proposed, not 4.
    calls->setCurrentIndex(newBoard);
    Q_EMIT calls->activated(newBoard);
    auto *spin = tests::requireChild<QSpinBox>(*page, "newCallSpin");
    CHECK(spin->value() == 3);
    CHECK(spin->maximum() == 4);
    CHECK(tests::requireChild<QLabel>(*page, "noBoardLabel")->text().startsWith(QStringLiteral("Call 3 has no")));
}

TEST_CASE("Retro page: the overview also lists what an earlier cohort left open, with that cohort's name")
{
    Page p;
    // Summer's retro left an item open. Autumn's hosts ran no other cohort, so every other cohort's open items show.
    core::Cohort summer;
    summer.name = "Summer";
    const auto cohort = p.workspace.roster().createCohort(summer).value();
    storage::RetroRepository retro(p.temp.db());
    const auto board = retro.createBoard(cohort, 4, core::RetroTemplate::RosesBudsThornsGems,
                                         core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems));
    REQUIRE(board.ok());
    REQUIRE(retro.changeState(board.value().id, core::RetroRules::enterPhase({}, core::RetroPhase::Actions)).ok());
    core::RetroAction action;
    action.text = "Send the reading a week ahead";
    REQUIRE(retro.addAction(board.value().id, action).ok());

    p.click("createBoardButton");
    CHECK(p.find<QGroupBox>("openActionsBox")->isVisible());
    auto *open = p.find<QTableView>("openActionsView")->model();
    REQUIRE(open->rowCount() == 1);
    CHECK(open->index(0, models::RetroOpenActionsModel::TextColumn).data().toString()
          == QStringLiteral("Send the reading a week ahead"));
    CHECK(open->index(0, models::RetroOpenActionsModel::FromColumn).data().toString()
          == QStringLiteral("Earlier cohort Summer, retro of call 4"));
    CHECK(open->index(0, models::RetroOpenActionsModel::OwnerColumn).data().toString() == QStringLiteral("Nobody yet"));
}

TEST_CASE("Retro page: Tab goes from the header to the new-board form, the phase bar, card entry and voting")
{
    Page p;
    QStringList chain;
    for (QWidget *w = p.page.nextInFocusChain(); w != &p.page; w = w->nextInFocusChain())
        chain << w->objectName();
    const QStringList inOrder{QStringLiteral("callCombo"),        QStringLiteral("exportMarkdownButton"),
                              QStringLiteral("exportCsvButton"),  QStringLiteral("openActionsView"),
                              QStringLiteral("newCallSpin"),      QStringLiteral("createBoardButton"),
                              QStringLiteral("phaseWriteButton"), QStringLiteral("perCardSpin"),
                              QStringLiteral("cardTextEdit"),     QStringLiteral("ungroupButton"),
                              QStringLiteral("voterCombo"),       QStringLiteral("retractButton")};
    qsizetype previous = -1;
    for (const QString &name : inOrder) {
        INFO(name.toStdString());
        const qsizetype at = chain.indexOf(name);
        CHECK(at > previous);
        previous = at;
    }
}

TEST_CASE("Retro page: a board created from the keyboard leaves the focus on card entry, not on a board setting")
{
    Page p;
    p.page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&p.page));
    auto *create = p.find<QPushButton>("createBoardButton");
    create->setFocus();
    QTest::keyClick(create, Qt::Key_Space);
    REQUIRE(p.workspace.retro()->hasBoard());
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    INFO(focus->objectName().toStdString());
    CHECK(focus == p.find<QLineEdit>("cardTextEdit"));
    // Space typed next writes a card; it does not tick anonymity or change the phase.
    QTest::keyClick(focus, Qt::Key_Space);
    CHECK(p.board().state.anonymity == core::RetroAnonymity::Named);
    CHECK(p.board().state.phase == core::RetroPhase::Write);
}
