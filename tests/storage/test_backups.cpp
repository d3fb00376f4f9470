// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>

#include <string>

using namespace convener;
using storage::Backups;
using storage::Database;

namespace {

void addCohort(Database &db, const std::string &name)
{
    core::Cohort c;
    c.name = name;
    REQUIRE(storage::RosterRepository(db).createCohort(c).ok());
}

std::size_t cohortCount(const QString &path)
{
    storage::DatabaseError error;
    storage::Database::Options options;
    options.access = Database::Access::Read;
    options.createIfMissing = false;
    auto db = Database::open(path, error, options);
    REQUIRE(db);
    return storage::RosterRepository(*db).cohorts().value().size();
}

} // namespace

TEST_CASE("Backups: a backup taken while the database is open is a healthy private copy")
{
    tests::TempDatabase temp;
    addCohort(temp.db(), "Kept");
    const QString target = temp.dir() + QStringLiteral("/copy.sqlite");
    REQUIRE(Backups::write(temp.db().connection(), target).ok());
    CHECK((QFileInfo(target).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    CHECK(cohortCount(target) == 1);
    CHECK_FALSE(Backups::write(temp.db().connection(), target).ok()); // never overwrites
    CHECK(Backups::check(temp.db().connection()).value().empty());
}

TEST_CASE("Backups: opening takes one daily backup and keeps only the newest few")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    Database::Options daily;
    daily.dailyBackup = true;
    storage::DatabaseError error;
    {
        auto db = Database::open(path, error, daily); // new: nothing to back up
        REQUIRE(db);
        CHECK(db->backupPath().isEmpty());
        addCohort(*db, "A");
    }
    {
        auto db = Database::open(path, error, daily);
        REQUIRE(db);
        CHECK_FALSE(db->backupPath().isEmpty());
    }
    {
        auto db = Database::open(path, error, daily); // same day: no second one
        REQUIRE(db);
        CHECK(db->backupPath().isEmpty());
    }
    REQUIRE(Backups::list(path).size() == 1);

    auto db = Database::open(path, error);
    REQUIRE(db);
    for (int i = 0; i < Backups::kKeep + 3; ++i)
        REQUIRE(Backups::writeAutomatic(db->connection(), path, QStringLiteral("20300101-0000%1").arg(i, 2, 10, QLatin1Char('0')),
                                        QStringLiteral("test"))
                    .ok());
    const QStringList kept = Backups::list(path);
    CHECK(kept.size() == Backups::kKeep);
    CHECK(kept.front().contains(QStringLiteral("20300101-000007")));
}

TEST_CASE("Backups: an older database is backed up before it is upgraded")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(CONVENER_TEST_DATA_DIR "/storage/convener-v1.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    storage::DatabaseError error;
    auto db = Database::open(path, error);
    REQUIRE(db);
    REQUIRE_FALSE(db->backupPath().isEmpty());
    CHECK(db->backupPath().contains(QStringLiteral("before-v%1").arg(storage::Migrations::latestVersion())));
    db.reset();
    // The backup is the database as it was: still version 1.
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-backup"));
    {
        raw.setDatabaseName(Backups::list(path).front());
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        raw.close();
    }
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw-backup"));
}

TEST_CASE("Backups: restoring keeps the damaged file beside the restored one")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("good.sqlite"));
    storage::DatabaseError error;
    {
        auto db = Database::open(path, error);
        REQUIRE(db);
        addCohort(*db, "Before the damage");
        REQUIRE(Backups::write(db->connection(), backup).ok());
    }
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(8000, '\x33'));
    }
    CHECK_FALSE(Database::open(path, error));
    REQUIRE(Backups::restore(path, backup, QStringLiteral("20300101-000000")).ok());
    CHECK(QFileInfo::exists(path + QStringLiteral(".damaged-20300101-000000")));
    CHECK(cohortCount(path) == 1);
}

TEST_CASE("Backups: the full check runs before each daily backup and is skipped on a clean reopen the same day")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    Database::Options daily;
    daily.dailyBackup = true;
    storage::DatabaseError error;
    {
        auto db = Database::open(path, error, daily); // new: nothing to check
        REQUIRE(db);
        CHECK_FALSE(db->checkedOnOpen());
        addCohort(*db, "A");
    }
    {
        auto db = Database::open(path, error, daily); // first open of the day: check, then back up
        REQUIRE(db);
        CHECK(db->checkedOnOpen());
        CHECK_FALSE(db->backupPath().isEmpty());
    }
    {
        auto db = Database::open(path, error, daily); // closed cleanly since a passing check today
        REQUIRE(db);
        CHECK_FALSE(db->checkedOnOpen());
        CHECK(db->backupPath().isEmpty());
    }
    auto db = Database::open(path, error); // no daily backup, so no record of a check: check
    REQUIRE(db);
    CHECK(db->checkedOnOpen());
}

TEST_CASE("Backups: after a crash a damaged file is caught even on the day of its backup")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    Database::Options daily;
    daily.dailyBackup = true;
    storage::DatabaseError error;
    {
        auto db = Database::open(path, error, daily);
        REQUIRE(db);
        for (int i = 0; i < 200; ++i)
            addCohort(*db, "Cohort number " + std::to_string(i) + std::string(300, 'x'));
    }
    {
        auto db = Database::open(path, error, daily); // takes today's backup
        REQUIRE(db);
        REQUIRE_FALSE(db->backupPath().isEmpty());
    }
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.size() > 8 * 4096);
        f.seek(3 * 4096);
        f.write(QByteArray(4 * 4096, '\x5a'));
        f.close();
    }
    // The lock a crashed Convener leaves behind, naming a process that no longer exists.
    QFile lock(Database::lockPathFor(path));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write("999999999\nconvener\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();

    CHECK_FALSE(Database::open(path, error, daily));
    CHECK(error.kind == storage::DatabaseError::Kind::Corrupt);
    CHECK((error.error.problem == storage::Problem::DatabaseDamaged
        || error.error.problem == storage::Problem::DatabaseCheckFoundDamage));
    CHECK(Backups::list(path).size() == 1); // the good backup was not replaced by a damaged one
}
