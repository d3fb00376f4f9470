// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/mainwindow.h"
#include "gui/program/durationedit.h"
#include "gui/program/programpage.h"
#include "gui/program/stepeditor.h"
#include "models/program/callstepsmodel.h"
#include "models/roster/cohortlistmodel.h"
#include "models/workspace.h"
#include "programpagefixture.h"
#include "storage/program/programrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

using namespace convener;

namespace {

using Page = tests::ProgramPageFixture;

} // namespace

TEST_CASE("Program page: a host builds a call from the library, reorders it, times it and undoes")
{
    Page p;
    auto *stack = p.find<QStackedWidget>("programStack");
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("editorPage"));
    auto *table = p.find<QTableView>("stepTable");
    CHECK(table->model()->rowCount() == 0);

    p.insert(QStringLiteral("check-in"));
    p.insert(QStringLiteral("troika"));
    p.insert(QStringLiteral("silent journaling"));
    REQUIRE(p.titles() == std::vector<std::string>{"Check-in round", "Troika Consulting", "Silent journaling"});
    CHECK(p.page->currentRow() == 2);
    CHECK(table->model()->index(0, models::CallStepsModel::StartColumn).data().toString() == QStringLiteral("19:00"));

    // Journaling goes first, by keyboard.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);
    REQUIRE(p.titles() == std::vector<std::string>{"Silent journaling", "Check-in round", "Troika Consulting"});
    CHECK(p.page->currentRow() == 0);

    // Ten minutes of journaling instead of five, typed in the form.
    auto *duration = p.find<gui::DurationEdit>("durationEdit");
    duration->setSeconds(600);
    CHECK(p.stored().steps[0].duration == core::Seconds(600));
    CHECK(table->model()->index(1, models::CallStepsModel::StartColumn).data().toString() == QStringLiteral("19:10"));

    // Who leads, and a note typed then left.
    auto *lead = p.find<QComboBox>("leadCombo");
    CHECK(lead->findText(QStringLiteral("Rosa")) >= 0);
    lead->setCurrentIndex(lead->findText(QStringLiteral("Rosa")));
    Q_EMIT lead->activated(lead->currentIndex());
    CHECK(p.stored().steps[0].leadHost == "Rosa");
    auto *notes = p.find<QPlainTextEdit>("notesEdit");
    notes->setFocus();
    notes->selectAll();
    QTest::keyClicks(notes, QStringLiteral("Keep it quiet."));
    table->setFocus();
    CHECK(p.stored().steps[0].facilitatorNotes == "Keep it quiet.");

    // Duplicate and remove by keyboard.
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    CHECK(p.stored().steps.size() == 4);
    CHECK(p.stored().steps[1].title == "Silent journaling");
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(p.stored().steps.size() == 3);

    auto *history = p.page->findChild<QUndoView *>(QStringLiteral("historyView"));
    REQUIRE(history);
    CHECK(history->model()->rowCount() == p.workspace.undoStack()->count() + 1);

    // Undo back to before the duration changed: the database follows.
    QUndoStack *undo = p.workspace.undoStack();
    for (int i = 0; i < 5; ++i)
        undo->undo();
    CHECK(p.stored().steps[0].duration == core::Seconds(300));
    CHECK(p.stored().steps[0].leadHost.empty());
    CHECK(p.titles() == std::vector<std::string>{"Silent journaling", "Check-in round", "Troika Consulting"});
    undo->undo();
    undo->undo();
    CHECK(p.titles() == std::vector<std::string>{"Check-in round", "Troika Consulting", "Silent journaling"});
    CHECK(table->model()->rowCount() == 3);
}

