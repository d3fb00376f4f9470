// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/backups.h"

#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/dialect.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace convener::storage {

namespace {
constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

QString Backups::stampNow()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

QString Backups::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

Status Backups::write(const QSqlDatabase &db, const QString &target)
{
    if (QFileInfo::exists(target))
        return Error(Problem::BackupTargetExists).withPath(native(target));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error(Problem::BackupFolderFailed).withPath(native(target));
    // Made empty first, so the copy has owner-only permissions from its first byte.
    {
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivate))
            return Error(Problem::FileCreateFailed).withPath(native(target)).withDetail(file.errorString());
    }
    // SQLite's online backup, page by page in one step, from the connection's
    // own handle: it reads a consistent snapshot and works on a connection
    // opened read-only, where VACUUM INTO cannot attach its target.
    const QVariant handle = db.driver()->handle();
    sqlite3 *source = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    const auto failed = [&target](const QString &why) {
        QFile::remove(target);
        return Error(Problem::BackupFailed).withPath(native(target)).withDetail(why);
    };
    if (!source)
        return failed(QStringLiteral("not an SQLite connection"));
    sqlite3 *copy = nullptr;
    int code = sqlite3_open_v2(QFile::encodeName(target).constData(), &copy, SQLITE_OPEN_READWRITE, nullptr);
    if (code == SQLITE_OK) {
        sqlite3_busy_timeout(source, 5000);
        sqlite3_backup *backup = sqlite3_backup_init(copy, "main", source, "main");
        if (!backup) {
            code = sqlite3_errcode(copy);
        } else {
            const int stepped = sqlite3_backup_step(backup, -1);
            code = sqlite3_backup_finish(backup);
            if (stepped != SQLITE_DONE)
                code = stepped;
        }
    }
    const QString why = QString::fromUtf8(copy && code != SQLITE_OK ? sqlite3_errmsg(copy) : sqlite3_errstr(code));
    if (sqlite3_close(copy) != SQLITE_OK && code == SQLITE_OK)
        return failed(QStringLiteral("the copy could not be closed"));
    if (code != SQLITE_OK)
        return failed(why);
    return {};
}

Result<QString> Backups::automaticTarget(const QString &databasePath, const QString &stamp, const QString &reason)
{
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        return Result<QString>::failure(Error(Problem::AutomaticBackupFolderFailed).withPath(native(folder)));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString base = QFileInfo(databasePath).completeBaseName();
    QString target = QStringLiteral("%1/%2-%3-%4.sqlite").arg(folder, base, stamp, reason);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1/%2-%3-%4-%5.sqlite").arg(folder, base, stamp, reason).arg(n);
    return target;
}

void Backups::keepNewest(const QString &databasePath)
{
    const QStringList all = list(databasePath);
    for (qsizetype i = kKeep; i < all.size(); ++i)
        QFile::remove(all.at(i));
}

Result<QString> Backups::writeAutomatic(const QSqlDatabase &db, const QString &databasePath, const QString &stamp,
                                        const QString &reason)
{
    const auto target = automaticTarget(databasePath, stamp, reason);
    if (!target)
        return target;
    if (const auto status = write(db, target.value()); !status)
        return Result<QString>::failure(status.error());
    keepNewest(databasePath);
    return target;
}

QStringList Backups::list(const QString &databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    QDir folder(folderFor(databasePath));
    // The stamp sorts by time, so reverse name order is newest first.
    const QStringList names = folder.entryList({base + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const QString &name : names)
        paths << folder.filePath(name);
    return paths;
}

Status Backups::restore(const QString &databasePath, const QString &backup, const QString &stamp)
{
    if (!QFileInfo::exists(backup))
        return Error(Problem::BackupMissing).withPath(native(backup));
    const QString copy = databasePath + QStringLiteral(".restoring-") + stamp;
    {
        // Opened read-only, as it is: an empty file, a foreign or damaged one
        // is refused here, and opening never gives it a schema or upgrades it.
        DatabaseError openError;
        Database::Options options;
        options.access = Database::Access::Read;
        options.acceptOlder = true;
        const auto source = Database::open(backup, openError, options);
        if (!source)
            return Error(Problem::RestoreSourceUnusable).withPath(native(backup)).because(openError.error);
        const auto problems = check(source->connection());
        if (!problems)
            return Error(Problem::RestoreSourceUnusable).withPath(native(backup)).because(problems.error());
        if (!problems.value().empty())
            return Error(Problem::RestoreSourceUnusable).withPath(native(backup)).because(problems.value().front());
        // A consistent copy, with whatever the backup's own -wal holds.
        QFile::remove(copy);
        if (const auto written = write(source->connection(), copy); !written)
            return Error(Problem::RestoreCopyFailed)
                .withPath(native(backup))
                .withTarget(native(databasePath))
                .because(written.error());
    }
    QStringList movedAside;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString path = databasePath + suffix;
        if (!QFileInfo::exists(path))
            continue;
        const QString aside = path + QStringLiteral(".damaged-") + stamp;
        if (!QFile::rename(path, aside)) {
            for (const QString &moved : std::as_const(movedAside))
                QFile::rename(moved + QStringLiteral(".damaged-") + stamp, moved);
            QFile::remove(copy);
            return Error(Problem::DamagedNotMovedAside).withPath(native(path));
        }
        movedAside << path;
    }
    QFile target(copy);
    if (!target.rename(databasePath)) {
        const QString why = target.errorString();
        for (const QString &moved : std::as_const(movedAside))
            QFile::rename(moved + QStringLiteral(".damaged-") + stamp, moved);
        QFile::remove(copy);
        return Error(Problem::RestoreNotPutInPlace).withPath(native(databasePath)).withDetail(why);
    }
    QFile::setPermissions(databasePath, kPrivate);
    return {};
}

Result<std::vector<Error>> Backups::check(const QSqlDatabase &db)
{
    std::vector<Error> problems;
    if (dialect::engineOf(db) == Engine::PostgreSQL) {
        // A server guards its own pages and enforces every reference itself;
        // what a check can add is reading every row of every table through.
        if (const auto read = DatabaseCopy::summarize(db); !read)
            problems.push_back(
                Error(Problem::DamageFound).withDetail(read.error().name + QStringLiteral(": ") + read.error().detail));
        return problems;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error(Problem::CheckFailed).withDetail(q.lastError().text());
    while (q.next()) {
        if (q.value(0).toString() != QLatin1String("ok"))
            problems.push_back(Error(Problem::DamageFound).withDetail(q.value(0).toString()));
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Error(Problem::CheckFailed).withDetail(q.lastError().text());
    while (q.next()) {
        problems.push_back(Error(Problem::DanglingReference)
                               .withId(q.value(1).toLongLong())
                               .withName(q.value(0).toString())
                               .withDetail(q.value(2).toString()));
    }
    return problems;
}

} // namespace convener::storage
