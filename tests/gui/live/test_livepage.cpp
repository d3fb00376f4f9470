// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/run/runengine.h"
#include "gui/live/livenotifier.h"
#include "gui/live/livepage.h"
#include "gui/live/livetext.h"
#include "gui/live/minitimerwindow.h"
#include "gui/live/presenterscreens.h"
#include "gui/live/presenterwindow.h"
#include "models/live/runcontroller.h"
#include "models/retro/retroboarddocument.h"
#include "models/roster/cohortlistmodel.h"
#include "models/workspace.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/answermessagebox.h"
#include "support/fakeclock.h"
#include "support/requirechild.h"
#include "support/tempdatabase.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace convener;
using namespace std::chrono_literals;

namespace {

struct Live
{
    tests::TempDatabase temp;
    tests::FakeClock clock;
    models::Workspace workspace { temp.db(), &clock };
    std::unique_ptr<gui::LivePage> page;

    Live()
    {
        REQUIRE(workspace.openDemo());
        page = std::make_unique<gui::LivePage>(workspace);
        page->resize(1100, 700);
        page->show();
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
    }

    template<typename T>
    T *find(const char *name) const
    {
        return tests::requireChild<T>(*page, name);
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

TEST_CASE("Live: every copy says Copied on its button for a moment, leaving the focus where it was")
{
    Live live;
    live.start();
    REQUIRE(live.page->run()->jumpToStep(10));
    auto *prompt = live.find<QPushButton>("copyPromptButton");
    auto *speakers = live.find<QListWidget>("speakersList");
    speakers->setFocus();
    const QString words = prompt->text();
    const int width = prompt->width();
    // By the key, as the host does with the video call in front of Convener's list.
    QTest::keyClick(live.page.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(prompt->text().startsWith(QStringLiteral("Copied")));
    CHECK(prompt->width() >= width);
    CHECK(speakers->hasFocus());
    // Copied twice in a row: the words that come back are the button's own.
    QTest::keyClick(live.page.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(prompt->text(), words, 3000);
    QTest::mouseClick(live.find<QPushButton>("copyOrderButton"), Qt::LeftButton);
    CHECK(live.find<QPushButton>("copyOrderButton")->text().startsWith(QStringLiteral("Copied")));
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
    // A new window is a new workspace over the same database, as after a restart.
    models::Workspace restarted { live.temp.db(), &live.clock };
    REQUIRE(restarted.openDemo());
    gui::LivePage page { restarted };
    REQUIRE(page.run()->engine());
    CHECK(page.run()->engine()->stepIndex() == 3);
    CHECK(page.run()->engine()->remaining(live.clock.now()) == left - 30s);
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

TEST_CASE("Live: a retro phase timer counts down from the board's deadline and says when time is up")
{
    Live live;
    // The time for the board's phase is set in the Retro area.
    models::RetroBoardDocument *retro = live.workspace.retro();
    REQUIRE(retro->showCall(4));
    core::RetroBoardState state = retro->board().state;
    state.phaseSeconds.at(static_cast<std::size_t>(state.phase)) = 300;
    retro->changeSettings(state);
    REQUIRE(retro->board().state == state);

    auto *group = live.find<QGroupBox>("retroTimerGroup");
    live.start(); // Call 1 has no retro board.
    CHECK_FALSE(group->isVisible());

    REQUIRE(live.page->run()->start(4, {"Ada", "Bo"}, 3));
    REQUIRE(group->isVisible());
    CHECK(live.text("retroPhaseLabel").contains(QStringLiteral("Actions")));
    CHECK(live.text("retroPhaseLabel").contains(QStringLiteral("5 min")));
    QSignalSpy timeUp(live.page->run(), &models::RunController::retroPhaseTimeUp);
    QTest::mouseClick(live.find<QPushButton>("retroTimerButton"), Qt::LeftButton);
    CHECK(live.find<QPushButton>("retroTimerButton")->text() == QStringLiteral("Stop Phase Timer"));

    // A stalled repaint changes nothing: the time left is the deadline minus now.
    live.clock.advance(3s);
    live.wait(296s);
    CHECK(live.text("retroRemainingLabel") == QStringLiteral("Actions: 0:01 left"));
    CHECK(timeUp.isEmpty());
    live.wait(2s);
    REQUIRE(timeUp.count() == 1);
    CHECK(live.text("retroRemainingLabel").startsWith(QStringLiteral("Actions: time is up")));
    live.wait(10s);
    CHECK(timeUp.count() == 1);

    QTest::mouseClick(live.find<QPushButton>("retroTimerButton"), Qt::LeftButton);
    CHECK_FALSE(live.page->run()->retroTimer().running());
    CHECK(live.text("retroRemainingLabel").isEmpty());

    // A phase with no time set offers no timer to start.
    state.phaseSeconds = {};
    retro->changeSettings(state);
    CHECK(live.text("retroPhaseLabel").contains(QStringLiteral("no time set")));
    CHECK_FALSE(live.find<QPushButton>("retroTimerButton")->isEnabled());
}

TEST_CASE("Live: before a program's first call, the actions its hosts' earlier cohort left open are shown")
{
    Live live;
    auto *group = live.find<QGroupBox>("carriedActionsGroup");
    // The Demo cohort's own open actions are not carried into itself.
    live.find<QComboBox>("callCombo")->setCurrentIndex(0);
    CHECK_FALSE(group->isVisible());

    // A new program run by one of the Demo's hosts.
    const core::CohortId demo = live.workspace.currentCohort();
    core::Cohort next;
    next.name = "Winter";
    const core::CohortId winter = live.workspace.cohorts()->create(next, "practice-program");
    REQUIRE(winter != 0);
    for (const core::Member &m : live.workspace.roster().members(demo).value()) {
        if (m.role == core::Role::Host)
            REQUIRE(live.workspace.roster().restoreMembers(winter, {m}).ok());
    }
    live.workspace.setCurrentCohort(winter);
    auto *combo = live.find<QComboBox>("callCombo");
    REQUIRE(combo->count() == 4);
    combo->setCurrentIndex(0);
    REQUIRE(group->isVisible());
    auto *list = live.find<QListWidget>("carriedList");
    REQUIRE(list->count() == 2); // The Demo board's third action is done.
    CHECK(list->item(0)->text().contains(QStringLiteral("one-minute warning")));
    CHECK(list->item(0)->text().contains(QStringLiteral("Demo")));
    combo->setCurrentIndex(1);
    CHECK_FALSE(group->isVisible());

    // Shown during the first step of call 1, gone once the call moves on.
    combo->setCurrentIndex(0);
    QTest::mouseClick(live.find<QPushButton>("startButton"), Qt::LeftButton);
    REQUIRE(live.page->run()->engine());
    CHECK(group->isVisible());
    REQUIRE(live.page->run()->nextStep());
    CHECK_FALSE(group->isVisible());
}

TEST_CASE("Live: the presenter window goes to the chosen screen, else to one the host is not using")
{
    const QStringList names{QStringLiteral("eDP-1"), QStringLiteral("HDMI-1"), QStringLiteral("DP-2")};
    CHECK(gui::PresenterScreens::choose(names, 0, QString()) == 2);
    CHECK(gui::PresenterScreens::choose(names, 2, QString()) == 1);
    CHECK(gui::PresenterScreens::choose(names, 0, QStringLiteral("HDMI-1")) == 1);
    // The host may choose their own screen; a screen no longer there falls back.
    CHECK(gui::PresenterScreens::choose(names, 0, QStringLiteral("eDP-1")) == 0);
    CHECK(gui::PresenterScreens::choose(names, 0, QStringLiteral("gone")) == 2);
    CHECK(gui::PresenterScreens::choose({QStringLiteral("eDP-1")}, 0, QString()) == -1);
    CHECK(gui::PresenterScreens::choose({}, -1, QStringLiteral("eDP-1")) == -1);

    // With one screen there is nothing to pick.
    Live live;
    REQUIRE(QGuiApplication::screens().size() == 1);
    CHECK_FALSE(live.find<QComboBox>("presenterScreenCombo")->isVisible());
}

TEST_CASE("Live: a desktop notice goes out at a warning or phase end only when the window is not in front")
{
    using gui::LiveNotifier;
    const auto at = [](core::RunEvent e) { return core::RunTransition{e, 0, 0, {}}; };
    CHECK(LiveNotifier::momentOf({}) == LiveNotifier::Moment::Nothing);
    CHECK(LiveNotifier::momentOf({at(core::RunEvent::PhaseStarted), at(core::RunEvent::FinalMinute)})
          == LiveNotifier::Moment::Nothing);
    CHECK(LiveNotifier::momentOf({at(core::RunEvent::Warning)}) == LiveNotifier::Moment::Warning);
    CHECK(LiveNotifier::momentOf({at(core::RunEvent::Warning), at(core::RunEvent::PhaseOver),
                                  at(core::RunEvent::PhaseStarted)})
          == LiveNotifier::Moment::PhaseEnd);
    CHECK(LiveNotifier::momentOf({at(core::RunEvent::StepOver)}) == LiveNotifier::Moment::PhaseEnd);

    Live live;
    LiveNotifier *notifier = live.page->notifier();
    CHECK(notifier->channel() == LiveNotifier::Channel::None);
    CHECK(notifier->notify(QStringLiteral("Time is up"), QString()) == LiveNotifier::Channel::None);

    QWidget videoCall;
    videoCall.show();
    videoCall.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&videoCall));
    const auto expected = QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()
                              ? LiveNotifier::Channel::Tray
                              : LiveNotifier::Channel::Alert;
    CHECK(notifier->channel() == expected);
    CHECK(notifier->notify(QStringLiteral("Time is up"), QStringLiteral("Step 2")) == expected);
}

TEST_CASE("Live: the speaking order leaves out who is absent, and a late joiner speaks last")
{
    Live live;
    const core::CohortId cohort = live.workspace.currentCohort();
    storage::RoomsRepository rooms(live.temp.db());
    const auto marks = rooms.attendance(cohort, 1);
    REQUIRE(marks);
    std::vector<core::PersonId> absent;
    for (const core::AttendanceMark &mark : marks.value()) {
        if (mark.status == core::AttendanceStatus::Absent)
            absent.push_back(mark.person);
    }
    REQUIRE_FALSE(absent.empty());
    const auto people = rooms.people(absent);
    REQUIRE(people);
    const std::string missing = people.value().at(absent.front()).displayName;

    live.start();
    const std::vector<std::string> order = live.engine().speakingOrder().names();
    CHECK(std::find(order.begin(), order.end(), missing) == order.end());
    const auto members = live.workspace.roster().members(cohort);
    REQUIRE(members);
    CHECK(order.size() == members.value().size() - absent.size());

    REQUIRE(live.page->run()->addLateJoiner(absent.front(), "18:25"));
    CHECK(live.engine().speakingOrder().names().back() == missing);
    const auto after = rooms.attendance(cohort, 1);
    REQUIRE(after);
    const auto mark = std::find_if(after.value().begin(), after.value().end(),
                                   [&](const core::AttendanceMark &m) { return m.person == absent.front(); });
    REQUIRE(mark != after.value().end());
    CHECK(mark->status == core::AttendanceStatus::Late);
    CHECK(mark->arrivedAt == "18:25");
    CHECK(live.engine().speakingOrder().names().size() == order.size() + 1);
}

TEST_CASE("Live: End call asks first, naming the step and the time left, and can be undone")
{
    Live live;
    live.start();
    live.wait(30s);
    QTest::keyClick(live.page.get(), Qt::Key_Right); // to Check-in, step 2
    live.wait(10s);
    REQUIRE(live.engine().stepIndex() == 1);
    auto *end = live.find<QPushButton>("endButton");

    // Cancel leaves the call running; the question says where the call is.
    QString asked;
    const auto answer = [&asked](QMessageBox::StandardButton button) { tests::answerNextMessageBox(asked, button); };
    answer(QMessageBox::Cancel);
    QTest::mouseClick(end, Qt::LeftButton);
    CHECK(asked.contains(QStringLiteral("End call 1 now?")));
    CHECK(asked.contains(QStringLiteral("step 2 of 13")));
    CHECK(asked.contains(QStringLiteral("left in this phase")));
    CHECK(live.engine().status() == core::RunStatus::Running);

    // Yes ends it: the screen says so, not the step it stopped in as if running.
    answer(QMessageBox::Yes);
    QTest::mouseClick(end, Qt::LeftButton);
    REQUIRE(live.engine().status() == core::RunStatus::Finished);
    CHECK(live.text("stepLabel") == QStringLiteral("Call 1 has ended"));
    CHECK(live.text("timerLabel") == QStringLiteral("--:--"));
    CHECK_FALSE(live.text("scheduleLabel").contains(QStringLiteral("ahead")));
    // Space afterwards does not start the call again from its first step.
    live.page->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(live.page.get()));
    QTest::keyClick(live.page.get(), Qt::Key_Space);
    CHECK(live.engine().status() == core::RunStatus::Finished);
    CHECK(live.text("statusLabel").contains(QStringLiteral("Start call")));

    // Undo brings the run back where it was; the time since counts.
    live.wait(5s);
    live.workspace.undoStack()->undo();
    CHECK(live.engine().status() == core::RunStatus::Running);
    CHECK(live.engine().stepIndex() == 1);
    CHECK(live.text("stepLabel").contains(QStringLiteral("Check-in")));
    live.workspace.undoStack()->redo();
    CHECK(live.engine().status() == core::RunStatus::Finished);
}

TEST_CASE("Live: the speaking order is hidden while the step happens in breakout rooms")
{
    Live live;
    live.start();
    auto *speakers = live.find<QListWidget>("speakersList");
    auto *copy = live.find<QPushButton>("copyOrderButton");
    auto *late = live.find<QPushButton>("lateJoinerButton");
    CHECK(speakers->isVisibleTo(live.page.get()));
    // On through the call to its first step in breakout rooms.
    int guard = 0;
    while (!live.engine().currentStep().breakout && ++guard < 60)
        live.page->run()->nextPhase();
    REQUIRE(live.engine().currentStep().breakout);
    CHECK_FALSE(speakers->isVisibleTo(live.page.get()));
    CHECK_FALSE(copy->isVisibleTo(live.page.get()));
    CHECK(live.find<QGroupBox>("speakersGroup")->title().contains(QStringLiteral("breakout rooms")));
    // Someone arriving late can still be added.
    CHECK(late->isVisibleTo(live.page.get()));
    // Back in the circle, it shows again.
    while (live.engine().currentStep().breakout && ++guard < 120)
        live.page->run()->nextPhase();
    REQUIRE_FALSE(live.engine().currentStep().breakout);
    CHECK(speakers->isVisibleTo(live.page.get()));
    CHECK(copy->isVisibleTo(live.page.get()));
}

TEST_CASE("Live: fit to end on time never says on time when the call runs over, and names only steps it changed")
{
    Live live;
    live.start();
    auto *fit = live.find<QPushButton>("fitButton");
    // Nothing is late yet.
    QTest::mouseClick(fit, Qt::LeftButton);
    CHECK(live.text("fitLabel") == QStringLiteral("The call is on time; nothing was changed."));

    // Ahead of the plan is not over it either.
    const int last = live.engine().stepCount() - 1;
    REQUIRE(live.page->run()->jumpToStep(last));
    live.wait(20min);
    QTest::mouseClick(fit, Qt::LeftButton);
    CHECK_FALSE(live.text("fitLabel").contains(QStringLiteral("over")));
    // Past the call's planned end in its last step, with nothing after it to shorten.
    live.wait(80min);
    QTest::mouseClick(fit, Qt::LeftButton);
    const QString said = live.text("fitLabel");
    INFO(said.toStdString());
    CHECK_FALSE(said.contains(QStringLiteral("on time")));
    CHECK(said.contains(QStringLiteral("over")));
}

TEST_CASE("Live: an exact length says seconds only where they matter")
{
    CHECK(gui::LiveText::exactLength(45s) == QStringLiteral("45 s"));
    CHECK(gui::LiveText::exactLength(9min) == QStringLiteral("9 min"));
    CHECK(gui::LiveText::exactLength(9min + 50s) == QStringLiteral("9 min 50 s"));
}
