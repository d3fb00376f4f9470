// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// convener-cli server init
#include "cli/clitext.h"
#include "cli/commands.h"
#include "cli/databaseoption.h"
#include "models/storageerror.h"
#include "storage/migrations.h"
#include "storage/serverroles.h"

#include <QCommandLineParser>

namespace convener::cli {

namespace {

const QString kUsage
    = QStringLiteral("Usage:\n"
                     "  convener-cli server init URL\n\n"
                     "init     gives an empty PostgreSQL database Convener's schema and the team's group roles\n"
                     "         (DATABASE_hosts and DATABASE_cohosts), so a team can share it:\n"
                     "         URL is postgresql://user@host:port/database (the password from PGPASSWORD,\n"
                     "         ~/.pgpass or this computer's keychain, or asked for on a terminal). A database\n"
                     "         that already holds another program's tables is refused\n"
                     "         and left as it is; one Convener already set up is left as it is (and upgraded\n"
                     "         when it is older; its group roles are made when missing). Run it as the database's\n"
                     "         owner, with the right to create roles. Only members of the group roles (and the\n"
                     "         owner) may connect then: GRANT DATABASE_cohosts TO maya makes the login maya a\n"
                     "         co-host. To move a cohort there: convener-cli db copy --from FILE --to URL.\n"
                     "         See docs/team-server.md.");

// The address a member of the team connects with: their own login in it.
QString loginAddress(storage::ServerAddress address)
{
    address.user = QStringLiteral("LOGIN");
    address.password.clear();
    return address.display();
}

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
    // Already set up: say so and change nothing but an upgrade (and roles that are missing).
    auto db = openServer(address, failure, options);
    const bool existed = db != nullptr;
    if (!db) {
        if (failure.error.kind != storage::DatabaseError::Kind::NotInitialised) {
            printError(models::describe(failure));
            return kExitFailure;
        }
        options.createIfMissing = true;
        db = openServer(address, failure, options);
        if (!db) {
            printError(models::describe(failure));
            return kExitFailure;
        }
    }
    const auto roles = storage::serverroles::setUp(*db);
    if (!roles) {
        printError(models::describe(roles.error()));
        if (!existed)
            printError(QStringLiteral("The schema is in place; run server init again as a login that may create "
                                      "roles to finish."));
        return kExitFailure;
    }
    const QString team = QStringLiteral("Hosts are the members of %1, co-hosts of %2 (GRANT %2 TO LOGIN as the owner "
                                        "or a host); they connect with --db %3, or File > Connect to Team Server in "
                                        "the app.")
                             .arg(roles.value().hosts, roles.value().coHosts, loginAddress(address));
    if (existed) {
        printOut(QStringLiteral("%1 is already a Convener database (schema version %2); its group roles are in "
                                "place. %3")
                     .arg(db->path())
                     .arg(db->schemaVersion())
                     .arg(team));
    } else {
        printOut(QStringLiteral("Set up %1 for Convener (schema version %2). %3")
                     .arg(db->path())
                     .arg(db->schemaVersion())
                     .arg(team));
    }
    return kExitOk;
}

} // namespace

int runServerCommand(const QStringList &arguments)
{
    return runSubcommand("server", arguments, kUsage, { { "init", runInit } });
}

} // namespace convener::cli
