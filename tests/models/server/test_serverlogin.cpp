// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Logging in to a team server with the keychain's password: when it is looked
// up, when the person is asked, and when it is replaced. Cases tagged [server]
// log in to the run's test server.
#include "models/databasetarget.h"
#include "models/openfailure.h"
#include "models/server/serverlogin.h"
#include "support/nopasswordfromenvironment.h"
#include "support/testsession.h"

#include <catch2/catch.hpp>
#include <QSettings>
#include <QTemporaryDir>

using namespace convener;
using models::PasswordStore;
using storage::ServerAddress;

namespace {

// A database on the test server with Convener's schema, and its address
// without the password, as a host types it in.
struct TeamDatabase
{
    tests::TempServerDatabase server;
    ServerAddress address;
    QString password;
    QString key;
    tests::NoPasswordFromEnvironment noPassword;

    TeamDatabase()
    {
        tests::setUpForConvener(server);
        address = server.address();
        password = address.password;
        address.password.clear();
        key = PasswordStore::keyFor(address);
    }

    ServerAddress typed(const QString &typedPassword) const
    {
        ServerAddress withPassword = address;
        withPassword.password = typedPassword;
        return withPassword;
    }
};

storage::Database::Options appOptions()
{
    storage::Database::Options options;
    options.createIfMissing = false;
    return options;
}

} // namespace

TEST_CASE("Server login: a password is kept under user@host:port/database")
{
    ServerAddress address;
    address.user = QStringLiteral("maya");
    address.host = QStringLiteral("db.example.org");
    address.database = QStringLiteral("cohorts");
    CHECK(PasswordStore::keyFor(address) == QStringLiteral("maya@db.example.org:5432/cohorts"));
    address.port = 6543;
    CHECK(PasswordStore::keyFor(address) == QStringLiteral("maya@db.example.org:6543/cohorts"));
}

TEST_CASE("Server login: the server to go back to is remembered without its password")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    CHECK_FALSE(models::DatabaseTarget::remembered(settings));

    ServerAddress address;
    address.host = QStringLiteral("db.example.org");
    address.port = 6543;
    address.database = QStringLiteral("cohorts");
    address.user = QStringLiteral("maya");
    address.password = QStringLiteral("s3cret-typed");
    address.sslMode = QStringLiteral("verify-full");
    address.sslRootCert = QStringLiteral("/home/maya/team-ca.crt");
    models::DatabaseTarget::teamServer(address, true).remember(settings);
    settings.sync();

    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(QStringLiteral("s3cret")));
    QFile file(settings.fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains("s3cret"));

    const auto back = models::DatabaseTarget::remembered(settings);
    REQUIRE(back);
    REQUIRE(back->isServer());
    CHECK(back->server->password.isEmpty());
    CHECK(
        back->server->display() == QStringLiteral("postgresql://maya@db.example.org:6543/cohorts?sslmode=verify-full"));
    CHECK(back->server->sslRootCert == QStringLiteral("/home/maya/team-ca.crt"));

    // Back on this computer: the next start opens the file, and the server is still offered.
    models::DatabaseTarget::file(QStringLiteral("/tmp/other.sqlite")).remember(settings);
    CHECK_FALSE(models::DatabaseTarget::remembered(settings));
    const auto offered = models::DatabaseTarget::rememberedServer(settings);
    REQUIRE(offered);
    CHECK(offered->database == QStringLiteral("cohorts"));
}

TEST_CASE("Server login: the keychain's password is used first and nothing is asked", "[server]")
{
    TeamDatabase team;
    tests::FakePasswordStore store;
    store.passwords[team.key] = team.password;
    models::ServerLogin login(store);
    models::OpenFailure failure;
    const auto db = login.connect(team.address, false, appOptions(), failure);
    REQUIRE(db);
    CHECK(db->isServer());
    CHECK(store.reads == QStringList { team.key });
    CHECK(store.writes.isEmpty());
    CHECK(login.keychainNote().isEmpty());
}

TEST_CASE("Server login: a refused stored password is said, not tried again, and replaced when asked", "[server]")
{
    TeamDatabase team;
    tests::FakePasswordStore store;
    store.passwords[team.key] = QStringLiteral("last-year's-password");
    models::ServerLogin login(store);
    models::OpenFailure failure;

    CHECK_FALSE(login.connect(team.address, false, appOptions(), failure));
    CHECK(failure.wantsPassword());
    CHECK(failure.storedPasswordRefused);
    CHECK(failure.error.error.problem == storage::Problem::ServerLoginRefused);
    CHECK(models::describe(failure).contains(QStringLiteral("keychain")));

    // Connect again without typing: the refused one is not sent a second time.
    CHECK_FALSE(login.connect(team.address, false, appOptions(), failure));
    CHECK(store.reads.size() == 1);
    CHECK_FALSE(failure.storedPasswordRefused);
    CHECK(failure.error.error.problem == storage::Problem::ServerPasswordMissing);
    CHECK(failure.wantsPassword());

    // The typed one works and, asked to, takes the old one's place.
    REQUIRE(login.connect(team.typed(team.password), true, appOptions(), failure));
    CHECK(store.passwords[team.key] == team.password);
    CHECK(store.writes == QStringList { team.key });
    // From now on it is the keychain's again.
    REQUIRE(login.connect(team.address, false, appOptions(), failure));
    CHECK(store.reads.size() == 2);
}

TEST_CASE("Server login: a typed password is kept only when asked, and a refused stored one goes", "[server]")
{
    TeamDatabase team;
    tests::FakePasswordStore store;
    models::ServerLogin login(store);
    models::OpenFailure failure;

    // Nothing stored, nothing from PGPASSWORD or ~/.pgpass: the server wants one.
    CHECK_FALSE(login.connect(team.address, false, appOptions(), failure));
    CHECK(failure.error.error.problem == storage::Problem::ServerPasswordMissing);
    CHECK_FALSE(failure.storedPasswordRefused);

    // A wrong typed password is refused and never kept, even when asked to.
    CHECK_FALSE(login.connect(team.typed(QStringLiteral("typo")), true, appOptions(), failure));
    CHECK(failure.error.error.problem == storage::Problem::ServerLoginRefused);
    CHECK(store.passwords.empty());

    // The right one, not to be remembered: the keychain stays empty.
    REQUIRE(login.connect(team.typed(team.password), false, appOptions(), failure));
    CHECK(store.passwords.empty());
    CHECK(store.writes.isEmpty());

    // A stored password the server refused is removed once a typed one works.
    store.passwords[team.key] = QStringLiteral("old");
    CHECK_FALSE(login.connect(team.address, false, appOptions(), failure));
    CHECK(failure.storedPasswordRefused);
    REQUIRE(login.connect(team.typed(team.password), false, appOptions(), failure));
    CHECK(store.passwords.count(team.key) == 0);
    CHECK(store.removals == QStringList { team.key });
}

TEST_CASE("Server login: without a keychain the login still works and says the password was not kept", "[server]")
{
    TeamDatabase team;
    tests::FakePasswordStore store;
    store.unavailable = QStringLiteral("no Secret Service");
    models::ServerLogin login(store);
    CHECK(login.keychainProblem() == QStringLiteral("no Secret Service"));
    models::OpenFailure failure;
    REQUIRE(login.connect(team.typed(team.password), true, appOptions(), failure));
    CHECK(login.keychainNote().contains(QStringLiteral("no Secret Service")));
    CHECK(store.passwords.empty());
}
