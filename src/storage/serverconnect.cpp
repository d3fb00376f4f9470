// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Database::connect: a team's PostgreSQL server. See database.cpp for SQLite files.
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/migrations.h"
#include "storage/sql.h"

#include <QAtomicInteger>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace convener::storage {

namespace {

using Kind = DatabaseError::Kind;

// Convener needs what PostgreSQL 13 brought (DROP DATABASE ... FORCE in the
// tests, ICU collations that compare without case, EXECUTE FUNCTION).
constexpr int kOldestServer = 130000;

QString nextServerConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("convener-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

// libpq reports a failed connection in words only (no SQLSTATE reaches QtSql
// before a session exists), so the kind is read from them.
DatabaseError connectFailure(const ServerAddress &address, const QSqlError &failure)
{
    const QString where = address.display();
    const QString words = failure.databaseText().isEmpty() ? failure.text() : failure.databaseText();
    const QString said = sql::oneLine(words);
    // Told apart from a wrong password: the CLI then looks in the keychain,
    // which it never does when PGPASSWORD or ~/.pgpass gave one.
    if (said.contains(QLatin1String("no password supplied"))) {
        return DatabaseError::make(Kind::LoginRefused, where,
            Error(Problem::ServerPasswordMissing).withPath(where).withName(address.user).withDetail(said));
    }
    if (said.contains(QLatin1String("password authentication failed")) || said.contains(QLatin1String("role \""))
        || said.contains(QLatin1String("pg_hba.conf"))) {
        return DatabaseError::make(Kind::LoginRefused, where,
            Error(Problem::ServerLoginRefused).withPath(where).withName(address.user).withDetail(said));
    }
    // CONNECT on the database is the team's only (convener-cli server init).
    // The password was right: not LoginRefused, which would drop the keychain's.
    if (said.contains(QLatin1String("permission denied for database"))) {
        return DatabaseError::make(Kind::CannotRead, where,
            Error(Problem::ServerNotInTeam).withPath(where).withName(address.user).withValue(address.database));
    }
    if (said.contains(QLatin1String("database \"")) && said.contains(QLatin1String("does not exist"))) {
        return DatabaseError::make(
            Kind::CannotRead, where, Error(Problem::ServerDatabaseMissing).withPath(where).withName(address.database));
    }
    if (said.contains(QLatin1String("certificate")) || said.contains(QLatin1String("SSL"))
        || said.contains(QLatin1String("server does not support SSL"))) {
        return DatabaseError::make(
            Kind::Insecure, where, Error(Problem::ServerCertificateRejected).withPath(where).withDetail(said));
    }
    return DatabaseError::make(
        Kind::Unreachable, where, Error(Problem::ServerUnreachable).withPath(where).withDetail(said));
}

DatabaseError statementFailure(const QString &where, const QSqlQuery &q, Problem doing)
{
    return DatabaseError::make(Kind::Failed, where, Error(doing).withPath(where).withDetail(q.lastError().text()));
}

// What every session of Convener's on a server starts with: times written in
// UTC whatever the server's zone, text in UTF-8, and for a reading connection,
// no writes at all.
bool setUpSession(QSqlQuery &q, bool reading)
{
    for (const auto *setting : { "SET TIME ZONE 'UTC'", "SET client_encoding TO 'UTF8'" }) {
        if (!q.exec(QString::fromLatin1(setting)))
            return false;
    }
    return !reading || q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
}

} // namespace

Status Database::ping() const
{
    if (!isServer())
        return {};
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT 1")) && q.next())
        return {};
    return Error(Problem::ServerConnectionLost).withPath(m_path).withDetail(sql::oneLine(q.lastError().text()));
}

Result<bool> Database::serverAllowsWrites() const
{
    QSqlQuery q(connection());
    // A standby server, a read-only session, or a login without the right to change the data.
    if (!q.exec(QStringLiteral("SELECT NOT pg_is_in_recovery() AND current_setting('transaction_read_only') = 'off' "
                               "AND has_table_privilege('cohort_calls', 'UPDATE')"))
        || !q.next())
        return Error(Problem::ServerConnectionLost).withPath(m_path).withDetail(sql::oneLine(q.lastError().text()));
    return q.value(0).toBool();
}

Status Database::reconnect()
{
    if (!isServer())
        return {};
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return Error(Problem::ServerConnectionLost).withPath(m_path).withDetail(sql::oneLine(db.lastError().text()));
    QSqlQuery q(db);
    if (!setUpSession(q, m_readOnly))
        return Error(Problem::DatabaseSetupFailed).withPath(m_path).withDetail(sql::oneLine(q.lastError().text()));
    // Someone may have set the server up anew, or a newer Convener upgraded it, meanwhile.
    const int version = Migrations::versionOf(db);
    if (version > Migrations::latestVersion()) {
        db.close();
        return Error(Problem::DatabaseTooNew).withPath(m_path).withCount(version);
    }
    if (version != Migrations::latestVersion()) {
        db.close();
        return Error(Problem::DatabaseNotConvener).withPath(m_path);
    }
    return {};
}

std::unique_ptr<Database> Database::connect(const ServerAddress &address, DatabaseError &error, const Options &options)
{
    error = {};
    const bool reading = options.access == Access::Read;
    const QString where = address.display();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        error = DatabaseError::make(Kind::Failed, where,
            Error(Problem::DatabaseOpenFailed)
                .withPath(where)
                .withDetail(QStringLiteral("Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not "
                                           "installed")));
        return nullptr;
    }

