// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/database.h"

#include "storage/backups.h"
#include "storage/dialect.h"
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
#include <QStorageInfo>
#include <QThread>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

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

// Up to this size opening checks the whole file with integrity_check, which
// also compares every index with its table (about 35 ms for a cohort of 500
// people); a larger file gets quick_check, which reads every page but skips
// that comparison.
constexpr qint64 kFullCheckMaxBytes = 64LL * 1024 * 1024;

// The real file a path names: symbolic links (of the file or of a folder on
// the way) resolved, so the lock and SQLite's side files go by the file, not
// by the name it was opened with. A path that does not exist yet keeps its
// name in its real folder; a dangling link names the file it points to.
QString realPath(const QFileInfo &info)
{
    if (info.exists())
        return info.canonicalFilePath();
    if (info.isSymLink())
        return QFileInfo(info.symLinkTarget()).absoluteFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

// How many names (hard links) the file has; 1 where the system cannot tell.
qint64 linkCount(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        return static_cast<qint64>(st.st_nlink);
#else
    Q_UNUSED(path);
#endif
    return 1;
}

bool isWritableFile(const QString &path)
{
#ifdef Q_OS_UNIX
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

// QLockFile removes a stale lock while holding "<lock>.rmlock", itself a lock
// file. An instance killed while holding it leaves it behind, often empty,
// and QLockFile then waits out its 30-second stale time before anyone may
// take the database over. An rmlock that names no process, or a process that
// is gone, and is older than any instance needs to write one is removed.
void removeAbandonedRemovalLock(const QString &lockPath)
{
    const QString rmlockPath = lockPath + QStringLiteral(".rmlock");
    const QFileInfo rmlock(rmlockPath);
    if (!rmlock.exists())
        return;
    const qint64 age = rmlock.lastModified().msecsTo(QDateTime::currentDateTime());
    if (age >= 0 && age < kLockWriteGraceMs)
        QThread::msleep(static_cast<unsigned long>(kLockWriteGraceMs - age));
    QLockFile holder(rmlockPath);
    holder.setStaleLockTime(0);
    qint64 pid = 0;
    QString host, app;
    if (!holder.getLockInfo(&pid, &host, &app)) {
        QFile::remove(rmlockPath);
        return;
    }
    // A readable one whose process is gone is taken over and let go at once.
    if (holder.tryLock(0))
        holder.unlock();
}

bool takeOverUnreadableLock(QLockFile &lock, const QString &lockPath);

// Takes the database's lock file; a lock whose holder is gone is taken over.
bool takeLock(QLockFile &lock, const QString &lockPath)
{
    removeAbandonedRemovalLock(lockPath);
    // A lock whose process is gone (a crash) counts as stale and is taken over;
    // age alone never makes a live instance's lock stale.
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0) && !takeOverUnreadableLock(lock, lockPath))
        return false;
    // The lock names this machine and process: for its owner's eyes only.
    QFile::setPermissions(lockPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

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

// Whether the disk holding path has no room left: a file or lock that could
// not be made there is then told as a full disk, not as a folder to fix.
bool diskIsFull(const QString &path)
{
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    // A few blocks spare is still too little for a lock file, a schema or a -wal.
    return disk.isValid() && disk.bytesAvailable() < 16 * 1024;
}

DatabaseError diskFull(const QString &path, const QString &detail = {})
{
    return DatabaseError::make(
        Kind::DiskFull, path, Error(Problem::DatabaseDiskFull).withPath(native(path)).withDetail(detail));
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
    if (diskIsFull(path))
        return diskFull(path);
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
    if (dialect::isDiskFull(Engine::SQLite, error.nativeErrorCode(), error.databaseText()))
        return diskFull(path, error.databaseText());
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
    // Only while this opening holds the lock can nobody else be using the
    // side files it made; a read-only connection never writes to them.
    if (m_lock && m_lock->isLocked()) {
        for (const QString &file : std::as_const(m_sideFilesMade))
            QFile::remove(file);
    }
    if (m_lock)
        m_lock->unlock();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrations::versionOf(connection());
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/convener.sqlite");
}

QString Database::lockPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

std::unique_ptr<Database> Database::openAny(const QString &pathOrAddress, DatabaseError &error, const Options &options)
{
    if (!ServerAddress::looksLikeAddress(pathOrAddress))
        return open(pathOrAddress, error, options);
    const auto address = ServerAddress::parse(pathOrAddress);
    if (!address) {
        error = DatabaseError::make(Kind::CannotRead, pathOrAddress, address.error());
        return nullptr;
    }
    // A server is given Convener's schema by `server init` alone, never by
    // whoever happens to open it first.
    Options serverOptions = options;
    serverOptions.createIfMissing = false;
    return connect(address.value(), error, serverOptions);
}

std::unique_ptr<Database> Database::open(const QString &path, DatabaseError &error, const Options &options)
{
    error = {};
    const bool reading = options.access == Access::Read;
    const QString absolute = realPath(QFileInfo(path));
    const QFileInfo info(absolute);

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
        if (empty && reading) {
            error
                = DatabaseError::make(Kind::Empty, absolute, Error(Problem::DatabaseEmpty).withPath(native(absolute)));
            return nullptr;
        }
        if (!reading) {
            // SQLite's -wal goes by name too: two names for one file would let
            // two writers in at once, each with a log of its own.
            if (const qint64 links = linkCount(absolute); links > 1) {
                error = DatabaseError::make(Kind::Linked, absolute,
                    Error(Problem::DatabaseHardLinked).withPath(native(absolute)).withCount(links));
                return nullptr;
            }
            // Opened anyway, SQLite would read it, fail every save, and give
            // its -shm the file's read-only mode, which outlives a chmod.
            if (!isWritableFile(absolute)) {
                error = DatabaseError::make(
                    Kind::ReadOnly, absolute, Error(Problem::DatabaseReadOnly).withPath(native(absolute)));
                return nullptr;
            }
        }
    } else {
        if (!options.createIfMissing || reading) {
            error = DatabaseError::make(
                Kind::CannotRead, absolute, Error(Problem::DatabaseMissing).withPath(native(absolute)));
            return nullptr;
        }
        if (!QDir().mkpath(info.absolutePath()) || !createPrivateFile(absolute)) {
            if (diskIsFull(absolute)) {
                error = diskFull(absolute);
                return nullptr;
            }
            error = DatabaseError::make(
                Kind::CannotCreate, absolute, Error(Problem::DatabaseNotCreated).withPath(native(absolute)));
            return nullptr;
        }
    }

    // A lock file or a -wal left behind means the last session did not close
    // cleanly: a crash, a kill or a power cut, the moments damage comes from.
    // (A clean close removes both; the last connection checkpoints the WAL.)
    const QString walPath = absolute + QStringLiteral("-wal");
    const QString shmPath = absolute + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(walPath);
    const bool hadShm = QFileInfo::exists(shmPath);
    const bool closedCleanly = !QFileInfo::exists(lockPathFor(absolute)) && !hadWal;
    // A writer must hold the lock. A reader takes it when it is free, for the
    // moment it reads, so no writer starts under it and whatever side file it
    // makes can be removed; when another instance holds it, the reader reads
    // beside that writer, whose side files exist already.
    auto lock = std::make_unique<QLockFile>(lockPathFor(absolute));
    if (!takeLock(*lock, lockPathFor(absolute))) {
        if (!reading) {
            error = lockError(absolute, *lock);
            return nullptr;
        }
    }
    const bool alone = lock->isLocked();

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(absolute, name, std::move(lock)));
    database->m_readOnly = reading;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (reading) {
            // Read-only in SQLite itself. With nobody else in and no -wal to
            // read, the file is also declared immutable: SQLite then takes no
            // locks and makes no -wal or -shm at all.
            QUrl uri = QUrl::fromLocalFile(absolute);
            uri.setQuery(alone && !hadWal ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(absolute);
        }
        if (!db.open()) {
            error = sqlFailure(absolute, db.lastError(), Problem::DatabaseOpenFailed);
            return nullptr;
        }
        if (reading) {
            if (!hadWal && QFileInfo::exists(walPath))
                database->m_sideFilesMade << walPath;
            if (!hadShm && QFileInfo::exists(shmPath))
                database->m_sideFilesMade << shmPath;
        }

        QSqlQuery q(db);
        // The busy timeout first, so the pragmas after it wait for a writer instead of failing.
        QStringList pragmas {
            QStringLiteral("PRAGMA busy_timeout = 5000"),
            QStringLiteral("PRAGMA foreign_keys = ON"),
        };
        pragmas << (reading ? QStringLiteral("PRAGMA query_only = ON") : QStringLiteral("PRAGMA synchronous = FULL"));
        for (const QString &pragma : std::as_const(pragmas)) {
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
        if (fresh && reading) {
            error
                = DatabaseError::make(Kind::Empty, absolute, Error(Problem::DatabaseEmpty).withPath(native(absolute)));
            return nullptr;
        }
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
        const bool upgrade = !fresh && userVersion < Migrations::latestVersion();
        if (upgrade && reading && !options.acceptOlder) {
            error = DatabaseError::make(Kind::NeedsUpgrade, absolute,
                Error(Problem::DatabaseNeedsUpgrade).withPath(native(absolute)).withCount(userVersion));
            return nullptr;
        }
        // A check reads every page, most of the open time of a large
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
        bool backupDue = false;
        if (!fresh && !upgrade && options.dailyBackup && !reading) {
            const QStringList existing = Backups::list(absolute);
            const QString today = now.left(8);
            backupDue = existing.isEmpty()
                || !QFileInfo(existing.front()).fileName().contains(QLatin1Char('-') + today + QLatin1Char('-'));
        }
        const bool checkNow = !fresh && (upgrade || backupDue || !closedCleanly || !options.dailyBackup || reading);
        if (checkNow) {
            database->m_checkedOnOpen = true;
            const bool full = QFileInfo(absolute).size() <= kFullCheckMaxBytes;
            if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"))) {
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
        if (reading) {
            q.finish();
            return database;
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
        // A disk that filled while the schema was written (a new file) or
        // upgraded (the transaction rolled back): say so, not "upgrade failed".
        if (dialect::isDiskFull(Engine::SQLite, QString(), migrated.error().detail) || diskIsFull(absolute)) {
            error = diskFull(absolute, migrated.error().detail);
            return nullptr;
        }
        error = DatabaseError::make(
            Kind::Failed, absolute, Error(Problem::UpgradeFailed).withPath(native(absolute)).because(migrated.error()));
        return nullptr;
    }
    return database;
}

} // namespace convener::storage
