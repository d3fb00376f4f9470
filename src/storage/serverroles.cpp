// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "storage/serverroles.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "storage/writetransaction.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace convener::storage {

GroupRoles GroupRoles::of(const QString &database)
{
    // PostgreSQL keeps 63 bytes of a name; the suffix must survive.
    const QString stem = database.left(48);
    return { stem + QStringLiteral("_hosts"), stem + QStringLiteral("_cohosts") };
}

namespace serverroles {

namespace {

Error setupFailed(const Database &db, const QSqlQuery &q)
{
    return Error(Problem::DatabaseSetupFailed).withPath(db.path()).withDetail(sql::oneLine(q.lastError().text()));
}

} // namespace

Result<GroupRoles> setUp(Database &db)
{
    if (!db.isServer()) // a file has no logins: nothing to set up
        return Error(Problem::DatabaseSetupFailed).withPath(db.path());
    const QSqlDatabase connection = db.connection();
    QSqlQuery q(connection);
    if (!q.exec(QStringLiteral("SELECT current_database()")) || !q.next())
        return setupFailed(db, q);
    const QString database = q.value(0).toString();
    const GroupRoles roles = GroupRoles::of(database);
    const auto name = [&connection](const QString &identifier) {
        return connection.driver()->escapeIdentifier(identifier, QSqlDriver::TableName);
    };
    const QString hosts = name(roles.hosts);
    const QString coHosts = name(roles.coHosts);
    const QString both = hosts + QStringLiteral(", ") + coHosts;

    QStringList statements;
    for (const QString &role : { roles.hosts, roles.coHosts }) {
        QSqlQuery exists(connection);
        exists.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = :name"));
        exists.bindValue(QStringLiteral(":name"), role);
        if (!exists.exec())
            return setupFailed(db, exists);
        if (!exists.next())
            statements << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(name(role));
    }
    statements
        // Granting what is already granted is fine; the server's notice saying so is noise.
        << QStringLiteral("SET LOCAL client_min_messages = warning")
        // Only the team (and the owner) may connect: not every login of the server.
        << QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(name(database))
        << QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(name(database), both)
        << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(both)
        << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(both)
        << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(both)
        // Tables a later Convener adds (its upgrade runs as the owner) are the team's too.
        << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON "
                          "TABLES TO %1")
               .arg(both)
        << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %1")
               .arg(both)
        // A host adds a login to the co-hosts (GRANT ... TO maya) without being the server's owner.
        << QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION").arg(coHosts, hosts);

    WriteTransaction transaction(connection);
    if (!transaction.isActive())
        return Error(Problem::DatabaseSetupFailed).withPath(db.path()).withDetail(transaction.error());
    for (const QString &statement : statements) {
        QSqlQuery run(connection);
        if (!run.exec(statement))
            return setupFailed(db, run);
    }
    if (!transaction.commit())
        return Error(Problem::DatabaseSetupFailed).withPath(db.path()).withDetail(transaction.error());
    return roles;
}

} // namespace serverroles

} // namespace convener::storage
