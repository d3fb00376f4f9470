// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/database.h"

#include <QCommandLineParser>

#include <memory>

namespace convener::cli {

// The --db PATH option the commands share, and opening what it names: a file,
// or a team server's address (postgresql://user@host:port/database; the
// password comes from PGPASSWORD or ~/.pgpass, as for psql).
QCommandLineOption databaseOption();
QCommandLineOption cohortOption();

// Opens the database named by --db (required), printing the reason on failure.
// Commands that change the database take the same lock as the app, so they
// never write under an open window; read-only commands open the file
// read-only and never upgrade it (acceptOlder lets db check read an earlier
// Convener database as it is).
std::unique_ptr<storage::Database> openDatabase(
    const QCommandLineParser &parser, storage::Database::Access access, bool createIfMissing, bool acceptOlder = false);

// Parses arguments for a command; prints the error or the help and returns false when the command should stop.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, int &exitCode);

} // namespace convener::cli
