// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Renders Convener's main screens on the demo data into PNG files, for the
// README and docs/. Usage: convener-screenshots OUTPUT_DIR [SAMPLE_CSV]
#include "../support/fakeclock.h"
#include "gui/journal/journalpage.h"
#include "gui/live/livepage.h"
#include "gui/live/presenterwindow.h"
#include "gui/mainwindow.h"
#include "gui/people/importdialog.h"
#include "gui/program/programpage.h"
#include "gui/rooms/roomspage.h"
#include "models/journal/journalsession.h"
#include "models/journal/journalvault.h"
#include "models/live/runcontroller.h"
#include "models/rooms/attendancemodel.h"
#include "models/rooms/encountermapmodel.h"
#include "models/rooms/roomplanning.h"
#include "models/rooms/roomroundeditor.h"
#include "models/rooms/roomroundmodel.h"
#include "models/rooms/roomsdocument.h"
#include "models/roster/rostermodel.h"
#include "models/storageerror.h"
#include "models/workspace.h"
#include "storage/database.h"
#include "storage/demo/demojournal.h"
#include "storage/roster/rosterrepository.h"

#include <cstdio>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QListWidget>
#include <QPixmap>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>

using namespace convener;

namespace {
bool save(QWidget &widget, const QString &path)
{
    QApplication::processEvents();
    const bool ok = widget.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}
// The Journal area unlocked on the demo participant's journal, with an entry open.
bool saveJournal(gui::MainWindow &window, models::Workspace &workspace, const QString &path)
{
    auto *areas = window.findChild<QListWidget *>(QStringLiteral("areaList"));
    const auto items = areas->findItems(QStringLiteral("Journal"), Qt::MatchExactly);
    auto *names = window.findChild<gui::JournalPage *>()->findChild<QComboBox *>(QStringLiteral("personCombo"));
    if (items.size() != 1 || !names)
        return false;
    areas->setCurrentItem(items.front());
    const int row = names->findText(QString::fromUtf8(storage::DemoJournal::kOwner), Qt::MatchStartsWith);
    names->setCurrentIndex(row);
    models::JournalVault *vault = workspace.journals();
    QEventLoop loop;
    QObject::connect(vault, &models::JournalVault::busyChanged, &loop, &QEventLoop::quit);
    vault->unlock(QString::fromUtf8(storage::DemoJournal::kPassphrase));
    if (vault->busy())
        loop.exec();
    if (!vault->session() || vault->session()->entries().empty())
        return false;
    vault->session()->openEntry(vault->session()->entries().front().entryId);
    const bool ok = save(window, path);
    vault->lock();
    return ok;
}

// The Retro area on the demo's call-4 board, with a card of the Thorns column selected.
bool saveRetro(gui::MainWindow &window, const QString &path)
{
    auto *areas = window.findChild<QListWidget *>(QStringLiteral("areaList"));
    const auto items = areas ? areas->findItems(QStringLiteral("Retro"), Qt::MatchExactly) : QList<QListWidgetItem *>();
    if (items.isEmpty())
        return false;
    areas->setCurrentItem(items.front());
    if (auto *thorns = window.findChild<QTreeView *>(QStringLiteral("retroColumn2")))
        thorns->setCurrentIndex(thorns->model()->index(1, 0, thorns->rootIndex()));
    const QSize before = window.size();
    window.resize(1400, 860);
    const bool ok = save(window, path);
    window.resize(before);
    areas->setCurrentRow(0);
    return ok;
}

// The Program area on the demo's first call, with the first pair practice
// chosen so the form shows its phases.
bool saveProgram(gui::MainWindow &window, const QString &path)
{
    auto *areas = window.findChild<QListWidget *>(QStringLiteral("areaList"));
    const auto items = areas ? areas->findItems(QStringLiteral("Program"), Qt::MatchExactly) : QList<QListWidgetItem *>();
    auto *page = window.findChild<gui::ProgramPage *>();
    if (items.isEmpty() || !page)
        return false;
    areas->setCurrentItem(items.front());
    page->selectRow(3);
    const QSize before = window.size();
    window.resize(1500, 900);
    const bool ok = save(window, path);
    window.resize(before);
    areas->setCurrentRow(0);
    return ok;
}

// The Rooms area on the demo's third call, planned from the two recorded
// calls, with one hand move that repeats an encounter so the flag shows; then
// its Encounter map tab.
bool saveRooms(gui::MainWindow &window, models::Workspace &workspace, const QString &dir)
{
    auto *areas = window.findChild<QListWidget *>(QStringLiteral("areaList"));
    const auto items = areas ? areas->findItems(QStringLiteral("Rooms"), Qt::MatchExactly) : QList<QListWidgetItem *>();
    auto *page = window.findChild<gui::RoomsPage *>();
    if (items.isEmpty() || !page)
        return false;
    areas->setCurrentItem(items.front());
    page->selectCall(3);
    models::RoomsDocument *rooms = workspace.rooms();
    models::RoomPlanning *planning = workspace.roomPlanning();
    rooms->attendance()->setStatus(5, core::AttendanceStatus::Absent);
    rooms->attendance()->setArrival(16, QStringLiteral("18:10"));
    QEventLoop loop;
    bool planned = false;
    QObject::connect(planning, &models::RoomPlanning::finished, &loop, [&](bool ok) {
        planned = ok;
        loop.quit();
    });
    planning->plan();
    if (planning->busy())
        loop.exec();
    if (!planned || rooms->rounds().empty())
        return false;
    const core::RoomRound &round = rooms->rounds().front();
    const models::EncounterMapModel *map = rooms->encounters();
    for (int a = 0; a < map->rowCount(); ++a) {
        const int from = round.roomOf(map->person(a));
        int to = 0;
        for (int b = 0; b < map->rowCount() && to == 0; ++b) {
            const int room = round.roomOf(map->person(b));
            if (map->meetings(a, b) > 0 && from > 0 && room > 0 && room != from && round.rooms[static_cast<size_t>(from - 1)].seats.size() > 4)
                to = room;
        }
        if (to > 0) {
            workspace.roomEditor()->moveToRoom(round.number, map->person(a), to);
            break;
        }
    }
    const QSize before = window.size();
    window.resize(1400, 900);
    bool ok = save(window, dir + QStringLiteral("/rooms.png"));
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("roomsTabs"));
    tabs->setCurrentIndex(1);
    ok = save(window, dir + QStringLiteral("/encounter-map.png")) && ok;
    tabs->setCurrentIndex(0);
    window.resize(before);
    areas->setCurrentRow(0);
    return ok;
}

