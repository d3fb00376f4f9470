// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// convener-cli rooms role
#include "cli/clitext.h"
#include "cli/databaseoption.h"
#include "cli/roomsupport.h"
#include "core/rooms/roomexport.h"
#include "core/rooms/roomroles.h"
#include "models/storageerror.h"
#include "storage/conversions.h"
#include "storage/program/programrepository.h"
#include "storage/rooms/roomsrepository.h"

#include <QCommandLineParser>

namespace convener::cli {

namespace {

using storage::toQt;
using storage::toStd;

const QString kUsage = QStringLiteral(
    "Usage:\n"
    "  convener-cli rooms role --db PATH --cohort NAME --call N --round R --person NAME --role ROLE|none\n"
    "  convener-cli rooms role --db PATH --cohort NAME --call N --round R --person NAME --turn T [--role ROLE]\n\n"
    "Changes a person's role in a planned round by hand. In a Case Clinic, --role case-giver makes them\n"
    "the case-giver of their room and whoever was the case-giver loses the role; --role none leaves them\n"
    "without a role of their own (a coach). Where the role passes round the room in turns (the client of\n"
    "a Troika), --turn T moves them to turn T of their room and the others keep their order around them.\n"
    "Prints the round's rooms and roles afterwards. A recorded round cannot change.\n\n"
    "Exit codes: 0 done, 1 a problem with the database, cohort, call, round, person or role, 2 a usage error.");

QString choices(const std::vector<std::string> &roles)
{
    QStringList names;
    for (const auto &role : roles)
        names << toQt(role);
    return names.join(QStringLiteral(", "));
}

} // namespace

int runRoomRoleCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addOption(cohortOption());
    parser.addOption(callOption());
    const QCommandLineOption roundOption(QStringLiteral("round"), QStringLiteral("The round number, from 1."), QStringLiteral("R"));
    const QCommandLineOption personOption(QStringLiteral("person"), QStringLiteral("A member's name."), QStringLiteral("NAME"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QStringLiteral("The role, or none."), QStringLiteral("ROLE"));
    const QCommandLineOption turnOption(QStringLiteral("turn"), QStringLiteral("The place in the turn order, from 1."),
                                        QStringLiteral("T"));
    parser.addOptions({roundOption, personOption, roleOption, turnOption});
    int exitCode = kExitOk;
    if (!parseArguments(parser, arguments, kUsage, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unexpected argument '%1'.\n").arg(parser.positionalArguments().constFirst()) + kUsage);
        return kExitUsage;
    }
    if (parser.value(cohortOption()).trimmed().isEmpty()) {
        printError(QStringLiteral("--cohort NAME is required."));
        return kExitUsage;
    }
    const int call = callNumberFrom(parser, callOption(), QStringLiteral("the number of the call"));
    if (call == 0)
        return kExitUsage;
    const int roundNumber = callNumberFrom(parser, roundOption, QStringLiteral("the round within the call"));
    if (roundNumber == 0)
        return kExitUsage;
    if (parser.value(personOption).trimmed().isEmpty()) {
        printError(QStringLiteral("--person NAME is required."));
        return kExitUsage;
    }
    if (!parser.isSet(roleOption) && !parser.isSet(turnOption)) {
        printError(QStringLiteral("Give --role ROLE (or none), or --turn T for a role taken in turns."));
        return kExitUsage;
    }
    int turn = 0;
    if (parser.isSet(turnOption) && (turn = callNumberFrom(parser, turnOption, QStringLiteral("the place in the turn order"))) == 0)
        return kExitUsage;

    auto db = openDatabase(parser, storage::Database::Access::Write, false);
    if (!db)
        return kExitFailure;
    const auto target = findCallTarget(*db, parser.value(cohortOption()), call);
    if (!target)
        return kExitFailure;
    const auto member = findMember(*target, parser.value(personOption));
    if (!member)
        return kExitFailure;
    const QString cohortName = toQt(target->cohort.name);
    const QString personName = toQt(member->person.displayName);
    storage::RoomsRepository rooms(*db);
    const auto round = rooms.round(target->cohort.id, call, roundNumber);
    if (!round) {
        printError(QStringLiteral("'%1': %2").arg(cohortName, models::describe(round.error())));
        return kExitFailure;
    }
    if (round.value().recorded()) {
        printError(QStringLiteral("Round %1 of call %2 of '%3' is recorded: it is history, and its roles stay as they were run.")
                       .arg(roundNumber)
                       .arg(call)
                       .arg(cohortName));
        return kExitFailure;
    }
    if (round.value().roomOf(member->person.id) == 0) {
        printError(QStringLiteral("%1 has no seat in round %2 of call %3 of '%4' (absent, or not here yet when it was planned).")
                       .arg(personName)
                       .arg(roundNumber)
                       .arg(call)
                       .arg(cohortName));
        return kExitFailure;
    }
    const auto cohortCall = storage::ProgramRepository(*db).call(target->cohort.id, call);
    if (!cohortCall) {
        printError(models::describe(cohortCall.error()));
        return kExitFailure;
    }
    const auto step = core::stepOfRound(core::breakoutRounds(cohortCall.value().call), round.value());
    if (!step) {
        printError(QStringLiteral("The agenda of call %1 of '%2' no longer has the step of round %3, so its roles are unknown; "
                                  "plan the rooms again with 'convener-cli rooms plan'.")
                       .arg(call)
                       .arg(cohortName)
                       .arg(roundNumber));
        return kExitFailure;
    }
    const auto roles = core::handRoles(*step);
    // The role as the step spells it, whatever the case typed; "none" is no role of one's own.
    std::string role;
    const QString typed = parser.value(roleOption).trimmed();
    if (!parser.isSet(roleOption) && core::hasTurnOrder(*step)) {
        role = step->rotation.role;
    } else if (typed.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
        role = toStd(typed);
        for (const auto &name : roles) {
            if (typed.compare(toQt(name), Qt::CaseInsensitive) == 0)
                role = name;
        }
    }
    if (!parser.isSet(roleOption) && !core::hasTurnOrder(*step)) {
        printError(roles.empty() ? QStringLiteral("%1 has no roles to give.").arg(toQt(step->stepTitle))
                                 : QStringLiteral("%1 has no turn order: give --role with one of %2, or none.")
                                       .arg(toQt(step->stepTitle), choices(roles)));
        return kExitFailure;
    }
    if (const auto changed = rooms.changeRole(target->cohort.id, call, roundNumber, *step, member->person.id, role, turn); !changed) {
        printError(QStringLiteral("'%1': %2").arg(cohortName, models::describe(changed.error())));
        return kExitFailure;
    }
    const auto after = rooms.round(target->cohort.id, call, roundNumber);
    if (!after) {
        printError(models::describe(after.error()));
        return kExitFailure;
    }
    core::RoomHandover h;
    h.cohortName = target->cohort.name;
    h.callNumber = call;
    h.round = after.value();
    if (const auto people = rooms.people(h.round.people())) {
        for (const auto &[id, person] : people.value())
            h.people[id] = {person.displayName, person.email};
    }
    printText(core::roomChatText(shownHandover(h)));
    return kExitOk;
}

} // namespace convener::cli
