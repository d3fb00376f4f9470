// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// convener-cli cohort create|list, and convener-cli demo
#include "cli/clitext.h"
#include "cli/commands.h"
#include "cli/databaseoption.h"
#include "storage/conversions.h"
#include "storage/demoseeder.h"
#include "storage/programrepository.h"
#include "storage/rosterrepository.h"
#include "storage/writetransaction.h"

#include <nlohmann/json.hpp>

#include <QCommandLineParser>
#include <QDate>

namespace convener::cli {

namespace {

using storage::toQt;
using storage::toStd;

const QString kCohortUsage = QStringLiteral(
    "Usage:\n"
    "  convener-cli cohort create NAME --db PATH [--start-date YYYY-MM-DD] [--time HH:MM] [--time-zone ZONE]\n"
    "                                  [--description TEXT] [--program ID]\n"
    "  convener-cli cohort list --db PATH\n\n"
    "create  makes a cohort (the database is created if it does not exist). Its calls fall on the\n"
    "        weekday of --start-date, at --time local time in --time-zone (an IANA name such as\n"
    "        Europe/Lisbon). --program gives it the calls of a built-in program, dated weekly\n"
    "        (see 'convener-cli template list'; the four-week program is practice-program).\n"
    "list    prints the cohorts as JSON.");

int runCreate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption start(QStringLiteral("start-date"), QStringLiteral("First call."), QStringLiteral("DATE"));
    const QCommandLineOption time(QStringLiteral("time"), QStringLiteral("Local start time."), QStringLiteral("HH:MM"),
                                  QStringLiteral("18:00"));
    const QCommandLineOption zone(QStringLiteral("time-zone"), QStringLiteral("IANA time zone."), QStringLiteral("ZONE"));
    const QCommandLineOption description(QStringLiteral("description"), QStringLiteral("A line about the cohort."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption program(QStringLiteral("program"), QStringLiteral("Built-in program to follow."),
                                     QStringLiteral("ID"));
    parser.addOptions({start, time, zone, description, program});
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The cohort's name."));
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kCohortUsage, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("cohort create needs exactly one NAME (quote it if it has spaces).\n") + kCohortUsage);
        return kExitUsage;
    }
    core::Cohort cohort;
    cohort.name = toStd(parser.positionalArguments().front());
    cohort.startTime = toStd(parser.value(time));
    cohort.timeZone = toStd(parser.value(zone));
    cohort.description = toStd(parser.value(description));
    if (parser.isSet(start)) {
        const QDate date = QDate::fromString(parser.value(start), Qt::ISODate);
        if (!date.isValid()) {
            printError(QStringLiteral("--start-date '%1' is not a date written as YYYY-MM-DD.").arg(parser.value(start)));
            return kExitUsage;
        }
        cohort.startDate = toStd(date.toString(Qt::ISODate));
        cohort.weekday = date.dayOfWeek();
    }
    auto db = openDatabase(parser, storage::Database::Locking::Exclusive, true);
    if (!db)
        return kExitFailure;
    storage::RosterRepository roster(*db);
    storage::WriteTransaction transaction(db->connection());
    const auto id = roster.createCohort(cohort);
    if (!id) {
        printError(id.error());
        return kExitFailure;
    }
    if (parser.isSet(program)) {
        const auto followed = storage::ProgramRepository(*db).followBuiltinProgram(id.value(), toStd(parser.value(program)));
        if (!followed) {
            printError(followed.error());
            return kExitFailure;
        }
    }
    if (!transaction.commit()) {
        printError(QStringLiteral("Could not save the cohort: %1").arg(transaction.error()));
        return kExitFailure;
    }
    printOut(QStringLiteral("Created cohort '%1'.").arg(toQt(cohort.name)));
    return kExitOk;
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kCohortUsage, exitCode))
        return exitCode;
    auto db = openDatabase(parser, storage::Database::Locking::Shared, false);
    if (!db)
        return kExitFailure;
    storage::RosterRepository roster(*db);
    const auto cohorts = roster.cohorts();
    if (!cohorts) {
        printError(cohorts.error());
        return kExitFailure;
    }
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto &c : cohorts.value()) {
        out.push_back({{"name", c.name},
                       {"start_date", c.startDate},
                       {"weekday", c.weekday},
                       {"start_time", c.startTime},
                       {"time_zone", c.timeZone},
                       {"members", roster.memberCount(c.id).ok() ? roster.memberCount(c.id).value() : 0}});
    }
    printOut(out.dump(2));
    return kExitOk;
}

} // namespace

int runCohortCommand(const QStringList &arguments)
{
    return runSubcommand("cohort", arguments, kCohortUsage, {{"create", runCreate}, {"list", runList}});
}

int runDemoCommand(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "Usage: convener-cli demo --db PATH\n\n"
        "Creates the made-up 'Demo' cohort (two hosts, 24 participants) in the database, creating the\n"
        "database if needed. A database that already has a Demo cohort is left as it is.");
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, usage, exitCode))
        return exitCode;
    auto db = openDatabase(parser, storage::Database::Locking::Exclusive, true);
    if (!db)
        return kExitFailure;
    storage::RosterRepository roster(*db);
    storage::DemoSeeder seeder(roster);
    const auto outcome = seeder.seed();
    if (!outcome) {
        printError(outcome.error());
        return kExitFailure;
    }
    printOut(outcome.value().created ? QStringLiteral("Created the Demo cohort in %1.").arg(db->path())
                                     : QStringLiteral("The Demo cohort is already in %1; left as it is.").arg(db->path()));
    return kExitOk;
}

} // namespace convener::cli
