// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/error.h"

#include <QString>

namespace convener::storage {

// Why a database could not be opened. Each kind maps to a different thing the
// person can do next, so the app and the CLI can say it.
struct DatabaseError
{
    enum class Kind {
        None,
        CannotCreate, // the folder or file could not be made
        CannotRead, // exists but cannot be opened (permissions, a folder, ...)
        NotSqlite, // the file is something other than an SQLite database
        NotConvener, // an SQLite database that belongs to another program
        TooNew, // written by a newer Convener
        Corrupt, // SQLite reports damage
        Locked, // another Convener has it open
        Failed, // any other SQLite failure, with its message
        Empty, // an empty file or an SQLite file with no tables, opened for reading
        NeedsUpgrade, // an older Convener database, opened for reading: a write upgrades it
        ReadOnly, // the file cannot be written, opened for writing
        Linked, // the file has other names (hard links), opened for writing
        DiskFull, // no room left on the disk for the database to open or upgrade
        Unreachable, // a team server that does not answer (address, network, server down)
        LoginRefused, // a team server that refused the user or the password
        Insecure, // a team server whose certificate does not match what was asked
        TooOld, // a team server older than PostgreSQL 13
        NotInitialised, // a team server's database without Convener's schema (run `server init`)
    };

    Kind kind = Kind::None;
    QString path;
    Error error = Error(
        Problem::DatabaseOpenFailed); // the problem and its facts, when kind is not None; models::describe() words it

    bool isError() const { return kind != Kind::None; }
    static DatabaseError make(Kind kind, const QString &path, Error error)
    {
        return DatabaseError { kind, path, std::move(error) };
    }
};

QString databaseErrorKindName(DatabaseError::Kind kind);

} // namespace convener::storage