// The Live area and the presenter window during the first pair practice of
// call 1, with 1:20 left in the speaker's turn (the warning state). A fake
// clock keeps the picture the same on every run.
bool saveLive(models::Workspace &workspace, const QString &dir)
{
    tests::FakeClock clock;
    models::Workspace timed(workspace.database(), &clock);
    timed.setCurrentCohort(workspace.currentCohort());
    gui::LivePage page(timed);
    page.resize(1180, 720);
    std::vector<std::string> names;
    for (const auto &m : workspace.roster().members(workspace.currentCohort()).value())
        names.push_back(m.person.displayName);
    if (!page.run()->start(1, names, 7) || !page.run()->jumpToStep(3))
        return false;
    clock.advance(std::chrono::seconds(160));
    page.run()->tick();
    page.show();
    bool ok = save(page, dir + QStringLiteral("/live.png"));
    page.showPresenter();
    if (auto *presenter = page.presenter()) {
        presenter->showOn(nullptr);
        presenter->resize(1100, 620);
        ok = save(*presenter, dir + QStringLiteral("/presenter.png")) && ok;
    }
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: convener-screenshots OUTPUT_DIR [SAMPLE_CSV]\n");
        return 2;
    }
    const QString out = args.at(1);
    QDir().mkpath(out);

    QTemporaryDir dir;
    storage::DatabaseError error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("demo.sqlite")), error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(models::describe(error)));
        return 1;
    }
    models::Workspace workspace(*db);
    workspace.openDemo();
    gui::MainWindow window(workspace, QDate(2026, 11, 22), QStringLiteral("Europe/London"));
    window.resize(1180, 720);
    window.show();
    bool ok = save(window, out + QStringLiteral("/people.png"));
    ok = saveJournal(window, workspace, out + QStringLiteral("/journal.png")) && ok;
    ok = saveRetro(window, out + QStringLiteral("/retro.png")) && ok;
    ok = saveProgram(window, out + QStringLiteral("/program.png")) && ok;
    ok = saveRooms(window, workspace, out) && ok;
    ok = saveLive(workspace, out) && ok;

    if (args.size() > 2) {
        const models::RosterModel &people = *workspace.people();
        auto preview = people.previewImport(args.at(2));
        if (!preview) {
            std::fprintf(stderr, "%s\n", qPrintable(models::describe(preview.error())));
            return 1;
        }
        gui::ImportDialog dialog(people, std::move(preview).value(), &window);
        dialog.resize(900, 640);
        dialog.show();
        ok = save(dialog, out + QStringLiteral("/import.png")) && ok;
    }
    return ok ? 0 : 1;
}
