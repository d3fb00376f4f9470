// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/roster/rosterrepository.h"
#include "storage/writetransaction.h"
#include "support/smalldisk.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <sys/stat.h>

using namespace convener;
using storage::Database;
using storage::DatabaseError;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + name));
    REQUIRE(q.next());
    return q.value(0).toString();
}

// Makes an SQLite file with plain QtSql, as another program would.
void makeForeignSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("foreign-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            REQUIRE(q.exec(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("Database: a new file gets the whole schema, WAL and the Convener id")
{
    tests::TempDatabase temp;
    CHECK(temp.db().schemaVersion() == storage::Migrations::latestVersion());
    CHECK(pragma(temp.db(), QStringLiteral("application_id")).toInt() == Database::kApplicationId);
    CHECK(pragma(temp.db(), QStringLiteral("journal_mode")) == QLatin1String("wal"));
    CHECK(pragma(temp.db(), QStringLiteral("foreign_keys")) == QLatin1String("1"));
    CHECK(pragma(temp.db(), QStringLiteral("synchronous")) == QLatin1String("2"));
}

TEST_CASE("Database: the file, its -wal and -shm are readable by their owner only")
{
    const mode_t old = ::umask(022);
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    core::Cohort c;
    c.name = "Permissions";
    REQUIRE(roster.createCohort(c).ok());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QFileInfo info(temp.path() + suffix);
        INFO(info.filePath().toStdString());
        REQUIRE(info.exists());
        CHECK((info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                     | QFileDevice::WriteOther)) == 0);
    }
    ::umask(old);
}

TEST_CASE("Database: what was saved is there after reopening")
{
    tests::TempDatabase temp;
    {
        storage::RosterRepository roster(temp.db());
        core::Cohort c;
        c.name = "Autumn circle";
        REQUIRE(roster.createCohort(c).ok());
    }
    temp.reopen();
    storage::RosterRepository roster(temp.db());
    const auto found = roster.cohortByName(QStringLiteral("autumn CIRCLE"));
    REQUIRE(found.ok());
    REQUIRE(found.value().has_value());
    CHECK(found.value()->name == "Autumn circle");
}

TEST_CASE("Database: a second Convener on the same file is refused, with who holds it")
{
    tests::TempDatabase temp;
    DatabaseError error;
    auto second = Database::open(temp.path(), error);
    CHECK_FALSE(second);
    CHECK(error.kind == DatabaseError::Kind::Locked);
    CHECK(error.error.problem == storage::Problem::DatabaseLocked);
    CHECK(error.error.id == QCoreApplication::applicationPid());

    temp.close();
    auto third = Database::open(temp.path(), error);
    CHECK(third);
}

TEST_CASE("Database: a lock left by a crashed Convener is taken over")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    {
        DatabaseError error;
        REQUIRE(Database::open(path, error));
    }
    // A lock file as QLockFile writes it, naming a process that no longer exists.
    QFile lock(Database::lockPathFor(path));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.write("999999999\nconvener\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();

    DatabaseError error;
    auto db = Database::open(path, error);
    CHECK(db);
    CHECK_FALSE(error.isError());
}

TEST_CASE("Database: an empty lock left by a Convener killed while it wrote it is taken over")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("e.sqlite"));
    {
        DatabaseError error;
        REQUIRE(Database::open(path, error));
    }
    // Killed between creating the lock file and writing its process id.
    QFile lock(Database::lockPathFor(path));
    REQUIRE(lock.open(QIODevice::WriteOnly));
    lock.close();
    REQUIRE(lock.open(QIODevice::ReadWrite));
    REQUIRE(lock.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    lock.close();

    DatabaseError error;
    auto db = Database::open(path, error);
    CHECK(db);
    CHECK_FALSE(error.isError());
    // And the lock it took is a real one: a second open is refused.
    DatabaseError second;
    CHECK_FALSE(Database::open(path, second));
    CHECK(second.kind == DatabaseError::Kind::Locked);
}

