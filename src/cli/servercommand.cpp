// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// convener-cli server init
#include "cli/clitext.h"
#include "cli/commands.h"
#include "cli/databaseoption.h"
#include "models/storageerror.h"
#include "storage/migrations.h"

#include <QCommandLineParser>

namespace convener::cli {

namespace {

const QString kUsage
    = QStringLiteral("Usage:\n"
                     "  convener-cli server init URL\n\n"
                     "init     gives an empty PostgreSQL database Convener's schema, so a team can share it:\n"
                     "         URL is postgresql://user@host:port/database (the password from PGPASSWORD,\n"
                     "         ~/.pgpass or this computer's keychain, or asked for on a terminal). A database\n"
                     "         that already holds another program's tables is refused\n"
                     "         and left as it is; one Convener already set up is left as it is (and upgraded\n"
                     "         when it is older). To move a cohort there: convener-cli db copy --from FILE --to URL.\n"
                     "         See docs/team-server.md.");

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("The server database to set up."));
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kUsage, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("server init needs the server's address.\n") + kUsage);
        return kExitUsage;
    }
    const QString url = parser.positionalArguments().constFirst();
    const auto parsed = storage::ServerAddress::parse(url);
    if (!parsed) {
        printError(models::describe(parsed.error()));
        return kExitUsage;
    }
    storage::ServerAddress address = parsed.value();
    models::OpenFailure failure;
    storage::Database::Options options;
    options.createIfMissing = false;
    // Already set up: say so and change nothing but an upgrade.
    if (auto existing = openServer(address, failure, options)) {
        printOut(QStringLiteral("%1 is already a Convener database (schema version %2); nothing to set up.")
                     .arg(existing->path())
                     .arg(existing->schemaVersion()));
        return kExitOk;
    }
    if (failure.error.kind != storage::DatabaseError::Kind::NotInitialised) {
        printError(models::describe(failure));
        return kExitFailure;
    }
    options.createIfMissing = true;
    auto db = openServer(address, failure, options);
    if (!db) {
        printError(models::describe(failure));
        return kExitFailure;
    }
    printOut(QStringLiteral("Set up %1 for Convener (schema version %2). Hosts connect with --db %1, or File > "
                            "Connect to Team Server in the app.")
                 .arg(db->path())
                 .arg(db->schemaVersion()));
    return kExitOk;
}

} // namespace

int runServerCommand(const QStringList &arguments)
{
    return runSubcommand("server", arguments, kUsage, { { "init", runInit } });
}

} // namespace convener::cli
