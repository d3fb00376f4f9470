// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/storageerror.h"
#include "storage/backgroundbackup.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/roster/rosterrepository.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <string>
#include <sys/stat.h>

using namespace convener;
using storage::BackgroundBackup;
using storage::Backups;
using storage::Database;

namespace {

const QString kStamp = QStringLiteral("20301130-120000");

void addCohorts(Database &db, int count, const std::string &prefix)
{
    storage::RosterRepository roster(db);
    for (int i = 0; i < count; ++i) {
        core::Cohort c;
        c.name = prefix + ' ' + std::to_string(i) + ' ' + std::string(400, 'x');
        REQUIRE(roster.createCohort(c).ok());
    }
}

// Opens a copy on its own, checks it as `convener-cli db check` does and counts its cohorts.
std::size_t healthyCohortCount(const QString &path)
{
    storage::DatabaseError error;
    storage::Database::Options options;
    options.access = Database::Access::Read;
    options.createIfMissing = false;
    auto db = Database::open(path, error, options);
    REQUIRE(db);
    const auto problems = Backups::check(db->connection());
    REQUIRE(problems.ok());
    CHECK(problems.value().empty());
    return storage::RosterRepository(*db).cohorts().value().size();
}

int modeOf(const QString &path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return static_cast<int>(info.st_mode & 0777);
}

QStringList partialsIn(const QString &databasePath)
{
    return QDir(Backups::folderFor(databasePath)).entryList({QStringLiteral("*.partial")}, QDir::Files);
}

// A database with enough pages for many single-page steps, opened as the app opens it.
struct AppDatabase
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("c.sqlite"));
    std::unique_ptr<Database> db;

    AppDatabase()
    {
        storage::DatabaseError error;
        {
            auto fresh = Database::open(path, error);
            REQUIRE(fresh);
            addCohorts(*fresh, 60, "Before");
        }
        db = openAsTheApp();
    }

    // Opens the file as the app does: the daily backup on, left for after the window.
    std::unique_ptr<Database> openAsTheApp() const
    {
        storage::DatabaseError error;
        Database::Options options;
        options.dailyBackup = true;
        options.deferDailyBackup = true;
        auto opened = Database::open(path, error, options);
        REQUIRE(opened);
        return opened;
    }
};

} // namespace

TEST_CASE("Backups: the first open of the day checks the file and leaves the daily copy for later")
{
    AppDatabase app;
    CHECK(app.db->dailyBackupDue());
    CHECK(app.db->checkedOnOpen());
    CHECK(app.db->backupPath().isEmpty());
    CHECK(Backups::list(app.path).isEmpty());
}

TEST_CASE("Backups: the daily backup taken in the background is a complete, checked, private copy")
{
    AppDatabase app;
    const QString leftOver = Backups::folderFor(app.path) + QStringLiteral("/c-20301129-090000-daily.sqlite.partial");
    REQUIRE(QDir().mkpath(Backups::folderFor(app.path)));
    {
        QFile partial(leftOver);
        REQUIRE(partial.open(QIODevice::WriteOnly));
        partial.write("half a backup from a session that was killed");
    }
    int steps = 0;
    QString reported;
    {
        BackgroundBackup backup(
            app.path, kStamp, QStringLiteral("daily"),
            [&reported](const storage::Result<QString> &done) {
                reported = done.ok() ? done.value() : models::describe(done.error());
            },
            [&steps](int, int) { return ++steps, true; }, 1);
        const auto done = backup.wait();
        REQUIRE(done.ok());
        CHECK(done.value() == reported);
    }
    CHECK(steps > 10);
    const QStringList kept = Backups::list(app.path);
    REQUIRE(kept.size() == 1);
    CHECK(kept.front().endsWith(QStringLiteral("c-") + kStamp + QStringLiteral("-daily.sqlite")));
    CHECK(modeOf(kept.front()) == 0600);
    CHECK(healthyCohortCount(kept.front()) == 60);
    CHECK(partialsIn(app.path).isEmpty());
    CHECK_FALSE(QFileInfo::exists(leftOver));

    // Reopened the same day: the backup in the folder counts as today's.
    app.db.reset();
    const QString today = Backups::stampNow();
    QFile::rename(kept.front(), Backups::folderFor(app.path) + QStringLiteral("/c-") + today + QStringLiteral("-daily.sqlite"));
    CHECK_FALSE(app.openAsTheApp()->dailyBackupDue());
}