TEST_CASE("Database: a file that is not SQLite is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Name,Email\nAna,ana@example.org\n");
    f.close();
    const QByteArray before = fileHash(path);

    DatabaseError error;
    CHECK_FALSE(Database::open(path, error));
    CHECK(error.kind == DatabaseError::Kind::NotSqlite);
    CHECK(error.error.problem == storage::Problem::DatabaseNotSqlite);
    CHECK(error.error.path.endsWith(QStringLiteral("notes.sqlite")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("Database: another program's SQLite database is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    makeForeignSqlite(path, {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"),
                             QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)")});
    const QByteArray before = fileHash(path);

    DatabaseError error;
    CHECK_FALSE(Database::open(path, error));
    CHECK(error.kind == DatabaseError::Kind::NotConvener);
    CHECK(fileHash(path) == before);
}

TEST_CASE("Database: a database from a newer Convener is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    makeForeignSqlite(path, {QStringLiteral("CREATE TABLE cohorts (id INTEGER PRIMARY KEY)"),
                             QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId),
                             QStringLiteral("PRAGMA user_version = 999")});
    const QByteArray before = fileHash(path);

    DatabaseError error;
    CHECK_FALSE(Database::open(path, error));
    CHECK(error.kind == DatabaseError::Kind::TooNew);
    CHECK(error.error.problem == storage::Problem::DatabaseTooNew);
    CHECK(fileHash(path) == before);
}

TEST_CASE("Database: a damaged file is reported as damaged and left untouched")
{
    tests::TempDatabase temp;
    {
        storage::RosterRepository roster(temp.db());
        for (int i = 0; i < 200; ++i) {
            core::Cohort c;
            c.name = "Cohort number " + std::to_string(i) + std::string(300, 'x');
            REQUIRE(roster.createCohort(c).ok());
        }
    }
    const QString path = temp.path();
    temp.close(); // checkpoints the WAL into the main file
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.size() > 8 * 4096);
        // Scribble over pages in the middle of the file: the schema page survives, the data does not.
        f.seek(3 * 4096);
        f.write(QByteArray(4 * 4096, '\x5a'));
        f.close();
    }
    const QByteArray before = fileHash(path);
    DatabaseError error;
    CHECK_FALSE(Database::open(path, error));
    CHECK(error.kind == DatabaseError::Kind::Corrupt);
    CHECK((error.error.problem == storage::Problem::DatabaseDamaged
        || error.error.problem == storage::Problem::DatabaseCheckFoundDamage));
    CHECK(fileHash(path) == before);
}

TEST_CASE("Database: the shipped version-1 fixture opens and keeps its people")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(CONVENER_TEST_DATA_DIR "/storage/convener-v1.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    DatabaseError error;
    auto db = Database::open(path, error);
    REQUIRE(db);
    CHECK(db->schemaVersion() == storage::Migrations::latestVersion());
    storage::RosterRepository roster(*db);
    const auto demo = roster.cohortByName(QStringLiteral("Demo"));
    REQUIRE(demo.ok());
    REQUIRE(demo.value().has_value());
    CHECK(roster.memberCount(demo.value()->id).value() == 26);
}

TEST_CASE("WriteTransaction: an inner failure rolls back only its own part")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    {
        storage::WriteTransaction outer(temp.db().connection());
        REQUIRE(outer.isActive());
        core::Cohort a;
        a.name = "Kept";
        REQUIRE(roster.createCohort(a).ok());
        {
            storage::WriteTransaction inner(temp.db().connection());
            REQUIRE(inner.isActive());
            QSqlQuery q(temp.db().connection());
            REQUIRE(q.exec(QStringLiteral("INSERT INTO cohorts (name) VALUES ('Dropped')")));
            // not committed: rolled back to the savepoint
        }
        REQUIRE(outer.commit());
    }
    const auto all = roster.cohorts();
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 1);
    CHECK(all.value().front().name == "Kept");
}

