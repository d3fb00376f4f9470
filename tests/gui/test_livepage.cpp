// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/runengine.h"
#include "gui/livepage.h"
#include "gui/minitimerwindow.h"
#include "gui/presenterwindow.h"
#include "models/runcontroller.h"
#include "models/workspace.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace convener;
using namespace std::chrono_literals;

namespace {

struct Live
{
    tests::TempDatabase temp;
    models::Workspace workspace{temp.db()};
    tests::FakeClock clock;
    std::unique_ptr<gui::LivePage> page;

    Live()
    {
        REQUIRE(workspace.openDemo());
        page = std::make_unique<gui::LivePage>(workspace, clock);
        page->resize(1100, 700);
        page->show();
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
    }

    template<typename T>
    T *find(const char *name) const
    {
        auto *w = page->findChild<T *>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    QString text(const char *name) const { return find<QLabel>(name)->text(); }
    const core::RunEngine &engine() const
    {
        REQUIRE(page->run()->engine());
        return *page->run()->engine();
    }
    void start()
    {
        REQUIRE(find<QComboBox>("callCombo")->count() == 4);
        find<QComboBox>("callCombo")->setCurrentIndex(0);
        QTest::mouseClick(find<QPushButton>("startButton"), Qt::LeftButton);
        REQUIRE(page->run()->engine());
    }
    void wait(core::Clock::Duration d)
    {
        clock.advance(d);
        page->run()->tick();
    }
};

} // namespace

TEST_CASE("Live: starting a call shows its first step and counts down")
{
    Live live;
    CHECK(live.text("timerLabel") == QStringLiteral("--:--"));
    live.start();
    CHECK(live.text("stepLabel").startsWith(QStringLiteral("Step 1 of 13: ")));
    CHECK(live.text("timerLabel") == QStringLiteral("5:00"));
    CHECK(live.find<QTimer>("repaintTimer")->isActive());
    CHECK(live.find<QListWidget>("speakersList")->count() > 5);
    live.wait(3min + 10s);
    CHECK(live.text("timerLabel") == QStringLiteral("1:50"));
    CHECK(live.text("urgencyLabel").startsWith(QStringLiteral("Warning")));
    CHECK_FALSE(live.find<QLabel>("urgencyIcon")->pixmap().isNull());
    live.wait(1min + 55s);
    CHECK(live.text("timerLabel") == QStringLiteral("\u22120:05"));
    CHECK(live.text("urgencyLabel").startsWith(QStringLiteral("Overtime")));
    CHECK(live.text("nextLabel").contains(QStringLiteral("press Right")));
}

TEST_CASE("Live: the keys pause, move and change the time")
{
    Live live;
    QTest::keyClick(live.page.get(), Qt::Key_Space);
    REQUIRE(live.page->run()->engine());
    CHECK(live.engine().status() == core::RunStatus::Running);
    live.wait(1min);
    QTest::keyClick(live.page.get(), Qt::Key_Space);
    CHECK(live.engine().status() == core::RunStatus::Paused);
    CHECK(live.find<QPushButton>("pauseButton")->text() == QStringLiteral("Resume"));
    live.wait(5min);
    CHECK(live.text("timerLabel") == QStringLiteral("4:00"));
    QTest::keyClick(live.page.get(), Qt::Key_Space);
    CHECK(live.engine().status() == core::RunStatus::Running);
    QTest::keyClick(live.page.get(), Qt::Key_Plus);
    CHECK(live.text("timerLabel") == QStringLiteral("5:00"));
    QTest::keyClick(live.page.get(), Qt::Key_Minus);
    QTest::keyClick(live.page.get(), Qt::Key_Minus);
    CHECK(live.text("timerLabel") == QStringLiteral("3:00"));
    QTest::keyClick(live.page.get(), Qt::Key_Right);
    CHECK(live.engine().stepIndex() == 1);
    CHECK(live.text("timerLabel") == QStringLiteral("10:00"));
    QTest::keyClick(live.page.get(), Qt::Key_Left);
    CHECK(live.engine().stepIndex() == 0);
}

TEST_CASE("Live: copy puts the rendered prompt and cue on the clipboard")
{
    Live live;
    live.start();
    REQUIRE(live.page->run()->jumpToStep(10));
    CHECK(live.engine().currentStep().id == "journaling");
    QTest::mouseClick(live.find<QPushButton>("copyPromptButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    CHECK(copied.startsWith(QStringLiteral("Silent journaling for 5 minutes.")));
    CHECK_FALSE(copied.contains(QLatin1Char('{')));
    CHECK(live.text("nextCueLabel").contains(QStringLiteral("One more minute of writing")));
    live.wait(4min);
    QTest::keyClick(live.page.get(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("One more minute of writing"));
    QTest::mouseClick(live.find<QPushButton>("copyOrderButton"), Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("Speaking order")));
}

TEST_CASE("Live: the presenter window never shows the facilitator notes")
{
    Live live;
    live.start();
    const QString notes = QString::fromStdString(live.engine().currentStep().facilitatorNotes);
    REQUIRE_FALSE(notes.isEmpty());
    CHECK(live.text("notesText") == notes);
    QTest::mouseClick(live.find<QPushButton>("presenterButton"), Qt::LeftButton);
    gui::PresenterWindow *presenter = live.page->presenter();
    REQUIRE(presenter);
    for (int step = 0; step < live.engine().stepCount(); ++step) {
        live.page->run()->jumpToStep(step);
        const QString stepNotes = QString::fromStdString(live.engine().currentStep().facilitatorNotes);
        const auto timer = presenter->findChild<QLabel *>(QStringLiteral("timerLabel"));
        CHECK(timer->text() == live.text("timerLabel"));
        for (const QLabel *label : presenter->findChildren<QLabel *>()) {
            if (!stepNotes.isEmpty())
                CHECK_FALSE(label->text().contains(stepNotes));
        }
    }
}

TEST_CASE("Live: a call under way is picked up again by a new window")
{
    Live live;
    live.start();
    live.page->run()->jumpToStep(3);
    live.wait(90s);
    const auto left = live.engine().remaining(live.clock.now());
    live.page.reset();
    live.clock.advance(30s);
    live.page = std::make_unique<gui::LivePage>(live.workspace, live.clock);
    REQUIRE(live.page->run()->engine());
    CHECK(live.engine().stepIndex() == 3);
    CHECK(live.engine().remaining(live.clock.now()) == left - 30s);
}

TEST_CASE("Live: fit to end on time says what it changed and can be undone")
{
    Live live;
    live.start();
    live.wait(12min);
    QTest::mouseClick(live.find<QPushButton>("fitButton"), Qt::LeftButton);
    const QString said = live.text("fitLabel");
    CHECK(said.startsWith(QStringLiteral("Saved")));
    const auto fitted = live.engine().plan();
    live.workspace.undoStack()->undo();
    CHECK(live.engine().plan() != fitted);
    live.workspace.undoStack()->redo();
    CHECK(live.engine().plan() == fitted);
}

TEST_CASE("Live: the mini timer stays on top and follows the run")
{
    Live live;
    live.start();
    QTest::mouseClick(live.find<QPushButton>("miniTimerButton"), Qt::LeftButton);
    gui::MiniTimerWindow *mini = live.page->miniTimer();
    REQUIRE(mini);
    CHECK(mini->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    live.wait(4min + 30s);
    const auto *timer = mini->findChild<QLabel *>(QStringLiteral("timerLabel"));
    CHECK(timer->text() == QStringLiteral("0:30"));
    CHECK(mini->findChild<QLabel *>(QStringLiteral("stateLabel"))->text() == QStringLiteral("Final minute"));
}
