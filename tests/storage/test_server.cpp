// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// A team server: its address, and what connecting to one refuses. Cases tagged
// [server] need the run's test server and run only in the "on server" variant.
#include "storage/databasecopy.h"
#include "storage/migrations.h"
#include "storage/roster/rosterrepository.h"
#include "storage/serveraddress.h"
#include "storage/serverroles.h"
#include "support/nopasswordfromenvironment.h"
#include "support/smalldisk.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <pwd.h>
#include <QSqlError>
#include <QSqlQuery>
#include <set>
#include <unistd.h>

using namespace convener;
using storage::Database;
using storage::DatabaseError;
using storage::ServerAddress;

namespace {

Database::Options appOptions()
{
    Database::Options options;
    options.createIfMissing = false;
    return options;
}

} // namespace

TEST_CASE("Server: an address is read with its parts; a malformed one names what could not be read")
{
    const auto full = ServerAddress::parse(
        QStringLiteral("postgresql://maria@db.example.org:6543/cohorts?sslmode=verify-full&sslrootcert=/etc/ca.pem"));
    REQUIRE(full.ok());
    CHECK(full.value().host == QStringLiteral("db.example.org"));
    CHECK(full.value().port == 6543);
    CHECK(full.value().user == QStringLiteral("maria"));
    CHECK(full.value().database == QStringLiteral("cohorts"));
    CHECK(full.value().sslMode == QStringLiteral("verify-full"));
    CHECK(full.value().connectOptions().contains(QStringLiteral("sslrootcert=/etc/ca.pem")));
    CHECK(
        full.value().display() == QStringLiteral("postgresql://maria@db.example.org:6543/cohorts?sslmode=verify-full"));

    // A password in the address is used but never shown.
    const auto withPassword = ServerAddress::parse(QStringLiteral("postgres://ana:s3cret@localhost/team"));
    REQUIRE(withPassword.ok());
    CHECK(withPassword.value().password == QStringLiteral("s3cret"));
    CHECK_FALSE(withPassword.value().display().contains(QStringLiteral("s3cret")));

    // A socket folder, as libpq writes it.
    const auto socket = ServerAddress::parse(QStringLiteral("postgresql:///team?host=/run/postgresql&port=5433"));
    REQUIRE(socket.ok());
    CHECK(socket.value().host == QStringLiteral("/run/postgresql"));
    CHECK(socket.value().port == 5433);

    CHECK(ServerAddress::looksLikeAddress(QStringLiteral("postgresql://x/y")));
    CHECK_FALSE(ServerAddress::looksLikeAddress(QStringLiteral("/home/ana/convener.sqlite")));

    const auto badMode = ServerAddress::parse(QStringLiteral("postgresql://h/db?sslmode=sometimes"));
    REQUIRE_FALSE(badMode.ok());
    CHECK(badMode.error().problem == storage::Problem::ServerAddressInvalid);
    CHECK(badMode.error().value == QStringLiteral("sslmode=sometimes"));

    const auto unknown = ServerAddress::parse(QStringLiteral("postgresql://h/db?colour=blue"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().value == QStringLiteral("colour"));

    const auto deep = ServerAddress::parse(QStringLiteral("postgresql://h/db/more"));
    REQUIRE_FALSE(deep.ok());
    CHECK(deep.error().value == QStringLiteral("db/more"));
}

TEST_CASE("Server: a server that does not answer is told as unreachable, quickly")
{
    ServerAddress address;
    address.host = QStringLiteral("127.0.0.1");
    address.port = 1; // nothing listens there
    address.database = QStringLiteral("convener");
    address.user = QStringLiteral("nobody");
    address.connectTimeoutSeconds = 2;
    DatabaseError error;
    const auto db = Database::connect(address, error, appOptions());
    REQUIRE_FALSE(db);
    CHECK(error.kind == DatabaseError::Kind::Unreachable);
    CHECK(error.error.problem == storage::Problem::ServerUnreachable);
    CHECK(error.error.path == QStringLiteral("postgresql://nobody@127.0.0.1:1/convener"));
    // libpq's several indented lines arrive as one line of sentences.
    CHECK_FALSE(error.error.detail.contains(QLatin1Char('\n')));
    CHECK_FALSE(error.error.detail.contains(QLatin1Char('\t')));
    CHECK(error.error.detail.contains(QLatin1String("refused. Is the server running")));
}

TEST_CASE("Server: a new database gets the whole schema and Convener's stamp", "[server]")
{
    tests::TempDatabase temp;
    REQUIRE(temp.onServer());
    CHECK(temp.db().isServer());
    CHECK(temp.db().schemaVersion() == storage::Migrations::latestVersion());
    QSqlQuery q(temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT application_id FROM convener_schema")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == Database::kApplicationId);
    // Opening it again changes nothing and finds it current.
    temp.reopen();
    CHECK(temp.db().schemaVersion() == storage::Migrations::latestVersion());
}

TEST_CASE("Server: an empty database is set up only when asked, and the refusal names server init", "[server]")
{
    tests::TempServerDatabase empty;
    DatabaseError error;
    CHECK_FALSE(Database::connect(empty.address(), error, appOptions()));
    CHECK(error.kind == DatabaseError::Kind::NotInitialised);
    CHECK(error.error.problem == storage::Problem::ServerNotInitialised);

    Database::Options reading;
    reading.access = Database::Access::Read;
    CHECK_FALSE(Database::connect(empty.address(), error, reading));
    CHECK(error.kind == DatabaseError::Kind::NotInitialised);

    // openAny never sets up a server: that is `server init`'s. (The shown
    // address has no password: libpq takes it from PGPASSWORD, as psql does.)
    qputenv("PGPASSWORD", empty.address().password.toUtf8());
    CHECK_FALSE(Database::openAny(empty.url(), error, Database::Options {}));
    qunsetenv("PGPASSWORD");
    CHECK(error.kind == DatabaseError::Kind::NotInitialised);

    Database::Options init;
    init.createIfMissing = true;
    const auto db = Database::connect(empty.address(), error, init);
    REQUIRE(db);
    CHECK(db->schemaVersion() == storage::Migrations::latestVersion());
}

TEST_CASE("Server: a database with another program's tables is refused and left as it was", "[server]")
{
    tests::TempServerDatabase other;
    tests::runOnServer(other.address(), QStringLiteral("CREATE TABLE invoices (id integer)"));
    DatabaseError error;
    Database::Options init;
    init.createIfMissing = true;
    CHECK_FALSE(Database::connect(other.address(), error, init));
    CHECK(error.kind == DatabaseError::Kind::NotConvener);
    CHECK(error.error.problem == storage::Problem::ServerNotEmpty);
    CHECK(error.error.count == 1);
    tests::runOnServer(other.address(), QStringLiteral("SELECT count(*) FROM invoices"));
}

TEST_CASE("Server: a database of a newer Convener is refused untouched", "[server]")
{
    tests::TempServerDatabase server;
    {
        DatabaseError error;
        Database::Options init;
        init.createIfMissing = true;
        REQUIRE(Database::connect(server.address(), error, init));
    }
    tests::runOnServer(server.address(), QStringLiteral("UPDATE convener_schema SET version = 99"));
    DatabaseError error;
    CHECK_FALSE(Database::connect(server.address(), error, appOptions()));
    CHECK(error.kind == DatabaseError::Kind::TooNew);
    CHECK(error.error.count == 99);
}

TEST_CASE("Server: a co-host's newer Convener leaves an older database to its owner to upgrade", "[server]")
{
    tests::TempServerDatabase server;
    const int latest = storage::Migrations::latestVersion();
    tests::initialisedServer(server);
    const tests::ServerLogin maya(server.address(), QStringLiteral("maya"));
    // The team's database as the previous Convener left it (the last step added one column).
    tests::runOnServer(server.address(),
        QStringLiteral("ALTER TABLE call_runs DROP COLUMN driver; UPDATE convener_schema SET version = %1")
            .arg(latest - 1));

    // Maya's login may read and write every table, but not change them: she is told whom to ask.
    DatabaseError error;
    CHECK_FALSE(Database::connect(maya.address(), error, appOptions()));
    CHECK(error.error.problem == storage::Problem::ServerUpgradeNeedsOwner);
    CHECK(error.error.count == latest - 1);
    CHECK(error.error.name == server.address().user);
    CHECK(error.kind != DatabaseError::Kind::LoginRefused);
    // A command that only reads is told the same, not that a write would upgrade it.
    Database::Options onlyReading = appOptions();
    onlyReading.access = Database::Access::Read;
    CHECK_FALSE(Database::connect(maya.address(), error, onlyReading));
    CHECK(error.error.problem == storage::Problem::ServerUpgradeNeedsOwner);
    {
        DatabaseError readError;
        Database::Options reading = appOptions();
        reading.access = Database::Access::Read;
        reading.acceptOlder = true;
        const auto looking = Database::connect(maya.address(), readError, reading);
        REQUIRE(looking);
        CHECK(looking->schemaVersion() == latest - 1);
    }

    // The owner's Convener upgrades it; then Maya's opens it.
    REQUIRE(tests::initialisedServer(server));
    auto asMaya = Database::connect(maya.address(), error, appOptions());
    INFO(error.error.detail.toStdString());
    REQUIRE(asMaya);
    CHECK(asMaya->schemaVersion() == latest);
}

TEST_CASE("Server: a wrong password is told as a refused login", "[server]")
{
    tests::TempServerDatabase server;
    ServerAddress wrong = server.address();
    wrong.password = QStringLiteral("not-the-password");
    DatabaseError error;
    CHECK_FALSE(Database::connect(wrong, error, appOptions()));
    CHECK(error.kind == DatabaseError::Kind::LoginRefused);
    CHECK(error.error.name == wrong.user);
    CHECK(error.error.problem == storage::Problem::ServerLoginRefused);

    // No password anywhere (address, PGPASSWORD, ~/.pgpass) is told apart from a wrong one.
    ServerAddress none = server.address();
    none.password.clear();
    {
        const tests::NoPasswordFromEnvironment noPassword;
        CHECK_FALSE(Database::connect(none, error, appOptions()));
    }
    CHECK(error.kind == DatabaseError::Kind::LoginRefused);
    CHECK(error.error.problem == storage::Problem::ServerPasswordMissing);
    CHECK(error.error.name == none.user);

    ServerAddress missing = server.address();
    missing.database = QStringLiteral("no_such_database");
    CHECK_FALSE(Database::connect(missing, error, appOptions()));
    CHECK(error.error.problem == storage::Problem::ServerDatabaseMissing);
    CHECK(error.error.name == QStringLiteral("no_such_database"));
}

TEST_CASE("Server: a reading connection cannot write", "[server]")
{
    tests::TempServerDatabase server;
    DatabaseError error;
    {
        Database::Options init;
        init.createIfMissing = true;
        REQUIRE(Database::connect(server.address(), error, init));
    }
    Database::Options reading;
    reading.access = Database::Access::Read;
    const auto reader = Database::connect(server.address(), error, reading);
    REQUIRE(reader);
    storage::RosterRepository roster(*reader);
    CHECK(roster.cohorts().ok());
    core::Cohort cohort;
    cohort.name = "Spring";
    const auto refused = roster.createCohort(cohort);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail.contains(QStringLiteral("read-only")));
}

TEST_CASE("Server: the whole-database copy knows every table of the schema")
{
    // A table added later and forgotten by the copy would be left behind by
    // `db copy` and by a server's backup; this fails first.
    tests::TempDatabase temp;
    QSqlQuery q(temp.db().connection());
    REQUIRE(q.exec(temp.db().isServer()
            ? QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                             "AND tablename <> 'convener_schema'")
            : QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")));
    std::set<QString> schema;
    while (q.next())
        schema.insert(q.value(0).toString());
    const auto &copied = storage::DatabaseCopy::tables();
    CHECK(schema == std::set<QString>(copied.begin(), copied.end()));
}

namespace {

// Logins and group roles belong to the whole test server, not to one
// database: dropped when the test ends (after its database).
struct ServerRolesToDrop
{
    QStringList names;
    ~ServerRolesToDrop()
    {
        for (const QString &name : names) {
            try {
                tests::runOnServer(tests::testServer()->admin, QStringLiteral("DROP ROLE IF EXISTS %1").arg(name));
            } catch (const std::exception &) {
            }
        }
    }
};

ServerAddress loginAs(ServerAddress address, const QString &user)
{
    address.user = user;
    address.password = QStringLiteral("pw-") + user;
    return address;
}

} // namespace

TEST_CASE("Server: init's group roles let the team in, and keep the server's other logins out", "[server]")
{
    ServerRolesToDrop roles;
    tests::TempServerDatabase server;
    const storage::GroupRoles team = storage::GroupRoles::of(server.address().database);
    const QString suffix = server.address().database;
    const QString ana = QStringLiteral("ana_") + suffix;
    const QString ben = QStringLiteral("ben_") + suffix;
    roles.names = { ana, ben, team.coHosts, team.hosts };
    auto db = tests::initialisedServer(server);
    const auto made = storage::serverroles::setUp(*db);
    INFO((made ? QString() : made.error().detail).toStdString());
    REQUIRE(made.ok());
    CHECK(made.value().hosts == team.hosts);
    CHECK(made.value().coHosts == team.coHosts);
    // A second run finds everything in place.
    REQUIRE(storage::serverroles::setUp(*db).ok());

    // Logins of the server with no part in the team.
    for (const QString &login : { ana, ben }) {
        tests::runOnServer(server.address(),
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw-%1'").arg(login));
    }
    DatabaseError error;
    Database::Options options;
    options.createIfMissing = false;
    CHECK_FALSE(Database::connect(loginAs(server.address(), ana), error, options));
    CHECK(error.error.problem == storage::Problem::ServerNotInTeam);
    CHECK(error.error.name == ana);
    // The password was right: it is not a refused login (the keychain keeps it).
    CHECK(error.kind != DatabaseError::Kind::LoginRefused);

    // Made a host by the owner, Ana reads and writes every table through the group alone.
    tests::runOnServer(server.address(), QStringLiteral("GRANT %1 TO %2").arg(team.hosts, ana));
    auto asAna = Database::connect(loginAs(server.address(), ana), error, options);
    INFO(error.error.detail.toStdString());
    REQUIRE(asAna);
    storage::RosterRepository roster(*asAna);
    core::Cohort c;
    c.name = "Spring circle";
    const auto cohort = roster.createCohort(c);
    REQUIRE(cohort.ok());
    core::Member zoe;
    zoe.person.displayName = "Zoe";
    CHECK(roster.addMembers(cohort.value(), { zoe }).ok());

    // A host adds a co-host without the owner.
    QSqlQuery grant(asAna->connection());
    INFO(grant.lastError().text().toStdString());
    CHECK(grant.exec(QStringLiteral("GRANT %1 TO %2").arg(team.coHosts, ben)));
    auto asBen = Database::connect(loginAs(server.address(), ben), error, options);
    REQUIRE(asBen);
    CHECK(storage::RosterRepository(*asBen).members(cohort.value()).value().size() == 1);
    // A co-host cannot make others hosts.
    QSqlQuery promote(asBen->connection());
    CHECK_FALSE(promote.exec(QStringLiteral("GRANT %1 TO %2").arg(team.hosts, ben)));
    asAna.reset();
    asBen.reset();
}

TEST_CASE("Server: a server whose disk is full refuses a write whole, says so, and keeps what was saved", "[server]")
{
    // The tables of this test's database live in a tablespace on a small
    // disk of their own (only root may mount one), which the test then fills.
    tests::SmallDisk disk("4m");
    const passwd *server = ::getpwnam("postgres");
    if (!disk.mounted || !server) {
        WARN("Skipped: a small disk for the server needs root and Debian's postgres user.");
        return;
    }
    REQUIRE(::chown(QFile::encodeName(disk.dir.path()).constData(), server->pw_uid, server->pw_gid) == 0);
    tests::TempServerDatabase database;
    const QString tablespace = database.address().database + QStringLiteral("_small");
    tests::runOnServer(
        database.address(), QStringLiteral("CREATE TABLESPACE %1 LOCATION '%2'").arg(tablespace, disk.dir.path()));
    struct DropTablespace
    {
        const tests::TempServerDatabase &database;
        QString name;
        ~DropTablespace()
        {
            // From the server's own database: this test's goes first, then its tablespace.
            ServerAddress maintenance = database.address();
            maintenance.database = QStringLiteral("postgres");
            try {
                tests::runOnServer(maintenance,
                    QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database.address().database));
                tests::runOnServer(maintenance, QStringLiteral("DROP TABLESPACE IF EXISTS %1").arg(name));
            } catch (const std::exception &) {
            }
        }
    } drop { database, tablespace };
    tests::runOnServer(database.address(),
        QStringLiteral("ALTER DATABASE %1 SET default_tablespace = %2").arg(database.address().database, tablespace));
    const auto db = tests::initialisedServer(database);
    storage::RosterRepository roster(*db);
    core::Cohort c;
    c.name = "Thursday circle";
    const auto cohort = roster.createCohort(c);
    REQUIRE(cohort.ok());
    core::Member ana;
    ana.person.displayName = "Ana";
    REQUIRE(roster.addMembers(cohort.value(), { ana }).ok());

    // The disk fills up; adding a whole group is refused as a full disk, and
    // nothing of it is stored.
    disk.fill();
    std::vector<core::Member> group(400);
    for (size_t i = 0; i < group.size(); ++i) {
        group[i].person.displayName = "Participant " + std::to_string(i) + std::string(200, 'x');
        group[i].person.notes = std::string(400, 'n');
    }
    const auto refused = roster.addMembers(cohort.value(), group);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().detail.toStdString());
    CHECK(refused.error().problem == storage::Problem::DatabaseDiskFull);
    const auto members = roster.members(cohort.value());
    REQUIRE(members.ok());
    REQUIRE(members.value().size() == 1);
    CHECK(members.value().at(0).person.displayName == "Ana");

    // With room again, the same write is stored.
    QFile::remove(disk.dir.filePath(QStringLiteral("ballast")));
    REQUIRE(roster.addMembers(cohort.value(), group).ok());
    CHECK(roster.members(cohort.value()).value().size() == group.size() + 1);
}
