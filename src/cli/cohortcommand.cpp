// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// convener-cli cohort create|edit|list, and convener-cli demo
#include "cli/clitext.h"
#include "cli/commands.h"
#include "cli/databaseoption.h"
#include "models/storageerror.h"
#include "storage/conversions.h"
#include "storage/demo/demoseeder.h"
#include "storage/program/programrepository.h"
#include "storage/roster/rosterrepository.h"
#include "storage/writetransaction.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <QCommandLineParser>
#include <QDate>
#include <QTime>
#include <QTimeZone>
#include <vector>

namespace convener::cli {

namespace {

using storage::toQt;
using storage::toStd;

const QString kCohortUsage = QStringLiteral(
    "Usage:\n"
    "  convener-cli cohort create NAME --db PATH [--start-date YYYY-MM-DD] [--time HH:MM] [--time-zone ZONE]\n"
    "                                  [--description TEXT] [--program ID]\n"
    "  convener-cli cohort edit NAME --db PATH [--name NEW] [--start-date YYYY-MM-DD] [--time HH:MM]\n"
    "                                [--time-zone ZONE] [--description TEXT] [--link URL] [--host NAME]...\n"
    "  convener-cli cohort list --db PATH\n\n"
    "create  makes a cohort (the database is created if it does not exist). Its calls fall on the\n"
    "        weekday of --start-date, at --time local time in --time-zone (an IANA name such as\n"
    "        Europe/Lisbon). --program gives it the calls of a built-in program, dated weekly\n"
    "        (see 'convener-cli template list'; the four-week program is practice-program).\n"
    "edit    changes the cohort NAME as File > Edit Cohort... does in the app; what you leave out\n"
    "        stays as it is. --name renames it. A new --start-date or --time moves every call that\n"
    "        has a date by the same amount; a new --time-zone keeps the calls' local times (an\n"
    "        empty one leaves the cohort without a zone). --link is the video-call link (https://...);\n"
    "        an empty --description or --link clears it. --host, once per person, replaces the\n"
    "        hosts: the first hosts, the others co-host. A name nobody in the cohort has joins it as a\n"
    "        new person, and a host left out stays on as a participant. Prints the cohort as JSON.\n"
    "        Nothing is changed when any part is refused.\n"
    "list    prints the cohorts as JSON: name, start_date, weekday, start_time, time_zone,\n"
    "        description, video_link, hosts (the host, then the co-hosts by name) and members\n"
    "        (how many).\n\n"
    "Exit codes: 0 done; 1 a problem with the database or the request (no such cohort, a name\n"
    "already taken, a link that is not a web address); 2 a usage error, or a date, time or time\n"
    "zone that is not written as asked.");

// A cohort as list and edit print it. The host comes first; co-hosts are
// stored as a role without a rank, so they follow by name.
std::optional<nlohmann::ordered_json> cohortJson(const storage::RosterRepository &roster, const core::Cohort &c)
{
    const auto members = roster.members(c.id);
    if (!members) {
        printError(models::describe(members.error()));
        return std::nullopt;
    }
    nlohmann::ordered_json hosts = nlohmann::ordered_json::array();
    for (const core::Role role : {core::Role::Host, core::Role::CoHost}) {
        for (const core::Member &m : members.value()) {
            if (m.role == role)
                hosts.push_back(m.person.displayName);
        }
    }
    return nlohmann::ordered_json{{"name", c.name},
                                  {"start_date", c.startDate},
                                  {"weekday", c.weekday},
                                  {"start_time", c.startTime},
                                  {"time_zone", c.timeZone},
                                  {"description", c.description},
                                  {"video_link", c.videoLink},
                                  {"hosts", hosts},
                                  {"members", members.value().size()}};
}

// The checks create and edit share, so a cohort made on the command line can
// always be edited with the same values. Each prints what is wrong and returns false.
bool checkStartTime(const QString &written)
{
    if (written.size() != 5 || !QTime::fromString(written, QStringLiteral("HH:mm")).isValid()) {
        printError(QStringLiteral("--time '%1' is not a time written as HH:MM (24-hour clock).").arg(written));
        return false;
    }
    return true;
}

bool checkTimeZone(const QString &zone)
{
    if (!zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8())) {
        printError(QStringLiteral("--time-zone '%1' is not a time zone this computer knows; write an IANA name "
                                  "such as Europe/Lisbon or America/Toronto.")
                       .arg(zone));
        return false;
    }
    return true;
}

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
    if (!checkStartTime(parser.value(time)) || !checkTimeZone(parser.value(zone).trimmed()))
        return kExitUsage;
    core::Cohort cohort;
    cohort.name = toStd(parser.positionalArguments().front());
    cohort.startTime = toStd(parser.value(time));
    cohort.timeZone = toStd(parser.value(zone).trimmed());
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
    auto db = openDatabase(parser, storage::Database::Access::Write, true);
    if (!db)
        return kExitFailure;
    storage::RosterRepository roster(*db);
    storage::WriteTransaction transaction(db->connection());
    const auto id = roster.createCohort(cohort);
    if (!id) {
        printError(models::describe(id.error()));
        return kExitFailure;
    }
    if (parser.isSet(program)) {
        const auto followed = storage::ProgramRepository(*db).followBuiltinProgram(id.value(), toStd(parser.value(program)));
        if (!followed) {
            printError(models::describe(followed.error()));
            return kExitFailure;
        }
    }
    if (!transaction.commit()) {
        printError(QStringLiteral("Could not save the cohort: %1").arg(transaction.error()));
        return kExitFailure;
    }
    printText(QStringLiteral("Created cohort '%1'.").arg(shown(toQt(cohort.name))));
    return kExitOk;
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kCohortUsage, exitCode))
        return exitCode;
    auto db = openDatabase(parser, storage::Database::Access::Read, false);
    if (!db)
        return kExitFailure;
    storage::RosterRepository roster(*db);
    const auto cohorts = roster.cohorts();
    if (!cohorts) {
        printError(models::describe(cohorts.error()));
        return kExitFailure;
    }
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto &c : cohorts.value()) {
        auto entry = cohortJson(roster, c);
        if (!entry)
            return kExitFailure;
        out.push_back(std::move(*entry));
    }
    printOut(out.dump(2));
    return kExitOk;
}

