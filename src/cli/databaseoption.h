// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/openfailure.h"
#include "storage/database.h"

#include <memory>
#include <QCommandLineParser>

namespace convener::cli {

// The --db PATH option the commands share, and opening what it names: a file,
// or a team server's address (postgresql://user@host:port/database; the
// password comes from PGPASSWORD or ~/.pgpass, as for psql, else from this
// computer's keychain, where the app keeps it, else it is asked for on a terminal).
QCommandLineOption databaseOption();
QCommandLineOption cohortOption();

// Opens the database named by --db (required), printing the reason on failure.
// Commands that change the database take the same lock as the app, so they
// never write under an open window; read-only commands open the file
// read-only and never upgrade it (acceptOlder lets db check read an earlier
// Convener database as it is).
std::unique_ptr<storage::Database> openDatabase(
    const QCommandLineParser &parser, storage::Database::Access access, bool createIfMissing, bool acceptOlder = false);

// A file or a server address, whichever text is, as Database::openAny; a
// server gets its password as openServer() says. models::describe(failure)
// words a failure.
std::unique_ptr<storage::Database> openPathOrServer(
    const QString &pathOrAddress, models::OpenFailure &failure, const storage::Database::Options &options);

// Connects to a team server. When the server wants a password and libpq found
// none (not in the address, PGPASSWORD or ~/.pgpass), the one this computer's
// keychain keeps for the server is tried once; without one, and only when
// stdin is a terminal, one is asked for without echo. address takes the
// password that worked, for a second connection.
std::unique_ptr<storage::Database> openServer(
    storage::ServerAddress &address, models::OpenFailure &failure, const storage::Database::Options &options);

// Parses arguments for a command; prints the error or the help and returns false when the command should stop.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, int &exitCode);

} // namespace convener::cli