TEST_CASE("Program page: a host changes how a step rotates and its cues in the form")
{
    Page p;
    p.insert(QStringLiteral("troika"));
    p.insert(QStringLiteral("silent journaling"));
    REQUIRE(p.titles() == std::vector<std::string>{"Troika Consulting", "Silent journaling"});
    p.page->selectRow(0);
    REQUIRE(p.page->currentRow() == 0);
    auto *table = p.find<QTableView>("stepTable");
    const auto start = [table] {
        return table->model()->index(1, models::CallStepsModel::StartColumn).data().toString();
    };
    // Three turns of 12 minutes, one per member of the trio.
    CHECK(start() == QStringLiteral("19:36"));

    // Per member becomes a fixed number of turns, chosen by keyboard.
    auto *kind = p.find<QComboBox>("rotationKindCombo");
    CHECK(kind->currentData().toString() == QStringLiteral("per_member"));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    CHECK(p.stored().steps[0].rotation.kind == core::RotationKind::Fixed);
    auto *count = p.find<QSpinBox>("rotationCountSpin");
    CHECK(count->isEnabled());
    count->setValue(2);
    CHECK(p.stored().steps[0].rotation.count == 2);
    CHECK(start() == QStringLiteral("19:24"));
    CHECK(p.find<QLabel>("phasedLengthLabel")->text().contains(QStringLiteral("2")));

    // A minute to change rooms between the turns.
    p.find<gui::DurationEdit>("changeoverEdit")->setSeconds(60);
    CHECK(p.stored().steps[0].rotation.changeover == core::Seconds(60));
    CHECK(start() == QStringLiteral("19:25"));

    // A role that passes round but is not held by one person at a time is
    // flagged next to the step.
    auto *role = p.find<QComboBox>("rotationRoleCombo");
    REQUIRE(role->findData(QStringLiteral("consultant")) >= 0);
    role->setCurrentIndex(role->findData(QStringLiteral("consultant")));
    Q_EMIT role->activated(role->currentIndex());
    REQUIRE(p.stored().steps[0].rotation.role == "consultant");
    REQUIRE(kind->findData(QStringLiteral("per_member")) >= 0);
    kind->setCurrentIndex(kind->findData(QStringLiteral("per_member")));
    Q_EMIT kind->activated(kind->currentIndex());
    CHECK(p.find<QLabel>("stepProblemsLabel")->text().contains(QStringLiteral("one person at a time")));

    // A cue for the whole step, typed and added, then its text edited in the table.
    auto *cues = p.find<QTableWidget>("cuesTable");
    const int cueRows = cues->rowCount();
    auto *text = p.find<QLineEdit>("cueTextEdit");
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Back to the main room"));
    QTest::mouseClick(p.find<QPushButton>("addCueButton"), Qt::LeftButton);
    REQUIRE(cues->rowCount() == cueRows + 1);
    CHECK(p.stored().steps[0].cues.back().text == "Back to the main room");
    CHECK(text->text().isEmpty());
    const int added = [cues] {
        for (int r = 0; r < cues->rowCount(); ++r) {
            if (cues->item(r, 2)->text() == QStringLiteral("Back to the main room"))
                return r;
        }
        return -1;
    }();
    REQUIRE(added >= 0);
    cues->item(added, 2)->setText(QStringLiteral("Everyone back to the main room"));
    CHECK(p.stored().steps[0].cues.back().text == "Everyone back to the main room");
    cues->selectRow(added);
    QTest::mouseClick(p.find<QPushButton>("removeCueButton"), Qt::LeftButton);
    CHECK(cues->rowCount() == cueRows);
    CHECK(p.stored().steps[0].cues.empty());

    // Undo takes the form back with the database, one edit at a time.
    QUndoStack *undo = p.workspace.undoStack();
    for (int i = 0; i < 8; ++i)
        undo->undo();
    CHECK(p.stored().steps[0].rotation.kind == core::RotationKind::PerMember);
    CHECK(p.stored().steps[0].rotation.changeover == core::Seconds(0));
    CHECK(kind->currentData().toString() == QStringLiteral("per_member"));
    CHECK_FALSE(count->isEnabled());
    CHECK(start() == QStringLiteral("19:36"));
}

TEST_CASE("Program page: the fit bar says how much the call runs over and what could give")
{
    Page p;
    auto *fit = p.find<QLabel>("fitLabel");
    auto *bar = p.find<QProgressBar>("fitBar");
    p.insert(QStringLiteral("check-in"));
    CHECK(fit->text().startsWith(QStringLiteral("Fits")));
    CHECK(bar->text().contains(QStringLiteral("to spare")));
    CHECK(bar->styleSheet().contains(QStringLiteral("#a5d6a7")));
    p.insert(QStringLiteral("case clinic 70"));
    p.insert(QStringLiteral("troika"));
    CHECK(fit->text().contains(QStringLiteral("Over by")));
    CHECK(fit->text().contains(QStringLiteral("Case Clinic")));
    CHECK(bar->text().contains(QStringLiteral("of 90 min")));
    // Over the call's length: the bar says by how much, in words and not only in red or orange.
    CHECK(bar->text().contains(QStringLiteral("over")));
    CHECK_FALSE(bar->styleSheet().contains(QStringLiteral("#a5d6a7")));

    // A phase's length typed into the form's table; a word is refused with a reason.
    p.page->selectRow(2);
    auto *phases = p.find<QTableWidget>("phasesTable");
    REQUIRE(phases->rowCount() > 0);
    phases->item(0, 1)->setText(QStringLiteral("5:30"));
    CHECK(p.stored().steps[2].phases[0].duration == core::Seconds(330));
    CHECK(phases->item(0, 1)->text() == QStringLiteral("5:30"));
    phases->item(0, 1)->setText(QStringLiteral("soon"));
    CHECK(p.stored().steps[2].phases[0].duration == core::Seconds(330));
    CHECK(phases->item(0, 1)->text() == QStringLiteral("5:30"));
    CHECK(p.find<QLabel>("stepProblemsLabel")->text().contains(QStringLiteral("soon")));
}