// The cohort the user named, or nothing after saying which cohorts there are.
std::optional<core::Cohort> findCohort(const storage::RosterRepository &roster, const QString &name)
{
    const auto found = roster.cohortByName(name);
    if (!found) {
        printError(models::describe(found.error()));
        return std::nullopt;
    }
    if (found.value())
        return found.value();
    const auto all = roster.cohorts();
    if (!all) {
        printError(models::describe(all.error()));
        return std::nullopt;
    }
    // A handful of names helps spot a typo; a long list would bury the message.
    constexpr size_t kNamesShown = 8;
    QStringList names;
    for (const auto &c : all.value())
        names << QStringLiteral("'%1'").arg(toQt(c.name));
    QString known;
    if (names.isEmpty())
        known = QStringLiteral("The database has no cohorts yet.");
    else if (static_cast<size_t>(names.size()) <= kNamesShown)
        known = QStringLiteral("Its cohorts: %1.").arg(names.join(QStringLiteral(", ")));
    else
        known = QStringLiteral("'convener-cli cohort list --db PATH' shows its %1 cohorts.").arg(names.size());
    printError(QStringLiteral("There is no cohort named '%1' in %2. %3").arg(name, roster.database().path(), known));
    return std::nullopt;
}

// What cohort edit was asked to change: each field set only when its option was given.
struct CohortEdits
{
    std::optional<std::string> name;
    std::optional<QDate> startDate;
    std::optional<std::string> startTime;
    std::optional<std::string> timeZone;
    std::optional<std::string> description;
    std::optional<std::string> videoLink;
    std::optional<std::vector<std::string>> hosts;
};

