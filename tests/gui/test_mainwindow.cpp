// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/run/runengine.h"
#include "gui/live/livepage.h"
#include "gui/live/presenterwindow.h"
#include "gui/mainwindow.h"
#include "gui/people/importdialog.h"
#include "gui/people/peoplepage.h"
#include "models/live/runcontroller.h"
#include "models/roster/rostermodel.h"
#include "models/workspace.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace convener;

namespace {

// Accepts the next modal dialog once it shows, as a person clicking OK would.
void acceptNextDialog(const std::function<void(QDialog *)> &inspect = {})
{
    QTimer::singleShot(0, [inspect] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        if (inspect)
            inspect(dialog);
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    });
}

struct Window
{
    tests::TempDatabase temp;
    models::Workspace workspace{temp.db()};
    gui::MainWindow window{workspace, QDate(2026, 11, 22), QStringLiteral("Europe/London")};

    Window()
    {
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    QTableView *table() const { return window.findChild<QTableView *>(QStringLiteral("peopleTable")); }
};

} // namespace

TEST_CASE("Main window: a new database invites to create a cohort or open the demo")
{
    Window w;
    auto *stack = w.window.findChild<QStackedWidget *>(QStringLiteral("tableStack"));
    REQUIRE(stack);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("emptyLabel"));
    CHECK_FALSE(w.window.findChild<QPushButton *>(QStringLiteral("addButton"))->isEnabled());
}

TEST_CASE("Main window: the People area shows the demo cohort and searches it")
{
    Window w;
    REQUIRE(w.workspace.openDemo());
    CHECK(w.window.cohortCombo()->currentText() == QStringLiteral("Demo"));
    CHECK(w.window.windowTitle().contains(QStringLiteral("Demo")));
    REQUIRE(w.table()->model()->rowCount() == 26);

    auto *search = w.window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("lisbon"));
    CHECK(w.table()->model()->rowCount() == 2);
    search->clear();
    auto *role = w.window.findChild<QComboBox *>(QStringLiteral("roleFilter"));
    role->setCurrentIndex(role->findData(QStringLiteral("host")));
    CHECK(w.table()->model()->rowCount() == 1);
}

TEST_CASE("Main window: importing a CSV previews skipped rows, adds the rest, and undoes in one step")
{
    Window w;
    REQUIRE(w.workspace.openDemo());
    acceptNextDialog([](QDialog *dialog) {
        auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("previewTable"));
        REQUIRE(preview);
        CHECK(preview->rowCount() == 4); // the repeated email (any case) is skipped
        auto *problems = dialog->findChild<QListWidget *>(QStringLiteral("problemsList"));
        CHECK(problems->count() >= 1);
        CHECK(problems->item(0)->text().contains(QStringLiteral("Line 7")));
    });
    REQUIRE(w.window.peoplePage()->importFile(QStringLiteral(CONVENER_TEST_DATA_DIR "/gui/registrations.csv")));
    CHECK(w.workspace.people()->rowCount() == 30);
    CHECK(w.workspace.undoStack()->count() == 1);
    auto *count = w.window.peoplePage()->findChild<QLabel *>(QStringLiteral("countLabel"));
    REQUIRE(count);
    CHECK(count->text() == QStringLiteral("Members: 30"));

    w.workspace.undoStack()->undo();
    CHECK(w.workspace.people()->rowCount() == 26);
    // The count follows the undo too, not the moment before the last person left.
    CHECK(count->text() == QStringLiteral("Members: 26"));
    CHECK(w.workspace.roster().memberCount(w.workspace.currentCohort()).value() == 26);
}

TEST_CASE("Main window: removing the selected people is undoable from the Edit menu")
{
    Window w;
    REQUIRE(w.workspace.openDemo());
    w.table()->selectRow(0);
    w.table()->setFocus();
    QTest::keyClick(w.table(), Qt::Key_Delete);
    CHECK(w.workspace.people()->rowCount() == 25);
    QTest::keySequence(&w.window, QKeySequence::Undo);
    CHECK(w.workspace.people()->rowCount() == 26);
}

TEST_CASE("Main window: an export is a private CSV with formulas neutralised")
{
    Window w;
    REQUIRE(w.workspace.openDemo());
    acceptNextDialog();
    REQUIRE(w.window.peoplePage()->importFile(QStringLiteral(CONVENER_TEST_DATA_DIR "/gui/registrations.csv")));
    const QString path = w.temp.dir() + QStringLiteral("/export.csv");
    REQUIRE(w.window.peoplePage()->exportTo(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("Inês Duarte")));
    CHECK(text.contains(QStringLiteral("Formula Person")));
    CHECK(text.contains(QStringLiteral("'=HYPERLINK")));
    CHECK_FALSE(text.contains(QStringLiteral("\"=HYPERLINK")));
    CHECK((file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
}

TEST_CASE("Main window: the Live keys work wherever the focus is while the Live area shows, and not while typing")
{
    Window w;
    REQUIRE(w.workspace.openDemo());
    auto *areas = w.window.findChild<QListWidget *>(QStringLiteral("areaList"));
    REQUIRE(areas);
    int live = -1;
    for (int row = 0; row < areas->count(); ++row) {
        if (areas->item(row)->text() == QStringLiteral("Live"))
            live = row;
    }
    REQUIRE(live >= 0);
    models::RunController *run = w.workspace.run();

    // The host clicks "Live" in the sidebar: the focus stays on the sidebar,
    // and Space starts the call, Right moves it on, Space pauses.
    areas->setCurrentRow(live);
    areas->setFocus();
    QTest::keyClick(areas, Qt::Key_Space);
    REQUIRE(run->engine());
    CHECK(run->engine()->status() == core::RunStatus::Running);
    const int step = run->engine()->stepIndex();
    QTest::keyClick(areas, Qt::Key_Right);
    CHECK((run->engine()->stepIndex() != step || run->engine()->snapshot().slot != 0));
    QTest::keyClick(areas, Qt::Key_Space);
    CHECK(run->engine()->status() == core::RunStatus::Paused);

    // In another area the same keys belong to that area: the run stays paused.
    areas->setCurrentRow(0);
    areas->setFocus();
    QTest::keyClick(areas, Qt::Key_Space);
    CHECK(run->engine()->status() == core::RunStatus::Paused);

    // Back in Live, a text field keeps its keys: typing a space there types it.
    areas->setCurrentRow(live);
    auto *page = w.window.findChild<gui::LivePage *>();
    REQUIRE(page);
    auto *field = new QLineEdit(page);
    field->show();
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Space);
    CHECK(field->text() == QStringLiteral(" "));
    CHECK(run->engine()->status() == core::RunStatus::Paused);
    delete field;

    // The presenter window in front takes the same keys.
    page->showPresenter();
    gui::PresenterWindow *presenter = page->presenter();
    REQUIRE(presenter);
    presenter->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(presenter));
    QTest::keyClick(presenter, Qt::Key_Space);
    CHECK(run->engine()->status() == core::RunStatus::Running);
    presenter->close();
}
