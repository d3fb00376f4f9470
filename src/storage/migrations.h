// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/result.h"

#include <optional>
#include <QSqlDatabase>
#include <QString>

namespace convener::storage {

class Database;

// The schema as one ordered list of steps for both engines, indexed by the
// schema version: SQLite's 'PRAGMA user_version', a server's convener_schema
// table. A new database runs every step from 0, so there is only ever one
// schema. Each step runs in its own transaction and writes its version last.
class Migrations final
{
public:
    // What a database says it is: whose (0 when nobody's yet) and which version.
    struct Stamp
    {
        int applicationId = 0;
        int version = 0;
    };

    // The channel on which a server announces, when a transaction commits, the
    // name of each table it changed (LISTEN/NOTIFY); see ChangeFeed.
    static constexpr const char *kChangeChannel = "convener_changes";

    static int latestVersion();
    // Reads the stamp without writing; nullopt when it cannot be read.
    static std::optional<Stamp> stampOf(const QSqlDatabase &db);
    // The schema version, 0 for a database without Convener's schema, -1 when unreadable.
    static int versionOf(const QSqlDatabase &db);
    static Status apply(Database &database);
};

} // namespace convener::storage
