// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/mainwindow.h"
#include "models/dailybackup.h"
#include "models/workspace.h"
#include "storage/backups.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace convener;

namespace {

const QString kStamp = QStringLiteral("20301130-120000");
// Generous: the copy runs on its own thread and a loaded machine may be slow.
constexpr int kWaitMs = 60000;

struct Window
{
    tests::TempDatabase temp;
    models::Workspace workspace{temp.db()};
    gui::MainWindow window{workspace, QDate(2030, 11, 30), QStringLiteral("Europe/London")};

    Window()
    {
        // Some pages, so the copy has something to do.
        REQUIRE(workspace.openDemo());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    QString statusText() const { return window.statusBar()->currentMessage(); }
    QMessageBox *problemBox() const { return window.findChild<QMessageBox *>(); }
};

// The day's backup of the fixture's database, followed by its window as the app
// does, with a spy on each outcome; start() is left to the test.
struct FollowedBackup
{
    explicit FollowedBackup(Window &w)
        : backup(w.temp.path(), kStamp)
    {
        w.window.followBackup(&backup);
    }
    models::DailyBackup backup;
    QSignalSpy saved{&backup, &models::DailyBackup::saved};
    QSignalSpy failed{&backup, &models::DailyBackup::failed};
};

} // namespace

TEST_CASE("Daily backup: a saved backup is named, with its size and folder, in the status bar only")
{
    Window w;
    FollowedBackup b(w);
    b.backup.start();
    REQUIRE(b.saved.wait(kWaitMs));

    const QString path = b.saved.at(0).at(0).toString();
    const qint64 bytes = b.saved.at(0).at(1).toLongLong();
    const QStringList kept = storage::Backups::list(w.temp.path());
    REQUIRE(kept.size() == 1);
    CHECK(QFileInfo(kept.front()) == QFileInfo(path));
    CHECK(bytes == QFileInfo(path).size());
    CHECK(bytes > 0);

    const QString shown = w.statusText();
    CAPTURE(shown.toStdString());
    CHECK(shown.contains(QFileInfo(path).fileName()));
    CHECK(shown.contains(QStringLiteral("-daily.sqlite")));
    CHECK(shown.contains(QDir::toNativeSeparators(storage::Backups::folderFor(w.temp.path()))));
    CHECK(shown.contains(QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat)));
    CHECK(b.failed.isEmpty());
    CHECK_FALSE(w.problemBox()); // quiet: no dialog for a backup that went well
}

TEST_CASE("Daily backup: a backup that could not be taken is shown as a problem, never as saved")
{
    Window w;
    {
        QFile blocker(storage::Backups::folderFor(w.temp.path())); // a file where the backups folder should be
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }
    FollowedBackup b(w);
    b.backup.start();
    REQUIRE(b.failed.wait(kWaitMs));

    const QString reason = b.failed.at(0).at(0).toString();
    CHECK(reason.contains(QStringLiteral("backup folder")));
    const QString shown = w.statusText();
    CAPTURE(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("could not be taken")));
    CHECK(shown.contains(reason));
    CHECK_FALSE(shown.contains(QStringLiteral("is saved")));
    CHECK_FALSE(shown.contains(kStamp));
    QMessageBox *box = w.problemBox();
    REQUIRE(box);
    CHECK(box->text().contains(reason));
    box->close();
    CHECK(b.saved.isEmpty());
    CHECK(storage::Backups::list(w.temp.path()).isEmpty());
}

TEST_CASE("Daily backup: quitting while it copies shows nothing, whether or not the copy had ended")
{
    Window w;
    const QString before = w.statusText();
    {
        FollowedBackup b(w);
        b.backup.start();
    } // as quitting does: the copy is stopped, and an outcome already on its way is dropped
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    CHECK(w.statusText() == before);
    CHECK_FALSE(w.problemBox());
    // Either nothing was kept or a complete copy was; never a half-written one.
    CHECK(storage::Backups::list(w.temp.path()).size() <= 1);
    const QDir folder(storage::Backups::folderFor(w.temp.path()));
    CHECK(folder.entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());
}
