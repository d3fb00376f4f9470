// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// convener-cli people import|list
#include "cli/clitext.h"
#include "cli/commands.h"
#include "cli/databaseoption.h"
#include "core/roster/importplan.h"
#include "core/roster/rostercsv.h"
#include "models/roster/importproblemtext.h"
#include "models/storageerror.h"
#include "storage/conversions.h"
#include "storage/roster/participantimporter.h"
#include "storage/roster/rosterrepository.h"

#include <nlohmann/json.hpp>
#include <QCommandLineParser>

namespace convener::cli {

namespace {

using storage::toQt;
using storage::toStd;

const QString kUsage = QStringLiteral(
    "Usage:\n"
    "  convener-cli people import FILE.csv --db PATH --cohort NAME [--map FIELD=COLUMN]... [--no-header]\n"
    "                                      [--dry-run] [--strict]\n"
    "  convener-cli people list --db PATH --cohort NAME [--format json|csv]\n\n"
    "import  adds the people in a registration form's CSV export to the cohort, in one transaction.\n"
    "        Columns are recognised from their names; --map overrides one, e.g. --map email=3 or\n"
    "        --map \"name=What is your name?\". FIELD is one of: name, first-name, last-name, email,\n"
    "        pronouns, location, time-zone, notes, role, ignore. Rows that cannot be imported (no name,\n"
    "        a malformed or duplicate email) are listed on stderr with their line and skipped;\n"
    "        --strict imports nothing when any row has a problem; --dry-run only shows the plan.\n"
    "list    prints the cohort's members as JSON (default) or CSV.\n\n"
    "Exit codes: 0 done, 1 a problem with the file, database or cohort, 2 a usage error.");

std::optional<core::Cohort> findCohort(storage::RosterRepository &roster, const QString &name)
{
    if (name.trimmed().isEmpty()) {
        printError(QStringLiteral("--cohort NAME is required."));
        return std::nullopt;
    }
    const auto found = roster.cohortByName(name);
    if (!found) {
        printError(models::describe(found.error()));
        return std::nullopt;
    }
    if (!found.value()) {
        printError(QStringLiteral("There is no cohort named '%1'. Create it with: convener-cli cohort create \"%1\" --db PATH")
                       .arg(name));
        return std::nullopt;
    }
    return found.value();
}

// Applies --map FIELD=COLUMN, where COLUMN is a 1-based number or a header text.
bool applyMappings(const QStringList &maps, const core::CsvDocument &doc, core::ImportMapping &mapping)
{
    for (const QString &map : maps) {
        const qsizetype eq = map.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printError(QStringLiteral("--map '%1' should read FIELD=COLUMN, e.g. email=3.").arg(map));
            return false;
        }
        const auto field = core::importFieldFromKey(toStd(map.left(eq).trimmed()));
        if (!field) {
            printError(QStringLiteral("--map '%1': '%2' is not a field. Use one of name, first-name, last-name, email, "
                                      "pronouns, location, time-zone, notes, role, ignore.")
                           .arg(map, map.left(eq)));
            return false;
        }
        const QString column = map.mid(eq + 1).trimmed();
        bool isNumber = false;
        int index = column.toInt(&isNumber) - 1;
        if (!isNumber) {
            index = -1;
            if (mapping.hasHeader && !doc.records.empty()) {
                const auto &header = doc.records.front().fields;
                for (size_t i = 0; i < header.size(); ++i) {
                    if (toQt(header[i]).trimmed().compare(column, Qt::CaseInsensitive) == 0)
                        index = static_cast<int>(i);
                }
            }
        }
        if (index < 0 || index >= static_cast<int>(mapping.columns.size())) {
            printError(QStringLiteral("--map '%1': the file has no column '%2' (it has %3 columns).")
                           .arg(map, column)
                           .arg(mapping.columns.size()));
            return false;
        }
        // A field other than notes belongs to one column: the one named here.
        if (*field != core::ImportField::Notes && *field != core::ImportField::Ignore) {
            for (auto &f : mapping.columns) {
                if (f == *field)
                    f = core::ImportField::Ignore;
            }
        }
        mapping.columns[static_cast<size_t>(index)] = *field;
    }
    return true;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(cohortOption());
    const QCommandLineOption mapOption(QStringLiteral("map"), QStringLiteral("FIELD=COLUMN"), QStringLiteral("FIELD=COLUMN"));
    const QCommandLineOption noHeader(QStringLiteral("no-header"), QStringLiteral("The first row is a person."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Show the plan, store nothing."));
    const QCommandLineOption strict(QStringLiteral("strict"), QStringLiteral("Import nothing if any row has a problem."));
    parser.addOptions({mapOption, noHeader, dryRun, strict});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV file."));
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kUsage, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("people import needs exactly one FILE.\n") + kUsage);
        return kExitUsage;
    }
    const QString file = parser.positionalArguments().front();

