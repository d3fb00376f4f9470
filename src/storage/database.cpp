// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/database.h"

#include "storage/backups.h"
#include "storage/migrations.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace convener::storage {

namespace {

using Kind = DatabaseError::Kind;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("convener-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Creates an empty file readable by its owner only. SQLite gives the -wal and
// -shm files the same mode as the database file, so this protects all three.
bool createPrivateFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// SQLite files start with this 16-byte header; anything else is not ours to touch.
bool hasSqliteHeader(const QString &path, bool &emptyFile)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    emptyFile = head.isEmpty();
    return emptyFile || head == QByteArray("SQLite format 3\0", 16);
}

// How long an instance may take between creating its lock file and writing
// its process id into it.
constexpr qint64 kLockWriteGraceMs = 1000;

// A Convener killed between creating its lock file and writing it leaves a
// lock that names no process, so QLockFile cannot see that nobody holds it
// and would refuse the database for ever. Such a lock is taken over once it
// is older than any instance needs to write one; a lock that turns out to be
// mid-write is asked about again as usual.
bool takeOverUnreadableLock(QLockFile &lock, const QString &lockPath)
{
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    qint64 pid = 0;
    QString host, app;
    if (lock.getLockInfo(&pid, &host, &app))
        return false;
    const qint64 age = QFileInfo(lockPath).lastModified().msecsTo(QDateTime::currentDateTime());
    if (age >= 0 && age < kLockWriteGraceMs)
        QThread::msleep(static_cast<unsigned long>(kLockWriteGraceMs - age));
    if (lock.getLockInfo(&pid, &host, &app))
        return lock.tryLock(0);
    return lock.removeStaleLockFile() && lock.tryLock(0);
}

DatabaseError lockError(const QString &path, QLockFile &lock)
{
    qint64 pid = 0;
    QString host, app;
    if (!lock.getLockInfo(&pid, &host, &app))
        pid = 0;
    if (lock.error() == QLockFile::LockFailedError)
        return DatabaseError::make(
            Kind::Locked, path, Error(Problem::DatabaseLocked).withPath(native(path)).withId(pid).withName(host));
    return DatabaseError::make(
        Kind::CannotCreate, path, Error(Problem::LockFileFailed).withPath(native(Database::lockPathFor(path))));
}

bool isCorruptionError(const QSqlError &error)
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), as the QSQLITE driver reports them.
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26")
        || error.databaseText().contains(QLatin1String("malformed"))
        || error.databaseText().contains(QLatin1String("not a database"));
}

DatabaseError sqlFailure(const QString &path, const QSqlError &error, Problem doing)
{
    if (isCorruptionError(error))
        return DatabaseError::make(Kind::Corrupt, path,
            Error(Problem::DatabaseDamaged).withPath(native(path)).withDetail(error.databaseText()));
    return DatabaseError::make(Kind::Failed, path, Error(doing).withPath(native(path)).withDetail(error.text()));
}

} // namespace

Database::Database(QString path, QString connectionName, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_lock(std::move(lock))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_lock)
        m_lock->unlock();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/convener.sqlite");
}

QString Database::lockPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

