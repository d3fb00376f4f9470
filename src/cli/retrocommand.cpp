// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// convener-cli retro export
#include "cli/clitext.h"
#include "cli/commands.h"
#include "cli/databaseoption.h"
#include "core/retro/retroexport.h"
#include "io/fileexports.h"
#include "models/storageerror.h"
#include "storage/conversions.h"
#include "storage/retro/retrorepository.h"
#include "storage/roster/rosterrepository.h"

#include <QCommandLineParser>

namespace convener::cli {

namespace {

using storage::toQt;

const QString kUsage = QStringLiteral(
    "Usage:\n"
    "  convener-cli retro export --db PATH --cohort NAME --call N [--format md|csv] [--output FILE]\n\n"
    "export  prints the retro board of a cohort's call: its columns, groups, cards, votes and action\n"
    "        items, as Markdown (md, the default) or as one CSV table (csv) whose cells are safe to open\n"
    "        in a spreadsheet. Authors appear only on boards that are not anonymous; vote counts only\n"
    "        once voting has closed. --output writes a file readable by you alone instead of printing.\n\n"
    "Exit codes: 0 done, 1 a problem with the database, cohort or board, 2 a usage error.");

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(cohortOption());
    const QCommandLineOption call(QStringLiteral("call"), QStringLiteral("The call number."), QStringLiteral("N"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("md or csv"), QStringLiteral("FORMAT"),
                                    QStringLiteral("md"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("Write to FILE."), QStringLiteral("FILE"));
    parser.addOptions({call, format, output});
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kUsage, exitCode))
        return exitCode;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("md") && fmt != QLatin1String("csv")) {
        printError(QStringLiteral("--format must be md or csv, not '%1'.").arg(fmt));
        return kExitUsage;
    }
    bool isNumber = false;
    const int callNumber = parser.value(call).toInt(&isNumber);
    if (!isNumber || callNumber < 1) {
        printError(QStringLiteral("--call N is required: the number of the call whose board to export, from 1."));
        return kExitUsage;
    }
    if (parser.value(cohortOption()).trimmed().isEmpty()) {
        printError(QStringLiteral("--cohort NAME is required."));
        return kExitUsage;
    }

    auto db = openDatabase(parser, storage::Database::Access::Read, false);
    if (!db)
        return kExitFailure;
    storage::RosterRepository roster(*db);
    const auto cohort = roster.cohortByName(parser.value(cohortOption()));
    if (!cohort) {
        printError(models::describe(cohort.error()));
        return kExitFailure;
    }
    if (!cohort.value()) {
        printError(QStringLiteral("There is no cohort named '%1'. 'convener-cli cohort list --db PATH' shows them.")
                       .arg(parser.value(cohortOption())));
        return kExitFailure;
    }
    storage::RetroRepository retro(*db);
    const auto board = retro.findBoard(cohort.value()->id, callNumber);
    if (!board) {
        printError(models::describe(board.error()));
        return kExitFailure;
    }
    if (!board.value()) {
        const auto calls = retro.boardCalls(cohort.value()->id);
        QStringList known;
        for (int c : calls.ok() ? calls.value() : std::vector<int>{})
            known << QString::number(c);
        printError(QStringLiteral("Call %1 of '%2' has no retro board.%3")
                       .arg(callNumber)
                       .arg(toQt(cohort.value()->name))
                       .arg(known.isEmpty() ? QStringLiteral(" The cohort has no boards yet.")
                                            : QStringLiteral(" Boards exist for call(s) %1.").arg(known.join(QStringLiteral(", ")))));
        return kExitFailure;
    }
    const auto snapshot = retro.snapshot(board.value()->id);
    if (!snapshot) {
        printError(models::describe(snapshot.error()));
        return kExitFailure;
    }
    const std::string text = fmt == QLatin1String("md") ? core::retroMarkdown(snapshot.value())
                                                        : core::retroCsv(snapshot.value());
    if (parser.isSet(output)) {
        const auto written = io::exportRetroBoard(snapshot.value(),
            fmt == QLatin1String("md") ? io::RetroFileFormat::Markdown : io::RetroFileFormat::Csv,
            parser.value(output));
        if (!written) {
            printError(models::describe(written.error()));
            return kExitFailure;
        }
        return kExitOk;
    }
    printOut(text);
    return kExitOk;
}

} // namespace

int runRetroCommand(const QStringList &arguments)
{
    return runSubcommand("retro", arguments, kUsage, {{"export", runExport}});
}

} // namespace convener::cli