    auto db = openDatabase(
        parser, parser.isSet(dryRun) ? storage::Database::Access::Read : storage::Database::Access::Write, false);
    if (!db)
        return kExitFailure;
    storage::RosterRepository roster(*db);
    const auto cohort = findCohort(roster, parser.value(cohortOption()));
    if (!cohort)
        return kExitFailure;

    storage::ParticipantImporter importer(roster, cohort->id);
    auto preview = importer.preview(file);
    if (!preview) {
        printError(models::describe(preview.error()));
        return kExitFailure;
    }
    core::ImportMapping mapping = preview.value().mapping;
    if (parser.isSet(noHeader))
        mapping.hasHeader = false;
    if (!applyMappings(parser.values(mapOption), preview.value().document, mapping))
        return kExitUsage;
    auto plan = importer.replan(preview.value(), mapping);
    if (!plan) {
        printError(models::describe(plan.error()));
        return kExitFailure;
    }
    const auto &p = plan.value().plan;
    for (const QString &w : models::describeWarnings(plan.value().document))
        printError(QStringLiteral("%1: note: %2").arg(file, w));
    for (const QString &w : models::describeWarnings(p))
        printError(QStringLiteral("%1: note: %2").arg(file, w));
    for (const auto &problem : p.problems)
        printError(QStringLiteral("%1:%2: skipped: %3").arg(file).arg(problem.line).arg(models::describe(problem)));

    if (p.rows.empty()) {
        printError(QStringLiteral("%1: nobody to import. Check the column mapping (--map) and the messages above.").arg(file));
        return kExitFailure;
    }
    if (parser.isSet(strict) && !p.problems.empty()) {
        printError(QStringLiteral("%1: nothing imported (--strict); rows with problems: %2.").arg(file).arg(p.problems.size()));
        return kExitFailure;
    }
    if (parser.isSet(dryRun)) {
        for (const auto &row : p.rows)
            printText(QStringLiteral("line %1: %2 <%3>")
                          .arg(row.line)
                          .arg(shown(toQt(row.member.person.displayName)), shown(toQt(row.member.person.email))));
        printText(QStringLiteral("Would import into '%2': %1. Would skip rows: %3.")
                      .arg(p.rows.size())
                      .arg(toQt(cohort->name))
                      .arg(p.problems.size()));
        return kExitOk;
    }
    const auto stored = importer.import(plan.value());
    if (!stored) {
        printError(QStringLiteral("%1: nothing was imported: %2").arg(file, models::describe(stored.error())));
        return kExitFailure;
    }
    printText(QStringLiteral("Imported into '%2': %1. Skipped rows: %3.")
                  .arg(stored.value().size())
                  .arg(toQt(cohort->name))
                  .arg(p.problems.size()));
    return kExitOk;
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(cohortOption());
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("json or csv"), QStringLiteral("FORMAT"),
                                    QStringLiteral("json"));
    parser.addOption(format);
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kUsage, exitCode))
        return exitCode;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("json") && fmt != QLatin1String("csv")) {
        printError(QStringLiteral("--format must be json or csv, not '%1'.").arg(fmt));
        return kExitUsage;
    }
    auto db = openDatabase(parser, storage::Database::Access::Read, false);
    if (!db)
        return kExitFailure;
    storage::RosterRepository roster(*db);
    const auto cohort = findCohort(roster, parser.value(cohortOption()));
    if (!cohort)
        return kExitFailure;
    const auto members = roster.members(cohort->id);
    if (!members) {
        printError(models::describe(members.error()));
        return kExitFailure;
    }
    if (fmt == QLatin1String("csv")) {
        printOut(core::rosterCsv(members.value(), core::ByteOrderMark::Omit));
        return kExitOk;
    }
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto &m : members.value()) {
        out.push_back({{"id", m.person.id},
                       {"name", m.person.displayName},
                       {"email", m.person.email},
                       {"pronouns", m.person.pronouns},
                       {"location", m.person.location},
                       {"time_zone", m.person.timeZone},
                       {"role", std::string(core::roleKey(m.role))},
                       {"notes", m.person.notes}});
    }
    printOut(out.dump(2));
    return kExitOk;
}

} // namespace

int runPeopleCommand(const QStringList &arguments)
{
    return runSubcommand("people", arguments, kUsage, {{"import", runImport}, {"list", runList}});
}

} // namespace convener::cli
