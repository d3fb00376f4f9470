// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "cli/roomsupport.h"

#include "cli/clitext.h"
#include "models/storageerror.h"
#include "storage/conversions.h"
#include "storage/program/programrepository.h"
#include "storage/roster/rosterrepository.h"

#include <algorithm>

namespace convener::cli {

using storage::toQt;

QCommandLineOption callOption()
{
    return QCommandLineOption(QStringLiteral("call"), QStringLiteral("The call number, from 1."), QStringLiteral("N"));
}

int callNumberFrom(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &what)
{
    bool isNumber = false;
    const int number = parser.value(option).toInt(&isNumber);
    if (!isNumber || number < 1) {
        printError(QStringLiteral("--%1 N is required: %2, from 1.").arg(option.names().constFirst(), what));
        return 0;
    }
    return number;
}

std::optional<CallTarget> findCallTarget(storage::Database &db, const QString &cohortName, int callNumber)
{
    storage::RosterRepository roster(db);
    const auto cohort = roster.cohortByName(cohortName);
    if (!cohort) {
        printError(models::describe(cohort.error()));
        return std::nullopt;
    }
    if (!cohort.value()) {
        printError(QStringLiteral("There is no cohort named '%1'. 'convener-cli cohort list --db PATH' shows them.")
                       .arg(cohortName));
        return std::nullopt;
    }
    const auto calls = storage::ProgramRepository(db).calls(cohort.value()->id);
    if (!calls) {
        printError(models::describe(calls.error()));
        return std::nullopt;
    }
    const bool known = std::any_of(calls.value().begin(), calls.value().end(),
                                   [callNumber](const storage::CohortCall &c) { return c.number == callNumber; });
    if (!known) {
        printError(calls.value().empty()
                       ? QStringLiteral("'%1' follows no program, so it has no calls. Create it with --program.")
                             .arg(toQt(cohort.value()->name))
                       : QStringLiteral("'%1' has no call %2; its calls are 1 to %3.")
                             .arg(toQt(cohort.value()->name))
                             .arg(callNumber)
                             .arg(calls.value().back().number));
        return std::nullopt;
    }
    const auto members = roster.members(cohort.value()->id);
    if (!members) {
        printError(models::describe(members.error()));
        return std::nullopt;
    }
    return CallTarget{*cohort.value(), callNumber, members.value()};
}

std::optional<core::Member> findMember(const CallTarget &target, const QString &name)
{
    const QString wanted = name.trimmed();
    std::vector<core::Member> found;
    for (const auto &m : target.members) {
        if (toQt(m.person.displayName).compare(wanted, Qt::CaseInsensitive) == 0)
            found.push_back(m);
    }
    if (found.size() == 1)
        return found.front();
    printError(found.empty() ? QStringLiteral("Nobody named '%1' is a member of '%2'. 'convener-cli people list' shows them.")
                                   .arg(wanted, toQt(target.cohort.name))
                             : QStringLiteral("More than one member of '%1' is named '%2'; rename one in the People area.")
                                   .arg(toQt(target.cohort.name), wanted));
    return std::nullopt;
}

core::RoomHandover shownHandover(core::RoomHandover h)
{
    h.cohortName = shown(h.cohortName);
    h.round.stepTitle = shown(h.round.stepTitle);
    for (auto &[id, entry] : h.people)
        entry.name = shown(entry.name);
    return h;
}

} // namespace convener::cli
