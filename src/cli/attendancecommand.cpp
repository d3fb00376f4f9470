// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// convener-cli attendance list|set
#include "cli/clitext.h"
#include "cli/commands.h"
#include "cli/databaseoption.h"
#include "cli/roomsupport.h"
#include "models/storageerror.h"
#include "storage/conversions.h"
#include "storage/rooms/roomsrepository.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <QCommandLineParser>

namespace convener::cli {

namespace {

using storage::toQt;
using storage::toStd;

const QString kUsage = QStringLiteral(
    "Usage:\n"
    "  convener-cli attendance list --db PATH --cohort NAME --call N [--format text|json]\n"
    "  convener-cli attendance set  --db PATH --cohort NAME --call N --person NAME --status present|absent|late\n"
    "                               [--arrived HH:MM]\n\n"
    "list  prints who is marked present, absent or late for the call. Nobody marked counts as present.\n"
    "set   marks one member. A late joiner's arrival time (local, like 18:20) decides which breakout rounds\n"
    "      they are planned into: those that start after it.\n\n"
    "Exit codes: 0 done, 1 a problem with the database, cohort, call or person, 2 a usage error.");

int run(const QStringList &arguments, bool set)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(cohortOption());
    parser.addOption(callOption());
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text or json"), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption person(QStringLiteral("person"), QStringLiteral("A member's name."), QStringLiteral("NAME"));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("present, absent or late"), QStringLiteral("STATUS"));
    const QCommandLineOption arrived(QStringLiteral("arrived"), QStringLiteral("Arrival time, HH:MM."), QStringLiteral("TIME"));
    if (set)
        parser.addOptions({person, status, arrived});
    else
        parser.addOption(format);
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kUsage, exitCode))
        return exitCode;
    if (parser.value(cohortOption()).trimmed().isEmpty()) {
        printError(QStringLiteral("--cohort NAME is required."));
        return kExitUsage;
    }
    const int call = callNumberFrom(parser, callOption(), QStringLiteral("the number of the call"));
    if (call == 0)
        return kExitUsage;
    std::optional<core::AttendanceStatus> mark;
    if (set) {
        mark = core::attendanceFromKey(toStd(parser.value(status)));
        if (!mark || parser.value(person).trimmed().isEmpty()) {
            printError(QStringLiteral("--person NAME and --status present, absent or late are required."));
            return kExitUsage;
        }
        if (parser.isSet(arrived) && *mark != core::AttendanceStatus::Late) {
            printError(QStringLiteral("--arrived goes with --status late."));
            return kExitUsage;
        }
    } else if (parser.value(format) != QLatin1String("text") && parser.value(format) != QLatin1String("json")) {
        printError(QStringLiteral("--format must be text or json, not '%1'.").arg(parser.value(format)));
        return kExitUsage;
    }

    auto db = openDatabase(parser, set ? storage::Database::Access::Write : storage::Database::Access::Read, false);
    if (!db)
        return kExitFailure;
    const auto target = findCallTarget(*db, parser.value(cohortOption()), call);
    if (!target)
        return kExitFailure;
    storage::RoomsRepository rooms(*db);
    if (set) {
        const auto member = findMember(*target, parser.value(person));
        if (!member)
            return kExitFailure;
        const core::AttendanceMark m{member->person.id, *mark, toStd(parser.value(arrived).trimmed())};
        if (const auto saved = rooms.setAttendance(target->cohort.id, call, {m}); !saved) {
            printError(models::describe(saved.error()));
            return kExitFailure;
        }
        printText(QStringLiteral("%1: %2 at call %3.")
                      .arg(shown(toQt(member->person.displayName)), toQt(core::attendanceKey(*mark)))
                      .arg(call));
        return kExitOk;
    }
    const auto marks = rooms.attendance(target->cohort.id, call);
    if (!marks) {
        printError(models::describe(marks.error()));
        return kExitFailure;
    }
    std::map<core::PersonId, std::string> names;
    for (const auto &m : target->members)
        names[m.person.id] = m.person.displayName;
    if (parser.value(format) == QLatin1String("json")) {
        nlohmann::ordered_json j = nlohmann::ordered_json::array();
        for (const auto &m : marks.value())
            j.push_back({{"id", m.person}, {"name", names[m.person]}, {"status", std::string(core::attendanceKey(m.status))},
                         {"arrived_at", m.arrivedAt}});
        printOut(j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
        return kExitOk;
    }
    QString text;
    int present = 0;
    for (const auto &m : marks.value()) {
        present += m.status == core::AttendanceStatus::Absent ? 0 : 1;
        text += QStringLiteral("%1  %2%3\n")
                    .arg(toQt(core::attendanceKey(m.status)).leftJustified(8), shown(toQt(names[m.person])),
                        m.arrivedAt.empty() ? QString() : QStringLiteral(" (arrived %1)").arg(toQt(m.arrivedAt)));
    }
    text += QStringLiteral("Here: %1 of %2\n").arg(present).arg(marks.value().size());
    printText(text);
    return kExitOk;
}

} // namespace

int runAttendanceCommand(const QStringList &arguments)
{
    return runSubcommand("attendance", arguments, kUsage, {{"list", [](const QStringList &rest) { return run(rest, false); }},
                          {"set", [](const QStringList &rest) { return run(rest, true); }}});
}

} // namespace convener::cli
