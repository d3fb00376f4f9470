// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <vector>

namespace convener::storage {

// Copies of a database taken while it is open (SQLite's VACUUM INTO: a
// consistent snapshot, never a half-written file), kept in a "backups" folder
// beside it, readable by the owner only.
class Backups final
{
public:
    static constexpr int kKeep = 5;

    // The current UTC time as backup and restore file names carry it ("yyyyMMdd-HHmmss").
    // The wall clock only names files here; nothing depends on its value.
    static QString stampNow();

    // The folder automatic backups of databasePath go to.
    static QString folderFor(const QString &databasePath);

    // Writes a snapshot of db to target, which must not exist yet.
    static Status write(const QSqlDatabase &db, const QString &target);

    // A snapshot into the backups folder named after the database, the time
    // (UTC, given as "yyyyMMdd-HHmmss") and why; then only the newest kKeep are kept.
    static Result<QString> writeAutomatic(const QSqlDatabase &db, const QString &databasePath, const QString &stamp,
                                          const QString &reason);

    // A new file name in the backups folder (created owner-only if missing)
    // for an automatic backup of databasePath; nothing is written yet.
    static Result<QString> automaticTarget(const QString &databasePath, const QString &stamp, const QString &reason);

    // Removes all but the newest kKeep automatic backups of databasePath.
    static void keepNewest(const QString &databasePath);

    // Automatic backups of databasePath, newest first.
    static QStringList list(const QString &databasePath);

    // Puts a copy of backup in place of a damaged database. The backup is
    // opened read-only and never written: it must be a healthy Convener
    // database of this or an earlier version (an earlier one is upgraded when
    // the restored database is next opened for writing). The copy is made
    // beside the database first; only then is the damaged file (and its -wal
    // and -shm) moved aside with ".damaged-<stamp>" appended, never deleted.
    static Status restore(const QString &databasePath, const QString &backup, const QString &stamp);

    // PRAGMA integrity_check and foreign_key_check; the problems found
    // (DamageFound, DanglingReference), empty when healthy.
    static Result<std::vector<Error>> check(const QSqlDatabase &db);
};

} // namespace convener::storage
