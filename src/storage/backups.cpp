// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/backups.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

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
    // VACUUM INTO accepts an empty file: making it first gives it owner-only permissions.
    {
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivate))
            return Error(Problem::FileCreateFailed).withPath(native(target)).withDetail(file.errorString());
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO :target"));
    q.bindValue(QStringLiteral(":target"), target);
    if (!q.exec()) {
        QFile::remove(target);
        return Error(Problem::BackupFailed).withPath(native(target)).withDetail(q.lastError().text());
    }
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
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString path = databasePath + suffix;
        if (!QFileInfo::exists(path))
            continue;
        const QString aside = path + QStringLiteral(".damaged-") + stamp;
        if (!QFile::rename(path, aside))
            return Error(Problem::DamagedNotMovedAside).withPath(native(path));
    }
    if (!QFile::copy(backup, databasePath))
        return Error(Problem::RestoreCopyFailed)
            .withPath(native(backup))
            .withTarget(native(databasePath))
            .withName(native(databasePath + QStringLiteral(".damaged-") + stamp));
    QFile::setPermissions(databasePath, kPrivate);
    return {};
}

Result<std::vector<Error>> Backups::check(const QSqlDatabase &db)
{
    std::vector<Error> problems;
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
