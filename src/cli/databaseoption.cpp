// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "cli/databaseoption.h"

#include "cli/clitext.h"
#include "models/openfailure.h"
#include "models/server/keychainpasswordstore.h"
#include "models/storageerror.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace convener::cli {

namespace {

// One line typed on the terminal without echo; empty when nothing was typed.
QString askPassword(const storage::ServerAddress &address)
{
    std::fprintf(stderr, "Password for %s: ", qPrintable(models::PasswordStore::keyFor(address)));
    std::fflush(stderr);
    termios before {};
    const bool quiet = tcgetattr(STDIN_FILENO, &before) == 0;
    if (quiet) {
        termios silent = before;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.push_back(static_cast<char>(c));
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    std::fputc('\n', stderr);
    return QString::fromStdString(line);
}

// The server wants a password libpq did not find: the keychain's, tried once,
// else one typed on a terminal.
std::unique_ptr<storage::Database> connectWithPassword(
    storage::ServerAddress &address, models::OpenFailure &failure, const storage::Database::Options &options)
{
    models::KeychainPasswordStore keychain;
    if (const auto stored = keychain.read(models::PasswordStore::keyFor(address)); stored.password) {
        address.password = *stored.password;
        auto db = storage::Database::connect(address, failure.error, options);
        failure.storedPasswordRefused = !db && failure.wantsPassword();
        return db;
    }
    if (!isatty(STDIN_FILENO))
        return nullptr;
    const QString typed = askPassword(address);
    if (typed.isEmpty())
        return nullptr;
    address.password = typed;
    return storage::Database::connect(address, failure.error, options);
}

} // namespace

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"),
        QStringLiteral("The Convener database: a file, or a team server as postgresql://user@host:port/database."),
        QStringLiteral("PATH"));
}

QCommandLineOption cohortOption()
{
    return QCommandLineOption(QStringLiteral("cohort"), QStringLiteral("The cohort's name."), QStringLiteral("NAME"));
}

std::unique_ptr<storage::Database> openDatabase(
    const QCommandLineParser &parser, storage::Database::Access access, bool createIfMissing, bool acceptOlder)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        printError(QStringLiteral("--db PATH is required: the database to work on."));
        return nullptr;
    }
    models::OpenFailure failure;
    storage::Database::Options options;
    options.access = access;
    options.createIfMissing = createIfMissing;
    options.acceptOlder = acceptOlder;
    auto db = openPathOrServer(path, failure, options);
    if (!db)
        printError(models::describe(failure));
    return db;
}

std::unique_ptr<storage::Database> openPathOrServer(
    const QString &pathOrAddress, models::OpenFailure &failure, const storage::Database::Options &options)
{
    failure = {};
    auto db = storage::Database::openAny(pathOrAddress, failure.error, options);
    if (db || failure.error.error.problem != storage::Problem::ServerPasswordMissing)
        return db;
    // openAny reached the server, so the address reads.
    storage::ServerAddress address = storage::ServerAddress::parse(pathOrAddress).value();
    storage::Database::Options serverOptions = options;
    serverOptions.createIfMissing = false;
    return connectWithPassword(address, failure, serverOptions);
}

std::unique_ptr<storage::Database> openServer(
    storage::ServerAddress &address, models::OpenFailure &failure, const storage::Database::Options &options)
{
    failure = {};
    auto db = storage::Database::connect(address, failure.error, options);
    if (db || failure.error.error.problem != storage::Problem::ServerPasswordMissing)
        return db;
    return connectWithPassword(address, failure, options);
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, int &exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{QStringLiteral("convener-cli")} + arguments)) {
        printError(parser.errorText() + QStringLiteral("\n") + usage);
        exitCode = kExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        printOut(usage);
        exitCode = kExitOk;
        return false;
    }
    return true;
}

} // namespace convener::cli