// Reads the options, or prints what is wrong with a value and returns nothing,
// before the database is opened. The video-call link is left to validateCohort,
// which says what is wrong with it as the app does.
std::optional<CohortEdits> readEdits(const QCommandLineParser &parser)
{
    CohortEdits edits;
    if (parser.isSet(QStringLiteral("name"))) {
        const QString name = parser.value(QStringLiteral("name")).trimmed();
        if (name.isEmpty()) {
            printError(QStringLiteral("--name needs the cohort's new name; it cannot be empty."));
            return std::nullopt;
        }
        edits.name = toStd(name);
    }
    if (parser.isSet(QStringLiteral("start-date"))) {
        const QString written = parser.value(QStringLiteral("start-date"));
        const QDate date = QDate::fromString(written, Qt::ISODate);
        if (written.size() != 10 || !date.isValid()) {
            printError(QStringLiteral("--start-date '%1' is not a date written as YYYY-MM-DD.").arg(written));
            return std::nullopt;
        }
        edits.startDate = date;
    }
    if (parser.isSet(QStringLiteral("time"))) {
        const QString written = parser.value(QStringLiteral("time"));
        if (!checkStartTime(written))
            return std::nullopt;
        edits.startTime = toStd(written);
    }
    if (parser.isSet(QStringLiteral("time-zone"))) {
        const QString zone = parser.value(QStringLiteral("time-zone")).trimmed();
        if (!checkTimeZone(zone))
            return std::nullopt;
        edits.timeZone = toStd(zone);
    }
    if (parser.isSet(QStringLiteral("description")))
        edits.description = toStd(parser.value(QStringLiteral("description")));
    if (parser.isSet(QStringLiteral("link")))
        edits.videoLink = core::completedVideoLink(toStd(parser.value(QStringLiteral("link"))));
    if (parser.isSet(QStringLiteral("host"))) {
        std::vector<std::string> hosts;
        for (const QString &host : parser.values(QStringLiteral("host"))) {
            if (host.trimmed().isEmpty()) {
                printError(QStringLiteral("--host needs a person's name; it cannot be empty."));
                return std::nullopt;
            }
            hosts.push_back(toStd(host.trimmed()));
        }
        edits.hosts = std::move(hosts);
    }
    return edits;
}

core::Cohort edited(core::Cohort cohort, const CohortEdits &edits)
{
    if (edits.name)
        cohort.name = *edits.name;
    if (edits.startDate) {
        cohort.startDate = toStd(edits.startDate->toString(Qt::ISODate));
        cohort.weekday = edits.startDate->dayOfWeek();
    }
    if (edits.startTime)
        cohort.startTime = *edits.startTime;
    if (edits.timeZone)
        cohort.timeZone = *edits.timeZone;
    if (edits.description)
        cohort.description = *edits.description;
    if (edits.videoLink)
        cohort.videoLink = *edits.videoLink;
    return cohort;
}

