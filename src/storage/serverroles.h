// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/result.h"

#include <QString>

namespace convener::storage {

class Database;

// The group roles of a team's server database: a login is a host or a
// co-host of the team by being a member of one of them, and the server
// itself enforces what that allows. Each database has its own pair, named
// after it, because roles belong to the whole server and one server may hold
// several teams' databases.
struct GroupRoles
{
    QString hosts; // change everything; may add logins to (and remove them from) the co-hosts
    QString coHosts; // change everything

    // The pair for the database named database ("cohorts": cohorts_hosts, cohorts_cohosts).
    static GroupRoles of(const QString &database);
};

namespace serverroles {

// Creates the group roles of db's database when they are missing, lets only
// them (and the database's owner) connect to it, and grants them reading and
// writing every table, now and in later versions of the schema. Run by the
// database's owner, who needs the right to create roles (CREATEROLE); a login
// without it is refused with the server's words. Running it again changes
// nothing that is already so.
Result<GroupRoles> setUp(Database &db);

} // namespace serverroles

} // namespace convener::storage
