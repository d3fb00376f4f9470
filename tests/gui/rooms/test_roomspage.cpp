// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/mainwindow.h"
#include "gui/rooms/encountermappanel.h"
#include "gui/rooms/roomplanpanel.h"
#include "gui/rooms/roomspage.h"
#include "models/rooms/roomhandoverexporter.h"
#include "models/rooms/roomplanning.h"
#include "models/rooms/roomroundmodel.h"
#include "models/rooms/roomsdocument.h"
#include "models/workspace.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/requirechild.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace convener;
using models::RoomRoundModel;

namespace {

struct Page
{
    tests::TempDatabase temp;
    models::Workspace workspace{temp.db()};
    gui::RoomsPage page{workspace};

    Page()
    {
        REQUIRE(workspace.openDemo());
        core::ScheduleOptions options;
        options.iterationLimit = 20000;
        workspace.roomPlanning()->setScheduleOptions(options);
        page.resize(1300, 800);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        page.selectCall(3);
        REQUIRE(workspace.rooms()->call() == 3);
    }

    template<typename T>
    T *find(const char *name) const
    {
        return tests::requireChild<T>(page, name);
    }

    void planByClick()
    {
        QSignalSpy finished(workspace.roomPlanning(), &models::RoomPlanning::finished);
        QTest::mouseClick(find<QPushButton>("planButton"), Qt::LeftButton);
        CHECK(find<QPushButton>("cancelButton")->isVisible());
        CHECK_FALSE(find<QPushButton>("planButton")->isEnabled());
        REQUIRE(finished.wait(120000));
        REQUIRE(finished.constFirst().at(0).toBool());
    }

    std::vector<core::RoomRound> stored()
    {
        return storage::RoomsRepository(temp.db()).rounds(workspace.currentCohort(), 3).value();
    }
};

// What a drag from the tree delivers: the dragged person's mime data dropped on a row.
void dropOn(QTreeView *tree, const QModelIndex &target, QMimeData *mime)
{
    const QPoint pos = tree->visualRect(target).center();
    QDragEnterEvent enter(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &enter);
    QDragMoveEvent move(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &move);
    QDropEvent drop(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &drop);
}

} // namespace