TEST_CASE("Program page: a call saved as a file opens back, and a broken file explains itself")
{
    Page p;
    p.insert(QStringLiteral("troika"));
    p.insert(QStringLiteral("sharing"));
    const auto before = p.stored();
    const QString path = QDir(p.temp.dir()).filePath(QStringLiteral("first.json"));
    REQUIRE(p.page->saveCallAs(path));
    p.workspace.undoStack()->undo();
    p.workspace.undoStack()->undo();
    CHECK(p.stored().steps.empty());
    REQUIRE(p.page->openFile(path));
    CHECK(p.stored().steps == before.steps);

    CHECK_FALSE(p.page->openFile(QStringLiteral(CONVENER_TEST_DATA_DIR "/programs/broken/newer-format.json")));
    CHECK(p.find<QLabel>("messageLabel")->text().contains(QStringLiteral("newer Convener")));
    CHECK(p.stored().steps == before.steps);
    for (auto *box : p.page->findChildren<QWidget *>()) {
        if (box->inherits("QMessageBox"))
            box->close();
    }
}

TEST_CASE("Main window: the welcome's text is shown whole and clear of its buttons")
{
    tests::TempDatabase temp;
    models::Workspace workspace { temp.db() };
    gui::MainWindow window { workspace, QDate(2026, 11, 22), QStringLiteral("Europe/London") };
    for (const QSize size : { QSize(1100, 700), QSize(800, 600), QSize(1400, 900) }) {
        window.resize(size);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();
        const auto *create = window.findChild<QPushButton *>(QStringLiteral("createCohortButton"));
        REQUIRE(create);
        for (const char *name : { "welcomeText", "welcomeHint" }) {
            const auto *label = window.findChild<QLabel *>(QString::fromLatin1(name));
            REQUIRE(label);
            INFO(name << " at " << size.width() << "x" << size.height());
            // Wrapped at the width it has, the text needs this height; less cuts lines off.
            CHECK(label->height() >= label->heightForWidth(label->width()));
            const QRect text(label->mapTo(&window, QPoint(0, 0)), label->size());
            const QRect button(create->mapTo(&window, QPoint(0, 0)), create->size());
            CHECK_FALSE(text.intersects(button));
        }
    }
}

TEST_CASE("Main window: a first start welcomes, and the Program area follows People")
{
    tests::TempDatabase temp;
    models::Workspace workspace{temp.db()};
    gui::MainWindow window{workspace, QDate(2026, 11, 22), QStringLiteral("Europe/London")};
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *demo = window.findChild<QPushButton *>(QStringLiteral("openDemoButton"));
    REQUIRE(demo);
    CHECK(demo->isVisible());
    QTest::mouseClick(demo, Qt::LeftButton);
    CHECK_FALSE(demo->isVisible());
    CHECK(window.cohortCombo()->currentText() == QStringLiteral("Demo"));
    auto *areas = window.findChild<QListWidget *>(QStringLiteral("areaList"));
    REQUIRE(areas);
    CHECK(areas->item(1)->text() == QStringLiteral("Program"));
    areas->setCurrentRow(1);
    auto *page = window.findChild<gui::ProgramPage *>();
    REQUIRE(page);
    CHECK(page->isVisible());
    CHECK(page->findChild<QComboBox *>(QStringLiteral("callCombo"))->count() == 4);
    CHECK(workspace.program()->rowCount() > 5);
}