std::unique_ptr<Database> Database::open(const QString &path, DatabaseError &error, const Options &options)
{
    error = {};
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();

    if (info.exists()) {
        if (!info.isFile()) {
            error = DatabaseError::make(
                Kind::CannotRead, absolute, Error(Problem::DatabaseNotAFile).withPath(native(absolute)));
            return nullptr;
        }
        bool empty = false;
        QFile probe(absolute);
        if (!probe.open(QIODevice::ReadOnly)) {
            error = DatabaseError::make(Kind::CannotRead, absolute,
                Error(Problem::DatabaseUnreadable).withPath(native(absolute)).withDetail(probe.errorString()));
            return nullptr;
        }
        probe.close();
        if (!hasSqliteHeader(absolute, empty)) {
            error = DatabaseError::make(
                Kind::NotSqlite, absolute, Error(Problem::DatabaseNotSqlite).withPath(native(absolute)));
            return nullptr;
        }
    } else {
        if (!options.createIfMissing) {
            error = DatabaseError::make(
                Kind::CannotRead, absolute, Error(Problem::DatabaseMissing).withPath(native(absolute)));
            return nullptr;
        }
        if (!QDir().mkpath(info.absolutePath()) || !createPrivateFile(absolute)) {
            error = DatabaseError::make(
                Kind::CannotCreate, absolute, Error(Problem::DatabaseNotCreated).withPath(native(absolute)));
            return nullptr;
        }
    }

    // A lock file or a -wal left behind means the last session did not close
    // cleanly: a crash, a kill or a power cut, the moments damage comes from.
    // (A clean close removes both; the last connection checkpoints the WAL.)
    const bool closedCleanly = !QFileInfo::exists(lockPathFor(absolute))
        && !QFileInfo::exists(absolute + QStringLiteral("-wal"));
    std::unique_ptr<QLockFile> lock;
    if (options.access == Access::Write) {
        lock = std::make_unique<QLockFile>(lockPathFor(absolute));
        // A lock whose process is gone (a crash) counts as stale and is taken over;
        // age alone never makes a live instance's lock stale.
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0) && !takeOverUnreadableLock(*lock, lockPathFor(absolute))) {
            error = lockError(absolute, *lock);
            return nullptr;
        }
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(absolute, name, std::move(lock)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(absolute);
        if (!db.open()) {
            error = sqlFailure(absolute, db.lastError(), Problem::DatabaseOpenFailed);
            return nullptr;
        }

        QSqlQuery q(db);
        // The busy timeout first, so the pragmas after it wait for a writer instead of failing.
        const QStringList pragmas{
            QStringLiteral("PRAGMA busy_timeout = 5000"),
            QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA synchronous = FULL"),
        };
        for (const QString &pragma : pragmas) {
            if (!q.exec(pragma)) {
                error = sqlFailure(absolute, q.lastError(), Problem::DatabaseSetupFailed);
                return nullptr;
            }
        }

        // Read what the file is before writing anything, so a foreign or newer file stays as it was.
        int applicationId = 0;
        int userVersion = 0;
        int tableCount = 0;
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
            error = sqlFailure(absolute, q.lastError(), Problem::DatabaseReadFailed);
            return nullptr;
        }
        applicationId = q.value(0).toInt();
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            error = sqlFailure(absolute, q.lastError(), Problem::DatabaseReadFailed);
            return nullptr;
        }
        userVersion = q.value(0).toInt();
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next()) {
            error = sqlFailure(absolute, q.lastError(), Problem::DatabaseReadFailed);
            return nullptr;
        }
        tableCount = q.value(0).toInt();

        const bool fresh = applicationId == 0 && userVersion == 0 && tableCount == 0;
        if (!fresh && applicationId != kApplicationId) {
            error = DatabaseError::make(
                Kind::NotConvener, absolute, Error(Problem::DatabaseNotConvener).withPath(native(absolute)));
            return nullptr;
        }
        if (userVersion > Migrations::latestVersion()) {
            error = DatabaseError::make(Kind::TooNew, absolute,
                Error(Problem::DatabaseTooNew).withPath(native(absolute)).withCount(userVersion));
            return nullptr;
        }
        // PRAGMA quick_check reads every page, most of the open time of a large
        // database. It runs whenever damage could be new or could spread:
        // - before any backup (the daily one, the one before an upgrade), so a
        //   damaged file never pushes a good backup out of the few kept;
        // - after a session that did not close cleanly;
        // - on every open that keeps no daily backup (the CLI, tests), which has
        //   no record of an earlier check.
        // It is left out only when the app reopens a file on the day its daily
        // backup was taken (after a passing check) and every session since closed
        // cleanly: then nothing of Convener's has written to it unfinished since
        // it was last found healthy, and SQLite still reports damage it reads.
        const QString now = Backups::stampNow();
        const bool upgrade = !fresh && userVersion < Migrations::latestVersion();
        bool backupDue = false;
        if (!fresh && !upgrade && options.dailyBackup) {
            const QStringList existing = Backups::list(absolute);
            const QString today = now.left(8);
            backupDue = existing.isEmpty()
                || !QFileInfo(existing.front()).fileName().contains(QLatin1Char('-') + today + QLatin1Char('-'));
        }
        const bool checkNow = !fresh
            && (upgrade || backupDue || !closedCleanly || !options.dailyBackup || options.access != Access::Write);
        if (checkNow) {
            database->m_checkedOnOpen = true;
            if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
                error = sqlFailure(absolute, q.lastError(), Problem::DatabaseCheckRunFailed);
                return nullptr;
            }
            QStringList problems;
            while (q.next())
                problems << q.value(0).toString();
            if (problems != QStringList{QStringLiteral("ok")}) {
                error = DatabaseError::make(Kind::Corrupt, absolute,
                    Error(Problem::DatabaseCheckFoundDamage)
                        .withPath(native(absolute))
                        .withDetail(problems.mid(0, 3).join(QStringLiteral("; "))));
                return nullptr;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()) {
            error = sqlFailure(absolute, q.lastError(), Problem::DatabaseSetupFailed);
            return nullptr;
        }
        q.finish();

        if (upgrade) {
            const auto backup = Backups::writeAutomatic(db, absolute, now,
                                                        QStringLiteral("before-v%1").arg(Migrations::latestVersion()));
            if (!backup) {
                error = DatabaseError::make(Kind::Failed, absolute,
                    Error(Problem::UpgradeBackupFailed).withPath(native(absolute)).because(backup.error()));
                return nullptr;
            }
            database->m_backupPath = backup.value();
        } else if (backupDue && options.deferDailyBackup) {
            database->m_dailyBackupDue = true;
        } else if (backupDue) {
            const auto backup = Backups::writeAutomatic(db, absolute, now, QStringLiteral("daily"));
            if (backup)
                database->m_backupPath = backup.value();
            else
                database->m_backupProblem = backup.error();
        }
    }

    if (const Status migrated = Migrations::apply(*database); !migrated) {
        error = DatabaseError::make(
            Kind::Failed, absolute, Error(Problem::UpgradeFailed).withPath(native(absolute)).because(migrated.error()));
        return nullptr;
    }
    return database;
}

} // namespace convener::storage