    const QString name = nextServerConnectionName();
    std::unique_ptr<Database> database(new Database(where, name, nullptr));
    database->m_engine = Engine::PostgreSQL;
    database->m_readOnly = reading;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address.host);
    if (address.port > 0)
        db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(address.password);
    db.setConnectOptions(address.connectOptions());
    if (!db.open()) {
        error = connectFailure(address, db.lastError());
        return nullptr;
    }

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SHOW server_version_num")) || !q.next()) {
        error = statementFailure(where, q, Problem::DatabaseReadFailed);
        return nullptr;
    }
    if (const int version = q.value(0).toInt(); version < kOldestServer) {
        error
            = DatabaseError::make(Kind::TooOld, where, Error(Problem::ServerTooOld).withPath(where).withCount(version));
        return nullptr;
    }
    if (!setUpSession(q, reading)) {
        error = statementFailure(where, q, Problem::DatabaseSetupFailed);
        return nullptr;
    }

    // Read what the database is before writing anything.
    const auto stamp = Migrations::stampOf(db);
    if (!stamp) {
        error = DatabaseError::make(
            Kind::Failed, where, Error(Problem::DatabaseReadFailed).withPath(where).withDetail(db.lastError().text()));
        return nullptr;
    }
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c "
                               "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                               "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm')"))
        || !q.next()) {
        error = statementFailure(where, q, Problem::DatabaseReadFailed);
        return nullptr;
    }
    const int tables = q.value(0).toInt();
    q.finish();
    const bool fresh = stamp->version == 0 && stamp->applicationId == 0;
    if (fresh && tables > 0) {
        error = DatabaseError::make(
            Kind::NotConvener, where, Error(Problem::ServerNotEmpty).withPath(where).withCount(tables));
        return nullptr;
    }
    if (!fresh && stamp->applicationId != kApplicationId) {
        error = DatabaseError::make(Kind::NotConvener, where, Error(Problem::DatabaseNotConvener).withPath(where));
        return nullptr;
    }
    if (fresh && (reading || !options.createIfMissing)) {
        error = DatabaseError::make(Kind::NotInitialised, where, Error(Problem::ServerNotInitialised).withPath(where));
        return nullptr;
    }
    if (stamp->version > Migrations::latestVersion()) {
        error = DatabaseError::make(
            Kind::TooNew, where, Error(Problem::DatabaseTooNew).withPath(where).withCount(stamp->version));
        return nullptr;
    }
    // An upgrade changes tables that only their owner may change: a co-host
    // whose Convener is newer than the team's database is told whom to ask,
    // before anything is tried (a command that only reads too, which would
    // otherwise be told that a write upgrades it).
    if (stamp->version < Migrations::latestVersion() && !fresh && !(reading && options.acceptOlder)) {
        if (!q.exec(
                QStringLiteral("SELECT pg_catalog.pg_get_userbyid(c.relowner), "
                               "pg_catalog.pg_has_role(current_user, c.relowner, 'USAGE') "
                               "FROM pg_catalog.pg_class c WHERE c.oid = pg_catalog.to_regclass('convener_schema')"))
            || !q.next()) {
            error = statementFailure(where, q, Problem::DatabaseReadFailed);
            return nullptr;
        }
        if (!q.value(1).toBool()) {
            error = DatabaseError::make(Kind::CannotRead, where,
                Error(Problem::ServerUpgradeNeedsOwner)
                    .withPath(where)
                    .withName(q.value(0).toString())
                    .withCount(stamp->version));
            return nullptr;
        }
        q.finish();
    }
    if (reading) {
        if (stamp->version < Migrations::latestVersion() && !options.acceptOlder) {
            error = DatabaseError::make(Kind::NeedsUpgrade, where,
                Error(Problem::DatabaseNeedsUpgrade).withPath(where).withCount(stamp->version));
            return nullptr;
        }
        return database;
    }
    if (const Status migrated = Migrations::apply(*database); !migrated) {
        error = DatabaseError::make(
            Kind::Failed, where, Error(Problem::UpgradeFailed).withPath(where).because(migrated.error()));
        return nullptr;
    }
    return database;
}

} // namespace convener::storage
