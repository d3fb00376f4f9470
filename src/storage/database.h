// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/databaseerror.h"
#include "storage/engine.h"
#include "storage/error.h"
#include "storage/result.h"
#include "storage/serveraddress.h"

#include <memory>
#include <optional>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QLockFile;

namespace convener::storage {

// Owns one connection to a Convener database: an SQLite file, held with the
// lock file that keeps a second Convener off it, or a team's PostgreSQL
// server, which many Conveners share. The connection has its own QtSql name,
// removed in the destructor, so several databases can be open in one process
// (tests, the CLI).
class Database final
{
public:
    // Write: the app and the commands that change the database. The file is
    // created when missing (createIfMissing), upgraded to the current schema
    // after a backup, and held with the lock file so no other writer opens it.
    // Read: the commands that only read (checks, lists, exports, a restore's
    // source). The file is opened read-only: never created, upgraded or
    // given a schema; an empty file or an older database is refused (unless
    // acceptOlder), and no side file it did not have is left behind.
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
        // With Access::Read: an older Convener database opens as it is (db check,
        // a restore's source) instead of being refused as needing an upgrade.
        bool acceptOlder = false;
        // On a server, createIfMissing means: give an empty database Convener's
        // schema (`server init`, tests). The app and the CLI's other commands
        // refuse an empty server database instead, naming `server init`.
    };

    // Opens the database at path as options.access says (for Write: creating it
    // if allowed and missing, and migrating it). A symbolic link is followed to
    // the real file, so the lock goes with the file whatever name it is opened
    // by. On failure returns nullptr and fills error; the file is never
    // overwritten or changed when it is not a healthy Convener database.
    static std::unique_ptr<Database> open(const QString &path, DatabaseError &error, const Options &options);
    static std::unique_ptr<Database> open(const QString &path, DatabaseError &error)
    {
        return open(path, error, Options{});
    }

    // Connects to a team server. Refuses a server older than PostgreSQL 13, a
    // database that holds another program's tables, one written by a newer
    // Convener, and (unless options.createIfMissing) one without Convener's
    // schema; upgrades an older schema unless opened for reading. Lock files
    // and backups are the file's: a server has neither.
    static std::unique_ptr<Database> connect(
        const ServerAddress &address, DatabaseError &error, const Options &options);
    // A path or a server address, whichever text is. A server is never set up
    // here (createIfMissing counts for files only).
    static std::unique_ptr<Database> openAny(
        const QString &pathOrAddress, DatabaseError &error, const Options &options);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    // The real file's absolute path (symbolic links resolved); on a server,
    // its address as shown to a person (ServerAddress::display()).
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    // The automatic backup taken while opening, if any, and why one could not be taken.
    const QString &backupPath() const { return m_backupPath; }
    const std::optional<Error> &backupProblem() const { return m_backupProblem; }
    // Whether a daily backup is due and, as asked by deferDailyBackup, was left to the caller.
    bool dailyBackupDue() const { return m_dailyBackupDue; }
    // Whether opening ran SQLite's quick_check (see open() in database.cpp for when).
    bool checkedOnOpen() const { return m_checkedOnOpen; }

    // A server: whether it still answers (a file always does). A connection
    // lost (the server restarted, the network dropped, the session was ended)
    // is ServerConnectionLost with libpq's words.
    Status ping() const;
    // A server: whether this login may change data now (false on a standby or
    // for a login that may only read).
    Result<bool> serverAllowsWrites() const;
    // A server: opens the connection again with the same address and session
    // settings, after it was lost. Refused when the database is no longer the
    // one this Convener knows (set up anew, or upgraded by a newer Convener).
    Status reconnect();

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
    Engine m_engine = Engine::SQLite;
    std::unique_ptr<QLockFile> m_lock;
    QString m_backupPath;
    std::optional<Error> m_backupProblem;
    bool m_checkedOnOpen = false;
    bool m_dailyBackupDue = false;
    bool m_readOnly = false;
    // Side files (-wal, -shm) a read-only opening made: removed after closing
    // when this opening held the lock, so nobody else can be using them.
    QStringList m_sideFilesMade;
};

} // namespace convener::storage