TEST_CASE("Backups: a background backup stopped part-way leaves nothing that counts as a backup")
{
    AppDatabase app;
    QSemaphore paused;
    QSemaphore resume;
    bool reported = false;
    int remainingAtPause = 0;
    {
        BackgroundBackup backup(
            app.path, kStamp, QStringLiteral("daily"), [&reported](const storage::Result<QString> &) { reported = true; },
            [&](int remaining, int) {
                remainingAtPause = remaining;
                paused.release();
                resume.acquire();
                return true;
            },
            1);
        paused.acquire();
        CHECK(remainingAtPause > 0);
        // Part of the copy is on disk now, under its temporary name only.
        CHECK(partialsIn(app.path).size() == 1);
        CHECK(Backups::list(app.path).isEmpty());
        backup.stop(); // as quitting does
        resume.release();
        const auto done = backup.wait();
        CHECK_FALSE(done.ok());
        CHECK(done.error().problem == storage::Problem::BackupStopped);
    } // the destructor (quitting) returns after the step under way, which the stop above already ended
    CHECK_FALSE(reported);
    CHECK(Backups::list(app.path).isEmpty());
    CHECK(partialsIn(app.path).isEmpty());
    // Nothing kept today, so the next open still finds the daily backup due.
    app.db.reset();
    CHECK(app.openAsTheApp()->dailyBackupDue());
}

TEST_CASE("Backups: writes made while a background backup copies go through at once and are all kept")
{
    AppDatabase app;
    QSemaphore paused;
    QSemaphore resume;
    bool first = true;
    BackgroundBackup backup(
        app.path, kStamp, QStringLiteral("daily"), {},
        [&](int, int) {
            if (first) {
                first = false;
                paused.release();
                resume.acquire();
            }
            return true;
        },
        1);
    paused.acquire();
    {
        // No waiting allowed: a write the backup held up would fail with "database is locked".
        QSqlQuery q(app.db->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
    }
    addCohorts(*app.db, 40, "During");
    resume.release();
    const auto done = backup.wait();
    REQUIRE(done.ok());

    // The copy is the database as it was when the copy began; the live one has every write.
    CHECK(healthyCohortCount(done.value()) == 60);
    CHECK(storage::RosterRepository(*app.db).cohorts().value().size() == 100);
    CHECK(Backups::check(app.db->connection()).value().empty());
    app.db.reset();
    CHECK(healthyCohortCount(app.path) == 100);
}

TEST_CASE("Backups: a background backup that cannot be written says why and keeps nothing")
{
    AppDatabase app;
    {
        QFile blocker(Backups::folderFor(app.path)); // a file where the backups folder should be
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }
    QString reported;
    BackgroundBackup backup(
        app.path, kStamp, QStringLiteral("daily"), [&reported](const storage::Result<QString> &done) {
            reported = done.ok() ? QString() : models::describe(done.error());
        });
    const auto done = backup.wait();
    REQUIRE_FALSE(done.ok());
    CHECK(done.error().problem == storage::Problem::AutomaticBackupFolderFailed);
    CHECK(reported == models::describe(done.error()));
    CHECK(healthyCohortCount(app.path) == 60);
}

TEST_CASE("Backups: a file damaged since its last backup is still refused on the first open of the day")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    storage::DatabaseError error;
    {
        auto db = Database::open(path, error);
        REQUIRE(db);
        addCohorts(*db, 60, "Before");
    }
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.size() > 8 * 4096);
        f.seek(3 * 4096);
        f.write(QByteArray(4 * 4096, '\x5a'));
    }
    Database::Options options;
    options.dailyBackup = true;
    options.deferDailyBackup = true;
    CHECK_FALSE(Database::open(path, error, options));
    CHECK(error.kind == storage::DatabaseError::Kind::Corrupt); // so the app offers the restore
    CHECK(Backups::list(path).isEmpty());
}
