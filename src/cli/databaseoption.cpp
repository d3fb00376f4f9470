// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "cli/databaseoption.h"

#include "cli/clitext.h"
#include "models/storageerror.h"

namespace convener::cli {

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
    storage::DatabaseError error;
    storage::Database::Options options;
    options.access = access;
    options.createIfMissing = createIfMissing;
    options.acceptOlder = acceptOlder;
    auto db = storage::Database::openAny(path, error, options);
    if (!db)
        printError(models::describe(error));
    return db;
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
