// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Switching the app's database while it runs: the new one opens first, and
// the open one stays when it cannot.
#include "models/databasesession.h"
#include "models/roster/cohortlistmodel.h"
#include "models/server/serverlogin.h"
#include "models/workspace.h"
#include "support/testsession.h"

#include <catch2/catch.hpp>
#include <QFile>
#include <QSignalSpy>

using namespace convener;
using models::DatabaseTarget;

using Session = tests::TestSession;

TEST_CASE("Database session: a database that cannot be opened leaves the open one as it was")
{
    Session s;
    REQUIRE(s.session.switchTo(DatabaseTarget::file(s.file("ours.sqlite"))));
    models::Workspace *workspace = s.session.workspace();
    storage::Database *database = s.session.database();
    QSignalSpy closing(&s.session, &models::DatabaseSession::aboutToClose);
    QSignalSpy opened(&s.session, &models::DatabaseSession::opened);

    QFile notes(s.file("notes.sqlite"));
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write("shopping list, not a database\n");
    notes.close();
    const auto refused = s.session.switchTo(DatabaseTarget::file(notes.fileName()));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().error.kind == storage::DatabaseError::Kind::NotSqlite);

    storage::ServerAddress nowhere;
    nowhere.host = QStringLiteral("127.0.0.1");
    nowhere.port = 1; // nothing listens there
    nowhere.database = QStringLiteral("cohorts");
    nowhere.user = QStringLiteral("maya");
    nowhere.password = QStringLiteral("typed");
    nowhere.connectTimeoutSeconds = 2;
    const auto unreachable = s.session.switchTo(DatabaseTarget::teamServer(nowhere, true));
    REQUIRE_FALSE(unreachable);
    CHECK(unreachable.error().error.kind == storage::DatabaseError::Kind::Unreachable);
    CHECK(s.store.passwords.empty());

    CHECK(closing.isEmpty());
    CHECK(opened.isEmpty());
    CHECK(s.session.workspace() == workspace);
    CHECK(s.session.database() == database);
    CHECK(s.session.target().path == s.file("ours.sqlite"));
    CHECK_FALSE(s.session.onServer());
    // Still in use: the workspace reads and writes as before.
    CHECK(workspace->openDemo());
}

TEST_CASE("Database session: a switch lets the window go, closes the old database and opens a new workspace")
{
    Session s;
    REQUIRE(s.session.switchTo(DatabaseTarget::file(s.file("first.sqlite"))));
    const models::Workspace *first = s.session.workspace();
    QStringList order;
    QObject::connect(&s.session, &models::DatabaseSession::aboutToClose, [&] {
        // The old workspace is still there for whoever holds it.
        CHECK(s.session.workspace() == first);
        order << QStringLiteral("close");
    });
    QObject::connect(&s.session, &models::DatabaseSession::opened, [&] { order << QStringLiteral("open"); });

    REQUIRE(s.session.switchTo(DatabaseTarget::file(s.file("second.sqlite"))));
    CHECK(order == QStringList { QStringLiteral("close"), QStringLiteral("open") });
    REQUIRE(s.session.workspace());
    CHECK(s.session.target().path == s.file("second.sqlite"));
    CHECK(s.session.database()->path().endsWith(QStringLiteral("second.sqlite")));

    // The first file was let go: its lock is free for another opening.
    storage::DatabaseError error;
    CHECK(storage::Database::open(s.file("first.sqlite"), error));
}

TEST_CASE("Database session: on a team server it keeps the address, never the password", "[server]")
{
    tests::TempServerDatabase server;
    tests::setUpForConvener(server);

    Session s;
    REQUIRE(s.session.switchTo(DatabaseTarget::file(s.file("ours.sqlite"))));
    REQUIRE(s.session.switchTo(DatabaseTarget::teamServer(server.address(), true)));
    CHECK(s.session.onServer());
    CHECK(s.session.database()->isServer());
    CHECK(s.session.target().server->password.isEmpty());
    REQUIRE(s.session.lastServer());
    CHECK(s.session.lastServer()->database == server.address().database);
    CHECK(s.session.lastServer()->password.isEmpty());
    CHECK(s.store.passwords[models::PasswordStore::keyFor(server.address())] == server.address().password);

    REQUIRE(s.session.switchTo(DatabaseTarget::file(s.file("ours.sqlite"))));
    CHECK_FALSE(s.session.onServer());
    CHECK(s.session.lastServer());
}

TEST_CASE("Database session: a database opens on the cohort worked on last, or on its only cohort")
{
    Session s;
    REQUIRE(s.session.switchTo(DatabaseTarget::file(s.file("team.sqlite"))));
    models::Workspace *workspace = s.session.workspace();
    core::Cohort spring;
    spring.name = "Spring";
    spring.startDate = "2027-03-01";
    spring.timeZone = "Europe/Berlin";
    const core::CohortId springId = workspace->cohorts()->create(spring);
    REQUIRE(springId != 0);
    // Opens team.sqlite afresh, as a new start of the app would.
    const auto reopen = [&s] {
        REQUIRE(s.session.switchTo(DatabaseTarget::file(s.file("elsewhere.sqlite"))));
        REQUIRE(s.session.switchTo(DatabaseTarget::file(s.file("team.sqlite"))));
        return s.session.workspace();
    };

    // A first connection, nothing remembered: the only cohort opens.
    workspace = reopen();
    workspace->openRemembered(0);
    CHECK(workspace->currentCohort() == springId);

    core::Cohort autumn = spring;
    autumn.name = "Autumn";
    const core::CohortId autumnId = workspace->cohorts()->create(autumn);
    REQUIRE(autumnId != 0);

    // Two cohorts: the remembered one opens; one that was removed opens nothing.
    workspace = reopen();
    workspace->openRemembered(autumnId);
    CHECK(workspace->currentCohort() == autumnId);
    workspace = reopen();
    workspace->openRemembered(autumnId + 100);
    CHECK(workspace->currentCohort() == 0);
}
