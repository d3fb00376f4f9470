// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// convener-cli schedule: plans breakout rounds. Only flags and files live here;
// reading the problem, planning and writing the result are core's, wording a
// failure is models'.
#include "cli/clitext.h"
#include "cli/commands.h"
#include "cli/databaseoption.h"
#include "core/scheduler/schedulelimits.h"
#include "core/scheduler/scheduler.h"
#include "core/scheduler/schedulerjson.h"
#include "models/rooms/scheduleerrortext.h"

#include <algorithm>
#include <limits>
#include <QCommandLineParser>
#include <QFile>

namespace convener::cli {

namespace {

const QString kScheduleUsage = QStringLiteral(
    "Usage:\n"
    "  convener-cli schedule --people N --group-size K --rounds R [--seed S] [--time-limit-ms T] [--smaller-groups]\n"
    "  convener-cli schedule --problem FILE.json [--seed S] [--time-limit-ms T]\n\n"
    "Plans breakout rounds so that people meet as many new people as possible.\n"
    "With --people the people are numbered 0 to N-1; with --problem the file names them\n"
    "and gives history, keep-apart pairs and each round's group size, absentees and late\n"
    "joiners (see docs/scheduler.md). Prints JSON: the rounds, then stats with the repeats,\n"
    "the lower bound (repeats no plan can avoid), the most meetings of any pair,\n"
    "keep-apart violations and the time taken.\n\n"
    "  --people N          plan for N people, all present every round\n"
    "  --group-size K      people per group: floor(N/K) groups of K or K+1\n"
    "  --rounds R          how many rounds to plan\n"
    "  --smaller-groups    ceil(N/K) groups of K or K-1 instead\n"
    "  --problem FILE      read people, history and rounds from a JSON file\n"
    "  --seed S            seed of the search (default 1); the same seed gives the same plan\n"
    "  --time-limit-ms T   stop searching after T milliseconds (default 2000)\n\n"
    "Exit status: 0 planned, 1 the request is impossible or the file is wrong, 2 usage error.");

bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 low, qint64 high, qint64 &out)
{
    return readWholeNumber(parser, option, low, high, out, kScheduleUsage);
}

} // namespace

int runScheduleCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption people(QStringLiteral("people"), QStringLiteral("Number of people."), QStringLiteral("N"));
    const QCommandLineOption groupSize(QStringLiteral("group-size"), QStringLiteral("People per group."), QStringLiteral("K"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Rounds to plan."), QStringLiteral("R"));
    const QCommandLineOption smaller(QStringLiteral("smaller-groups"), QStringLiteral("Groups of K or K-1."));
    const QCommandLineOption problemFile(QStringLiteral("problem"), QStringLiteral("Problem file."), QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Search seed."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption timeLimit(QStringLiteral("time-limit-ms"), QStringLiteral("Time limit."), QStringLiteral("T"),
                                       QStringLiteral("2000"));
    for (const auto &option : {people, groupSize, rounds, smaller, problemFile, seed, timeLimit})
        parser.addOption(option);
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kScheduleUsage, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("schedule takes no arguments besides its options.\n") + kScheduleUsage);
        return kExitUsage;
    }

    core::ScheduleOptions options;
    qint64 number = 0;
    if (!readNumber(parser, seed, 0, std::numeric_limits<qint64>::max(), number))
        return kExitUsage;
    options.seed = static_cast<std::uint64_t>(number);
    if (!readNumber(parser, timeLimit, 0, 24LL * 3600 * 1000, number))
        return kExitUsage;
    options.timeLimit = std::chrono::milliseconds(number);

    core::ScheduleProblem problem;
    const bool fromFile = parser.isSet(problemFile);
    if (fromFile) {
        if (parser.isSet(people) || parser.isSet(groupSize) || parser.isSet(rounds)) {
            printError(QStringLiteral("--problem cannot be combined with --people, --group-size or --rounds.\n") + kScheduleUsage);
            return kExitUsage;
        }
        const QString path = parser.value(problemFile);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
            return kExitFailure;
        }
        // One byte past the limit is enough for the reader to refuse it: a huge
        // file or an endless one (/dev/zero) is never read whole.
        const QByteArray bytes = file.read(static_cast<qint64>(core::kScheduleMaxFileBytes) + 1);
        auto parsed
            = core::parseScheduleProblem(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
        if (!parsed.problem) {
            if (parsed.error->kind == core::ScheduleErrorKind::FileTooLarge)
                parsed.error->count
                    = std::max<long long>(parsed.error->count, file.size()); // a regular file's real size
            printError(QStringLiteral("%1: %2").arg(path, models::describe(*parsed.error)));
            return kExitFailure;
        }
        problem = *parsed.problem;
        if (parser.isSet(smaller)) {
            for (auto &round : problem.rounds)
                round.smallerGroups = true;
        }
    } else {
        if (!parser.isSet(people) || !parser.isSet(groupSize) || !parser.isSet(rounds)) {
            printError(QStringLiteral("give --people, --group-size and --rounds, or --problem FILE.\n") + kScheduleUsage);
            return kExitUsage;
        }
        qint64 n = 0;
        qint64 k = 0;
        qint64 r = 0;
        // The maximums are core's; what lies below them core refuses with its reasons.
        if (!readNumber(parser, people, 0, core::kScheduleMaxPeople, n)
            || !readNumber(parser, groupSize, 0, core::kScheduleMaxGroupSize, k)
            || !readNumber(parser, rounds, 0, core::kScheduleMaxRounds, r))
            return kExitUsage;
        problem = core::uniformScheduleProblem(static_cast<int>(n), static_cast<int>(k), static_cast<int>(r),
                                               parser.isSet(smaller));
    }

    const core::ScheduleResult result = core::planSchedule(problem, options);
    if (!result.ok()) {
        const QString where = fromFile ? parser.value(problemFile) + QStringLiteral(": ") : QString();
        printError(where + models::describe(*result.error));
        return kExitFailure;
    }
    printOut(core::scheduleResultJson(result, problem));
    return kExitOk;
}

} // namespace convener::cli
