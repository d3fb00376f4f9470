// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/engine.h"

#include <QString>

class QSqlDatabase;
class QSqlDriver;

namespace convener::storage::dialect {

// The SQL that differs between SQLite and PostgreSQL, in one place. Statements
// are written once with these tokens where the engines part ways, and
// expand() turns them into the engine's own words:
//
//   {{id}}             a row id the database assigns: INTEGER PRIMARY KEY (SQLite's
//                      rowid) or an identity column
//   {{bytes}}          a column of raw bytes: BLOB or BYTEA
//   {{nocase}}         compare and sort ignoring case: COLLATE NOCASE, or the
//                      server's case-insensitive ICU collation convener_nocase
//   {{without_rowid}}  SQLite's WITHOUT ROWID table option (nothing on a server)
//   {{now}}            the current UTC time as text, 2026-01-13T17:00:00Z
//   {{now_ms}}         the same with milliseconds, 2026-01-13T17:00:00.250Z
//   {{by_this_login}}  1 when a versioned row's changed_by is this connection's
//                      login (on a server; a file's rows name no login), else 0
//
// Everything else (types, CHECKs, ON CONFLICT upserts, RETURNING, savepoints)
// is written in the SQL both engines share.
QString expand(Engine engine, const QString &statement);

Engine engineOf(const QSqlDriver *driver);
Engine engineOf(const QSqlDatabase &db);

// The statement that begins a write transaction: SQLite takes its one write
// lock at once (IMMEDIATE); a server runs the transaction as if alone
// (SERIALIZABLE), so two hosts' edits never interleave into a state neither made.
QString beginWrite(Engine engine);

// Whether a failed statement failed because the disk (or the server's space)
// is full: SQLITE_FULL, or PostgreSQL's disk_full and quota classes.
bool isDiskFull(Engine engine, const QString &nativeErrorCode, const QString &databaseText);

// Whether a failed statement lost to another writer and can be told as "changed
// meanwhile": a serialization failure or deadlock on a server.
bool isConflict(Engine engine, const QString &nativeErrorCode);

// Whether a failed statement failed because the connection is gone.
bool isConnectionLost(Engine engine, const QString &nativeErrorCode, const QString &text);

} // namespace convener::storage::dialect