int runEdit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QList<QCommandLineOption> changes{
        {QStringLiteral("name"), QStringLiteral("New name."), QStringLiteral("NEW")},
        {QStringLiteral("start-date"), QStringLiteral("New date of the first call."), QStringLiteral("DATE")},
        {QStringLiteral("time"), QStringLiteral("New local start time."), QStringLiteral("HH:MM")},
        {QStringLiteral("time-zone"), QStringLiteral("New IANA time zone."), QStringLiteral("ZONE")},
        {QStringLiteral("description"), QStringLiteral("New line about the cohort."), QStringLiteral("TEXT")},
        {QStringLiteral("link"), QStringLiteral("New video-call link."), QStringLiteral("URL")},
        {QStringLiteral("host"), QStringLiteral("A host, once per person, the host first."), QStringLiteral("NAME")},
    };
    parser.addOptions(changes);
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The cohort to change."));
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kCohortUsage, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("cohort edit needs exactly one NAME, the cohort to change (quote it if it has "
                                  "spaces).\n")
                   + kCohortUsage);
        return kExitUsage;
    }
    const bool anyChange =
        std::any_of(changes.begin(), changes.end(), [&](const QCommandLineOption &o) { return parser.isSet(o); });
    if (!anyChange) {
        printError(QStringLiteral("cohort edit was given nothing to change: add at least one of --name, --start-date, "
                                  "--time, --time-zone, --description, --link, --host.\n")
                   + kCohortUsage);
        return kExitUsage;
    }
    const auto edits = readEdits(parser);
    if (!edits)
        return kExitUsage;

    auto db = openDatabase(parser, storage::Database::Access::Write, false);
    if (!db)
        return kExitFailure;
    storage::RosterRepository roster(*db);
    const auto before = findCohort(roster, parser.positionalArguments().front());
    if (!before)
        return kExitFailure;
    const core::Cohort changed = edited(*before, *edits);
    const auto members = roster.members(changed.id);
    if (!members) {
        printError(models::describe(members.error()));
        return kExitFailure;
    }

    // The cohort and its hosts are saved together, as the app's Edit Cohort dialog does.
    {
        storage::WriteTransaction transaction(db->connection());
        if (!transaction.isActive()) {
            printError(QStringLiteral("Could not start saving: %1").arg(transaction.error()));
            return kExitFailure;
        }
        if (const auto updated = roster.updateCohort(changed); !updated) {
            printError(
                QStringLiteral("Could not change '%1': %2").arg(toQt(before->name), models::describe(updated.error())));
            return kExitFailure;
        }
        if (edits->hosts) {
            if (const auto hosted = roster.setHosts(changed.id, *edits->hosts); !hosted) {
                printError(QStringLiteral("Could not change the hosts of '%1': %2")
                               .arg(toQt(before->name), models::describe(hosted.error())));
                return kExitFailure;
            }
        }
        if (!transaction.commit()) {
            printError(QStringLiteral("Could not save the cohort: %1").arg(transaction.error()));
            return kExitFailure;
        }
    }

    // A host's name nobody in the cohort had may be a typo: say who joined.
    if (edits->hosts) {
        QStringList joined;
        for (const std::string &host : *edits->hosts) {
            const QString name = toQt(host);
            const bool known = std::any_of(members.value().begin(), members.value().end(), [&](const core::Member &m) {
                return QString::compare(toQt(m.person.displayName), name, Qt::CaseInsensitive) == 0;
            });
            if (!known && !joined.contains(name, Qt::CaseInsensitive))
                joined << name;
        }
        for (const QString &name : joined)
            printError(QStringLiteral("'%1' was not in the cohort, so they joined it as a new person.").arg(name));
    }
    const auto stored = roster.cohort(changed.id);
    if (!stored) {
        printError(models::describe(stored.error()));
        return kExitFailure;
    }
    const auto out = cohortJson(roster, stored.value());
    if (!out)
        return kExitFailure;
    printOut(out->dump(2));
    return kExitOk;
}

} // namespace

int runCohortCommand(const QStringList &arguments)
{
    return runSubcommand("cohort", arguments, kCohortUsage,
                         {{"create", runCreate}, {"edit", runEdit}, {"list", runList}});
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
    auto db = openDatabase(parser, storage::Database::Access::Write, true);
    if (!db)
        return kExitFailure;
    storage::RosterRepository roster(*db);
    storage::DemoSeeder seeder(roster);
    const auto outcome = seeder.seed();
    if (!outcome) {
        printError(models::describe(outcome.error()));
        return kExitFailure;
    }
    printOut(outcome.value().created ? QStringLiteral("Created the Demo cohort in %1.").arg(db->path())
                                     : QStringLiteral("The Demo cohort is already in %1; left as it is.").arg(db->path()));
    return kExitOk;
}

} // namespace convener::cli
