// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// convener-cli export runsheet|ics
#include "cli/clitext.h"
#include "cli/commands.h"
#include "cli/databaseoption.h"
#include "io/cohortexports.h"
#include "models/storageerror.h"
#include "storage/conversions.h"
#include "storage/program/programrepository.h"
#include "storage/roster/rosterrepository.h"

#include <chrono>
#include <optional>
#include <QCommandLineParser>

namespace convener::cli {

namespace {

using storage::toQt;
using storage::toStd;

const QString kUsage = QStringLiteral(
    "Usage:\n"
    "  convener-cli export runsheet --db PATH --cohort NAME --call N --out FILE [--page-size a4|letter]\n"
    "  convener-cli export ics --db PATH --cohort NAME --out FILE\n\n"
    "runsheet  writes the run sheet of a cohort's call: each step with its clock times, who leads it,\n"
    "          prompts, cues, host notes and the breakout rounds. A PDF to print (A4 unless\n"
    "          --page-size letter), or Markdown when FILE ends in .md.\n"
    "ics       writes the cohort's calls as an iCalendar file to import into any calendar: one event per\n"
    "          call at its planned date and local time in the cohort's time zone, with the video-call link.\n"
    "          Exporting again gives the same events the same identity, so a calendar updates them.\n\n"
    "Files are written whole and readable by you alone.\n"
    "Exit codes: 0 done, 1 a problem with the database, cohort, call or file, 2 a usage error.");

struct Target
{
    std::unique_ptr<storage::Database> database;
    core::Cohort cohort;
};

// The options both exports share, checked; nullopt after printing why not.
std::optional<Target> openCohort(const QCommandLineParser &parser, const QCommandLineOption &out, int &exitCode)
{
    if (parser.value(cohortOption()).trimmed().isEmpty()) {
        printError(QStringLiteral("--cohort NAME is required.\n") + kUsage);
        exitCode = kExitUsage;
        return std::nullopt;
    }
    if (parser.value(out).trimmed().isEmpty()) {
        printError(QStringLiteral("--out FILE is required: where to write the export.\n") + kUsage);
        exitCode = kExitUsage;
        return std::nullopt;
    }
    exitCode = kExitFailure;
    auto db = openDatabase(parser, storage::Database::Access::Read, false);
    if (!db)
        return std::nullopt;
    const auto cohort = storage::RosterRepository(*db).cohortByName(parser.value(cohortOption()));
    if (!cohort) {
        printError(models::describe(cohort.error()));
        return std::nullopt;
    }
    if (!cohort.value()) {
        printError(QStringLiteral("There is no cohort named '%1'. 'convener-cli cohort list --db PATH' shows them.")
                       .arg(parser.value(cohortOption())));
        return std::nullopt;
    }
    return Target{std::move(db), *cohort.value()};
}

int runRunSheet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(cohortOption());
    const QCommandLineOption call(QStringLiteral("call"), QStringLiteral("The call number."), QStringLiteral("N"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("a4 or letter"), QStringLiteral("SIZE"),
                                      QStringLiteral("a4"));
    parser.addOptions({call, out, pageSize});
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kUsage, exitCode))
        return exitCode;
    const auto paper = io::paperSizeFromKey(toStd(parser.value(pageSize).toLower()));
    if (!paper) {
        printError(QStringLiteral("--page-size must be a4 or letter, not '%1'.").arg(parser.value(pageSize)));
        return kExitUsage;
    }
    bool isNumber = false;
    const int callNumber = parser.value(call).toInt(&isNumber);
    if (!isNumber || callNumber < 1) {
        printError(QStringLiteral("--call N is required: the number of the call, from 1.\n") + kUsage);
        return kExitUsage;
    }
    auto target = openCohort(parser, out, exitCode);
    if (!target)
        return exitCode;
    const auto calls = storage::ProgramRepository(*target->database).calls(target->cohort.id);
    if (!calls) {
        printError(models::describe(calls.error()));
        return kExitFailure;
    }
    if (callNumber > static_cast<int>(calls.value().size())) {
        printError(calls.value().empty()
                       ? QStringLiteral("The cohort '%1' has no calls yet; give it a program first.").arg(toQt(target->cohort.name))
                       : QStringLiteral("The cohort '%1' has no call %2; its calls are 1 to %3.")
                             .arg(toQt(target->cohort.name))
                             .arg(callNumber)
                             .arg(calls.value().size()));
        return kExitFailure;
    }
    const auto written = io::exportRunSheet(*target->database, target->cohort.id, callNumber, parser.value(out), *paper);
    if (!written) {
        printError(models::describe(written.error()));
        return kExitFailure;
    }
    printOut(QStringLiteral("Wrote the run sheet of call %1 of '%2' to %3.")
                 .arg(callNumber)
                 .arg(toQt(target->cohort.name), parser.value(out)));
    return kExitOk;
}

int runIcs(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(cohortOption());
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE"));
    parser.addOption(out);
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kUsage, exitCode))
        return exitCode;
    auto target = openCohort(parser, out, exitCode);
    if (!target)
        return exitCode;
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto written = io::exportCalendar(*target->database, target->cohort.id, parser.value(out), now);
    if (!written) {
        printError(models::describe(written.error()));
        return kExitFailure;
    }
    printOut(QStringLiteral("Wrote the calls of '%1' to %2.").arg(toQt(target->cohort.name), parser.value(out)));
    return kExitOk;
}

} // namespace

int runExportCommand(const QStringList &arguments)
{
    return runSubcommand("export", arguments, kUsage, {{"runsheet", runRunSheet}, {"ics", runIcs}});
}

} // namespace convener::cli
