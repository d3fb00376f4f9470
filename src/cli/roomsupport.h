// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/roomexport.h"
#include "core/roster/cohort.h"
#include "core/roster/person.h"
#include "storage/database.h"

#include <optional>
#include <QCommandLineParser>
#include <vector>

namespace convener::cli {

// What the rooms and attendance commands share: the cohort and call they work
// on, and finding a member by name. Each prints its own message on failure.
struct CallTarget
{
    core::Cohort cohort;
    int callNumber = 0;
    std::vector<core::Member> members;
};

QCommandLineOption callOption();

// The --call N value, or 0 after printing a usage message.
int callNumberFrom(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &what);

// The cohort named by --cohort, its members and a call it has; nothing (the
// reason printed) when the cohort or the call does not exist.
std::optional<CallTarget> findCallTarget(storage::Database &db, const QString &cohortName, int callNumber);

// The member whose name matches (ignoring case and surrounding blanks); prints
// why not when nobody or more than one person matches.
std::optional<core::Member> findMember(const CallTarget &target, const QString &name);

// convener-cli rooms role: the arguments after "role" (roomrolecommand.cpp).
int runRoomRoleCommand(const QStringList &arguments);

// The hand-over with its names and titles as the terminal shows them (see
// shown()), for the chat text printed to a terminal; files get it as it is.
core::RoomHandover shownHandover(core::RoomHandover h);

} // namespace convener::cli
