// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/error.h"
#include "storage/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <vector>

namespace convener::storage {

class Database;

// A whole Convener database copied between engines, row for row: an SQLite
// file to a team server and back, or a server to a new file (a server's
// backup, which opens in a solo Convener). Ids are kept, so every reference
// still holds; journals are copied as the sealed bytes they are, never opened.
class DatabaseCopy final
{
public:
    // One table as copied: its rows and a checksum of every value, read back
    // from each side after the copy.
    struct TableReport
    {
        QString table;
        qint64 rows = 0;
        QByteArray checksum; // SHA-256, hex
    };

    // Every table of the schema, in an order in which each row's references
    // are copied before it (the copy and the tests walk this list).
    static const std::vector<QString> &tables();

    // Copies everything in from into to, in one transaction on to. Both must
    // be at the current schema version; to must hold no rows at all (a new
    // file, or a server database just set up with `server init`). After the
    // copy each table's rows and checksum are read back from both sides and
    // must match, or nothing is kept.
    static Result<std::vector<TableReport>> copy(Database &from, Database &to);

    // Counts and checksums of every table of db, in the same canonical form
    // on both engines (rows in key order; integers, text, bytes and NULL told apart).
    static Result<std::vector<TableReport>> summarize(const QSqlDatabase &db);
};

} // namespace convener::storage
