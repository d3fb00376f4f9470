// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/rooms/roomplanpanel.h"
#include "gui/rooms/roomspage.h"
#include "models/rooms/roomroundmodel.h"
#include "models/rooms/roomsdocument.h"
#include "models/workspace.h"
#include "storage/rooms/roomplanstore.h"
#include "storage/rooms/roomsrepository.h"
#include "support/quickschedule.h"
#include "support/tempdatabase.h"
#include "support/troikacohort.h"

#include <catch2/catch.hpp>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QTabBar>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace convener;
using models::RoomRoundModel;

namespace {

// The Rooms page on a call whose rooms are planned, the rooms tree focused.
struct Page
{
    tests::TempDatabase temp;
    models::Workspace workspace{temp.db()};
    gui::RoomsPage page{workspace};
    int call = 0;

    // The demo's third call (Case Clinic), or with troika a cohort of nine on its second call (Troika in round 2).
    explicit Page(bool troika = false)
    {
        if (troika) {
            const auto cohort = tests::createTroikaCohort(temp.db());
            REQUIRE(cohort);
            workspace.setCurrentCohort(cohort.value());
            call = 2;
        } else {
            REQUIRE(workspace.openDemo());
            call = 3;
        }
        REQUIRE(storage::RoomPlanStore(temp.db())
                    .planAndSave(workspace.currentCohort(), call, storage::RoomPlanStore::Mode::Fresh, tests::quickSchedule()));
        page.resize(1300, 800);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        page.selectCall(call);
        REQUIRE(workspace.rooms()->call() == call);
        workspace.rooms()->reload();
        QApplication::setActiveWindow(&page);
        tree()->setFocus();
    }

    QTreeView *tree() const
    {
        auto *view = page.findChild<QTreeView *>(QStringLiteral("roomsTree"));
        REQUIRE(view);
        return view;
    }

    void select(core::PersonId person)
    {
        tree()->selectionModel()->setCurrentIndex(workspace.rooms()->rooms()->indexOf(person),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    core::RoomRound stored(int round)
    {
        return storage::RoomsRepository(temp.db()).round(workspace.currentCohort(), call, round).value();
    }

    QString roleText(core::PersonId person) const
    {
        return workspace.rooms()->rooms()->indexOf(person, RoomRoundModel::RoleColumn).data().toString();
    }

    void closeMenu()
    {
        if (auto *menu = page.plan()->findChild<QMenu *>(QStringLiteral("roleMenu")))
            menu->close();
    }

    // The role menu Ctrl+R opened, and its action with this text.
    QAction *menuAction(const QString &text) const
    {
        auto *menu = page.plan()->findChild<QMenu *>(QStringLiteral("roleMenu"));
        REQUIRE(menu);
        for (QAction *action : menu->actions()) {
            if (action->text() == text)
                return action;
        }
        FAIL("no menu item " << text.toStdString());
        return nullptr;
    }
};

} // namespace

TEST_CASE("Rooms page: Ctrl+R opens a person's role menu, making them case-giver, and undo gives the role back")
{
    Page p;
    const core::RoomRound before = p.stored(1);
    const core::PersonId previous = before.rooms[1].seats[0].person;
    const core::PersonId chosen = before.rooms[1].seats.back().person;
    CHECK(p.roleText(chosen) == QStringLiteral("coach"));
    CHECK(p.page.findChild<QLabel *>(QStringLiteral("roundInfo"))->text().contains(QStringLiteral("Ctrl+R")));
    p.select(chosen);

    QTest::keyClick(p.tree(), Qt::Key_R, Qt::ControlModifier);
    QAction *caseGiver = p.menuAction(QStringLiteral("case-giver"));
    CHECK_FALSE(caseGiver->isChecked());
    CHECK(p.menuAction(QStringLiteral("No role of their own"))->isChecked());
    caseGiver->trigger();
    p.closeMenu();

    CHECK(p.stored(1).rooms[1].seats[0].person == chosen);
    CHECK(p.roleText(chosen) == QStringLiteral("case-giver"));
    CHECK(p.roleText(previous) == QStringLiteral("coach"));
    CHECK(p.workspace.undoStack()->count() == 1);
    // The changed person stays selected, so the next key acts on them.
    CHECK(p.page.plan()->selectedPeople() == std::vector<core::PersonId>{chosen});

    // Right-clicking the one before opens their menu; "No role of their own" leaves the room without a case-giver.
    p.select(previous);
    const QRect rect = p.tree()->visualRect(p.workspace.rooms()->rooms()->indexOf(previous));
    QContextMenuEvent rightClick(QContextMenuEvent::Mouse, rect.center(), p.tree()->viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(p.tree()->viewport(), &rightClick);
    CHECK(p.menuAction(QStringLiteral("No role of their own"))->isChecked());

    p.workspace.undoStack()->undo();
    CHECK(p.stored(1) == before);
    CHECK(p.roleText(previous) == QStringLiteral("case-giver"));
    CHECK(p.roleText(chosen) == QStringLiteral("coach"));
}

TEST_CASE("Rooms page: Alt+Up and Alt+Down move a Troika client through the turn order, one undo step each")
{
    Page p(true);
    auto *tabs = p.page.findChild<QTabBar *>(QStringLiteral("roundTabs"));
    REQUIRE(tabs->count() == 2);
    tabs->setCurrentIndex(1);
    REQUIRE(p.workspace.rooms()->shownRound() == 2);
    const core::RoomRound before = p.stored(2);
    const auto trio = before.rooms[0].seats;
    const core::PersonId last = trio.back().person;
    CHECK(p.roleText(last) == QStringLiteral("client, turn 3"));
    p.tree()->setFocus();
    p.select(last);

    QTest::keyClick(p.tree(), Qt::Key_Up, Qt::AltModifier);
    CHECK(p.roleText(last) == QStringLiteral("client, turn 2"));
    QTest::keyClick(p.tree(), Qt::Key_Up, Qt::AltModifier);
    CHECK(p.roleText(last) == QStringLiteral("client, turn 1"));
    CHECK(p.roleText(trio[0].person) == QStringLiteral("client, turn 2"));
    // Already first: nothing to do, and no empty undo step.
    QTest::keyClick(p.tree(), Qt::Key_Up, Qt::AltModifier);
    CHECK(p.workspace.undoStack()->count() == 2);
    QTest::keyClick(p.tree(), Qt::Key_Down, Qt::AltModifier);
    CHECK(p.roleText(last) == QStringLiteral("client, turn 2"));
    CHECK(p.stored(2).rooms[0].seats[1].person == last);

    // The role menu lists the turns, the current one checked.
    QTest::keyClick(p.tree(), Qt::Key_R, Qt::ControlModifier);
    CHECK(p.menuAction(QStringLiteral("client, turn &2"))->isChecked());
    p.menuAction(QStringLiteral("client, turn &3"))->trigger();
    CHECK(p.stored(2) == before);
    CHECK(p.workspace.undoStack()->count() == 4);

    p.workspace.undoStack()->undo();
    p.workspace.undoStack()->undo();
    p.workspace.undoStack()->undo();
    p.workspace.undoStack()->undo();
    CHECK(p.stored(2) == before);
}