TEST_CASE("Program: a step's length is typed and stepped in minutes, never in hours")
{
    Page p;
    p.insert(QStringLiteral("silent journaling"));
    REQUIRE(p.titles() == std::vector<std::string> { "Silent journaling" });
    auto *duration = p.find<gui::DurationEdit>("durationEdit");
    const std::chrono::seconds before = p.stored().steps[0].duration.value();
    QLineEdit *typing = duration->findChild<QLineEdit *>();
    REQUIRE(typing);
    REQUIRE(before.count() % 60 == 0);
    CHECK(duration->text() == QStringLiteral("%1 min").arg(before.count() / 60));

    // The Up arrow adds a minute, whatever part of the text the cursor is in.
    duration->setFocus();
    typing->setCursorPosition(0);
    QTest::keyClick(duration, Qt::Key_Up);
    CHECK(p.stored().steps[0].duration == before + std::chrono::seconds(60));
    CHECK(duration->text() == QStringLiteral("%1 min").arg(before.count() / 60 + 1));
    QTest::keyClick(duration, Qt::Key_PageUp);
    CHECK(p.stored().steps[0].duration == before + std::chrono::seconds(660));

    // Typed: minutes, minutes and seconds, units.
    for (const auto &[typed, seconds] : { std::pair { "7", 420 }, std::pair { "7:30", 450 }, std::pair { "90 s", 90 },
             std::pair { "1 h 5 min", 3900 }, std::pair { "12 min 5 s", 725 } }) {
        typing->selectAll();
        QTest::keyClicks(duration, QString::fromLatin1(typed));
        QTest::keyClick(duration, Qt::Key_Return);
        INFO(typed);
        CHECK(p.stored().steps[0].duration == std::chrono::seconds(seconds));
    }
    CHECK(duration->text() == QStringLiteral("12 min 5 s"));
    // Stepping keeps the seconds.
    QTest::keyClick(duration, Qt::Key_Down);
    CHECK(p.stored().steps[0].duration == std::chrono::seconds(665));

    // Not a length: nothing is saved, and the field shows the length again.
    typing->selectAll();
    QTest::keyClicks(duration, QStringLiteral("soon"));
    QTest::keyClick(duration, Qt::Key_Return);
    duration->clearFocus();
    CHECK(p.stored().steps[0].duration == std::chrono::seconds(665));
    CHECK(gui::DurationEdit::secondsOf(QStringLiteral("soon")) == std::nullopt);
    CHECK(gui::DurationEdit::secondsOf(QStringLiteral("7:75")) == std::nullopt);
    CHECK(gui::DurationEdit::secondsOf(QStringLiteral("5 parsecs")) == std::nullopt);
    CHECK(duration->text() == QStringLiteral("11 min 5 s"));
}

TEST_CASE("Program page: after every undo and redo the form shows the step the table marks")
{
    Page p;
    auto *table = p.find<QTableView>("stepTable");
    auto *title = p.find<QLineEdit>("titleEdit");
    auto *problems = p.find<QLabel>("stepProblemsLabel");
    QUndoStack *undo = p.workspace.undoStack();
    const auto formMatchesTable = [&](const char *after) {
        INFO(after);
        const int row = p.page->currentRow();
        REQUIRE(row >= 0);
        CHECK(title->text() == QString::fromStdString(p.titles().at(static_cast<size_t>(row))));
        CHECK_FALSE(problems->text().startsWith(QStringLiteral("Choose a step")));
    };
    p.insert(QStringLiteral("check-in"));
    p.insert(QStringLiteral("troika"));
    p.insert(QStringLiteral("silent journaling"));
    formMatchesTable("three inserts");
    undo->undo();
    formMatchesTable("undo of an insert");
    undo->redo();
    formMatchesTable("redo of an insert");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);
    formMatchesTable("a move up");
    undo->undo();
    formMatchesTable("undo of a move");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Quiet writing"));
    table->setFocus();
    formMatchesTable("a new title");
    undo->undo();
    formMatchesTable("undo of a title");
    undo->redo();
    formMatchesTable("redo of a title");
}

TEST_CASE("Program page: a practice dropped from the library becomes the step shown")
{
    Page p;
    p.insert(QStringLiteral("check-in"));
    p.insert(QStringLiteral("silent journaling"));
    auto *table = p.find<QTableView>("stepTable");
    table->setCurrentIndex(table->model()->index(1, 0));
    REQUIRE(p.page->currentRow() == 1);
    // What the library's drag carries, dropped on the first step.
    QMimeData dragged;
    dragged.setData(models::CallStepsModel::kPracticeMimeType, QByteArray("troika-consulting"));
    REQUIRE(table->model()->dropMimeData(&dragged, Qt::CopyAction, 0, 0, {}));
    REQUIRE(p.titles().at(0) == "Troika Consulting");
    CHECK(p.page->currentRow() == 0);
    CHECK(p.find<QLineEdit>("titleEdit")->text() == QStringLiteral("Troika Consulting"));
}