TEST_CASE("Database: the lock file is readable by its owner only")
{
    tests::TempDatabase temp;
    struct stat st
    {
    };
    REQUIRE(::stat(QFile::encodeName(Database::lockPathFor(temp.path())).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("Database: reading an earlier database neither upgrades it nor backs it up")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(CONVENER_TEST_DATA_DIR "/storage/convener-v1.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = fileHash(path);
    Database::Options read;
    read.access = Database::Access::Read;

    DatabaseError error;
    CHECK_FALSE(Database::open(path, error, read));
    CHECK(error.kind == DatabaseError::Kind::NeedsUpgrade);
    CHECK(error.error.problem == storage::Problem::DatabaseNeedsUpgrade);
    CHECK(error.error.count == 1);

    read.acceptOlder = true;
    {
        auto db = Database::open(path, error, read);
        REQUIRE(db);
        CHECK(db->isReadOnly());
        CHECK(db->schemaVersion() == 1);
        QSqlQuery q(db->connection());
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM people")));
    }
    CHECK(fileHash(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
        == QStringList { QStringLiteral("v1.sqlite") });
}

TEST_CASE("Database: reading an empty or table-less file is refused and makes nothing")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    REQUIRE(QFile(empty).open(QIODevice::WriteOnly));
    const QString bare = dir.filePath(QStringLiteral("bare.sqlite"));
    makeForeignSqlite(bare, { QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("DROP TABLE t") });
    const QByteArray bareBefore = fileHash(bare);
    Database::Options read;
    read.access = Database::Access::Read;
    for (const QString &path : { empty, bare }) {
        DatabaseError error;
        CHECK_FALSE(Database::open(path, error, read));
        CHECK(error.kind == DatabaseError::Kind::Empty);
        CHECK(error.error.problem == storage::Problem::DatabaseEmpty);
    }
    CHECK(QFileInfo(empty).size() == 0);
    CHECK(fileHash(bare) == bareBefore);
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
        == QStringList { QStringLiteral("bare.sqlite"), QStringLiteral("empty.sqlite") });
}

TEST_CASE("Database: a read beside an open writer sees its saved work and leaves its files alone")
{
    tests::TempDatabase temp;
    core::Cohort cohort;
    cohort.name = "Seen";
    REQUIRE(storage::RosterRepository(temp.db()).createCohort(cohort).ok());
    Database::Options read;
    read.access = Database::Access::Read;
    DatabaseError error;
    {
        auto reader = Database::open(temp.path(), error, read);
        REQUIRE(reader);
        CHECK(storage::RosterRepository(*reader).cohorts().value().size() == 1);
    }
    CHECK(QFileInfo::exists(temp.path() + QStringLiteral("-wal")));
    CHECK(QFileInfo::exists(temp.path() + QStringLiteral("-shm")));
    cohort.name = "After";
    CHECK(storage::RosterRepository(temp.db()).createCohort(cohort).ok());
}

TEST_CASE("Database: on a disk with no room left, opening says the disk is full")
{
    tests::SmallDisk disk("512k");
    if (!disk.mounted) {
        WARN("skipped: mounting a small tmpfs needs root");
        return;
    }
    const QString existing = disk.dir.filePath(QStringLiteral("cohorts.sqlite"));
    {
        storage::DatabaseError error;
        REQUIRE(storage::Database::open(existing, error));
    }
    disk.fill();

    // A new database, and one that is there already (its lock file needs room too).
    for (const QString &path : { disk.dir.filePath(QStringLiteral("new.sqlite")), existing }) {
        INFO(path.toStdString());
        storage::DatabaseError error;
        CHECK_FALSE(storage::Database::open(path, error));
        CHECK(error.kind == storage::DatabaseError::Kind::DiskFull);
        CHECK(error.error.problem == storage::Problem::DatabaseDiskFull);
    }
    // With room again, the database opens as it was.
    QFile::remove(disk.dir.filePath(QStringLiteral("ballast")));
    storage::DatabaseError error;
    CHECK(storage::Database::open(existing, error));
}
