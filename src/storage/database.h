// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/databaseerror.h"
#include "storage/error.h"

#include <memory>
#include <optional>
#include <QSqlDatabase>
#include <QString>

class QLockFile;

namespace convener::storage {

// Owns one SQLite connection to a Convener database and, unless asked not to,
// the lock file that keeps a second Convener off the same file. The connection
// has its own QtSql name, removed in the destructor, so several databases can
// be open in one process (tests, the CLI).
class Database final
{
public:
    enum class Access { Write, Read };

    struct Options
    {
        Access access = Access::Write;
        bool createIfMissing = true;
        // A backup in the "backups" folder beside the database when it is opened
        // and none was taken today (the app asks for it; the CLI does not). A
        // backup before every schema upgrade is always taken.
        bool dailyBackup = false;
        // With dailyBackup: leave a due daily backup to the caller, which takes
        // it after its window is shown (BackgroundBackup), instead of copying
        // the file while opening. The check before it still runs while opening,
        // so a damaged file is still refused here; dailyBackupDue() tells.
        bool deferDailyBackup = false;
    };

    // Opens (creating it if allowed and missing) and migrates the database at
    // path. On failure returns nullptr and fills error; the file is never
    // overwritten or changed when it is not a healthy Convener database.
    static std::unique_ptr<Database> open(const QString &path, DatabaseError &error, const Options &options);
    static std::unique_ptr<Database> open(const QString &path, DatabaseError &error)
    {
        return open(path, error, Options{});
    }

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    // The automatic backup taken while opening, if any, and why one could not be taken.
    const QString &backupPath() const { return m_backupPath; }
    const std::optional<Error> &backupProblem() const { return m_backupProblem; }
    // Whether a daily backup is due and, as asked by deferDailyBackup, was left to the caller.
    bool dailyBackupDue() const { return m_dailyBackupDue; }
    // Whether opening ran SQLite's quick_check (see open() in database.cpp for when).
    bool checkedOnOpen() const { return m_checkedOnOpen; }

    // The default database of the app: convener.sqlite in the user's data folder.
    static QString defaultPath();
    // The lock file that marks a database as in use.
    static QString lockPathFor(const QString &databasePath);

    // 'PRAGMA application_id' of every Convener database ("CNVR").
    static constexpr int kApplicationId = 0x434E5652;

private:
    Database(QString path, QString connectionName, std::unique_ptr<QLockFile> lock);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    QString m_backupPath;
    std::optional<Error> m_backupProblem;
    bool m_checkedOnOpen = false;
    bool m_dailyBackupDue = false;
};

} // namespace convener::storage