TEST_CASE("Rooms page: plan the demo's third call, drag a person, undo and export the Zoom CSV")
{
    Page p;
    CHECK(p.find<QLabel>("summaryLabel")->text() == QStringLiteral("No rooms planned for this call yet."));
    p.planByClick();
    CHECK_FALSE(p.find<QPushButton>("cancelButton")->isVisible());
    CHECK(p.find<QLabel>("summaryLabel")->text().startsWith(QStringLiteral("New encounters: ")));
    CHECK(p.find<QTabBar>("roundTabs")->count() == static_cast<int>(p.stored().size()));

    auto *tree = p.find<QTreeView>("roomsTree");
    auto *model = p.workspace.rooms()->rooms();
    REQUIRE(model->rowCount() >= 3);
    const core::RoomRound before = p.stored().front();
    const core::PersonId person = before.rooms[0].seats[1].person;
    std::unique_ptr<QMimeData> mime(model->mimeData({model->indexOf(person)}));
    dropOn(tree, model->index(2, 0), mime.get());
    CHECK(p.stored().front().roomOf(person) == 3);
    CHECK(p.workspace.undoStack()->count() == 2);

    p.workspace.undoStack()->undo();
    CHECK(p.stored().front() == before);
    CHECK(model->round() == before);

    const QString path = p.temp.dir() + QStringLiteral("/round1.csv");
    REQUIRE(p.page.plan()->saveZoomCsv(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readLine() == QByteArrayLiteral("Pre-assign Room Name,Email Address\r\n"));
    // The demo has people without an email: they are left out of the file and named on screen.
    const QStringList missing = p.workspace.roomHandover()->withoutEmail(1);
    REQUIRE_FALSE(missing.isEmpty());
    CHECK(file.readAll().count('\n') == static_cast<qsizetype>(before.people().size()) - missing.size());
    CHECK(p.find<QLabel>("planMessage")->text().startsWith(QStringLiteral("Saved ")));
    CHECK(p.find<QLabel>("planMessage")->text().contains(missing.front()));
    CHECK(p.find<QLabel>("withoutEmailLabel")->text().contains(missing.front()));
}

TEST_CASE("Rooms page: the keyboard marks a late joiner and moves and swaps people")
{
    Page p;
    auto *attendance = p.find<QTableView>("attendanceView");
    attendance->setFocus();
    attendance->selectRow(4);
    QTest::mouseClick(p.find<QPushButton>("lateButton"), Qt::LeftButton);
    const QString arrived = attendance->model()->index(4, 2).data().toString();
    CHECK(QRegularExpression(QStringLiteral("^[0-2][0-9]:[0-5][0-9]$")).match(arrived).hasMatch());
    CHECK(p.find<QLabel>("attendanceCounts")->text().contains(QStringLiteral("Late: 1")));

    p.planByClick();
    auto *tree = p.find<QTreeView>("roomsTree");
    auto *model = p.workspace.rooms()->rooms();
    const core::RoomRound before = model->round();
    const core::PersonId a = before.rooms[0].seats[0].person;
    const core::PersonId b = before.rooms[1].seats[0].person;

    tree->selectionModel()->select(model->indexOf(a), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    tree->selectionModel()->select(model->indexOf(b), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(p.find<QPushButton>("swapButton")->isEnabled());
    QTest::mouseClick(p.find<QPushButton>("swapButton"), Qt::LeftButton);
    CHECK(p.stored().front().roomOf(a) == 2);
    CHECK(p.stored().front().roomOf(b) == 1);

    tree->selectionModel()->clearSelection();
    tree->selectionModel()->select(model->indexOf(a), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto *rooms = p.find<QComboBox>("moveCombo");
    rooms->setCurrentIndex(rooms->count() - 1);                // a new room
    QTest::mouseClick(p.find<QPushButton>("moveButton"), Qt::LeftButton);
    CHECK(p.stored().front().roomOf(a) == static_cast<int>(before.rooms.size()) + 1);

    p.workspace.undoStack()->undo();
    p.workspace.undoStack()->undo();
    CHECK(p.stored().front() == before);
}

TEST_CASE("Rooms page: the host keeps two people apart, leaves the hosts out, re-plans and undoes each step")
{
    Page p;
    p.planByClick();
    const core::CohortId cohort = p.workspace.currentCohort();
    const storage::RoomsRepository repo(p.temp.db());
    auto *undo = p.workspace.undoStack();
    auto *first = p.find<QComboBox>("firstPersonCombo");
    auto *second = p.find<QComboBox>("secondPersonCombo");
    auto *list = p.find<QTreeWidget>("keepApartList");
    auto *message = p.find<QLabel>("rulesMessage");
    REQUIRE(first->count() == 26);

    // The same person twice is refused with a message, and nothing is stored.
    second->setCurrentIndex(first->currentIndex());
    const int steps = undo->count();
    QTest::mouseClick(p.find<QPushButton>("addPairButton"), Qt::LeftButton);
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("two different people")));
    CHECK(undo->count() == steps);
    CHECK(repo.keepApart(cohort).value().empty());

    // Two people the plan seats together.
    const core::RoomRound round = p.stored().front();
    const core::PersonId a = round.rooms[0].seats[0].person;
    const core::PersonId b = round.rooms[0].seats[1].person;
    first->setCurrentIndex(first->findData(QVariant::fromValue<qint64>(a)));
    second->setCurrentIndex(second->findData(QVariant::fromValue<qint64>(b)));
    QTest::keyClicks(p.find<QLineEdit>("reasonEdit"), QStringLiteral("Colleagues"));
    QTest::mouseClick(p.find<QPushButton>("addPairButton"), Qt::LeftButton);
    REQUIRE(repo.keepApart(cohort).value().size() == 1);
    CHECK(repo.keepApart(cohort).value().front().reason == "Colleagues");
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("Colleagues"));
    CHECK(p.find<QLineEdit>("reasonEdit")->text().isEmpty());
    CHECK(p.find<QLabel>("planMessage")->text().contains(QStringLiteral("Re-plan the rest")));
    CHECK(p.workspace.rooms()->rooms()->conflictText(a).contains(QStringLiteral("Kept apart from ")));

    QTest::mouseClick(p.find<QRadioButton>("hostsOutRadio"), Qt::LeftButton);
    CHECK(repo.hostsInRooms(cohort).value() == storage::HostsInRooms::LeftOut);

    QSignalSpy finished(p.workspace.roomPlanning(), &models::RoomPlanning::finished);
    QTest::mouseClick(p.find<QPushButton>("replanButton"), Qt::LeftButton);
    REQUIRE(finished.wait(120000));
    REQUIRE(finished.constFirst().at(0).toBool());
    std::vector<core::PersonId> hosts;
    for (const auto &m : storage::RosterRepository(p.temp.db()).members(cohort).value())
        if (m.role != core::Role::Participant)
            hosts.push_back(m.person.id);
    REQUIRE(hosts.size() == 2);
    for (const auto &r : p.stored()) {
        CHECK(r.roomOf(a) != r.roomOf(b));
        for (const auto host : hosts)
            CHECK(r.roomOf(host) == 0);
    }

    undo->undo();                                            // the re-plan
    undo->undo();                                            // the hosts' choice
    CHECK(p.find<QRadioButton>("hostsJoinRadio")->isChecked());
    CHECK(repo.hostsInRooms(cohort).value() == storage::HostsInRooms::KeptApart);
    undo->undo();                                            // the pair
    CHECK(list->topLevelItemCount() == 0);
    CHECK(repo.keepApart(cohort).value().empty());
    undo->redo();
    REQUIRE(list->topLevelItemCount() == 1);

    // Delete in the list removes the selected pair.
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    CHECK(p.find<QPushButton>("removePairButton")->isEnabled());
    QTest::keyClick(list, Qt::Key_Delete);
    CHECK(list->topLevelItemCount() == 0);
    CHECK(repo.keepApart(cohort).value().empty());
    CHECK(undo->undoText().startsWith(QStringLiteral("Let ")));
}

TEST_CASE("Rooms page: the encounter map shows the recorded calls and saves a PNG")
{
    Page p;
    auto *map = p.page.encounterMap();
    CHECK(p.find<QLabel>("shareLabel")->text().startsWith(QStringLiteral("Pairs who have met: ")));
    const QString path = p.temp.dir() + QStringLiteral("/map.png");
    REQUIRE(map->saveImage(path));
    QImage image(path);
    CHECK(image.width() > 26 * 20);
    CHECK(image.height() > 26 * 20);
}

TEST_CASE("Rooms page: the main window lists Rooms right after Live")
{
    tests::TempDatabase temp;
    models::Workspace workspace(temp.db());
    gui::MainWindow window(workspace, QDate(2026, 11, 22), QStringLiteral("Europe/London"));
    auto *areas = window.findChild<QListWidget *>(QStringLiteral("areaList"));
    REQUIRE(areas);
    const auto live = areas->findItems(QStringLiteral("Live"), Qt::MatchExactly);
    const auto rooms = areas->findItems(QStringLiteral("Rooms"), Qt::MatchExactly);
    REQUIRE(live.size() == 1);
    REQUIRE(rooms.size() == 1);
    CHECK(areas->row(rooms.front()) == areas->row(live.front()) + 1);
}
