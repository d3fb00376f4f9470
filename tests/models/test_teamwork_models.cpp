// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Two hosts on one team server, each with their own Convener: what one saves
// appears on the other's screen, an edit based on what the other changed is
// refused with their name, and undo never reverts the other's change. Every
// case needs two connections at once, which only a server allows.
#include "models/program/callstepsmodel.h"
#include "models/workspace.h"
#include "storage/database.h"
#include "storage/program/programrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <QSignalSpy>
#include <QUndoStack>

using namespace convener;
using models::StepField;
using models::Workspace;

namespace {

std::unique_ptr<storage::Database> connectAs(const storage::ServerAddress &address)
{
    storage::DatabaseError error;
    storage::Database::Options options;
    options.createIfMissing = false;
    auto db = storage::Database::connect(address, error, options);
    INFO(error.error.detail.toStdString());
    REQUIRE(db);
    return db;
}

// A host and a co-host (a login of her own, "maya") working on one cohort.
struct Team
{
    tests::TempServerDatabase server;
    std::unique_ptr<storage::Database> hostDb = tests::initialisedServer(server);
    core::CohortId cohort = makeCohort(*hostDb);
    tests::ServerLogin maya { server.address(), QStringLiteral("maya") };
    std::unique_ptr<storage::Database> coHostDb = connectAs(maya.address());
    Workspace host { *hostDb };
    Workspace coHost { *coHostDb };

    Team()
    {
        host.setCurrentCohort(cohort);
        coHost.setCurrentCohort(cohort);
    }

    static core::CohortId makeCohort(storage::Database &db)
    {
        core::Cohort c;
        c.name = "Thursday circle";
        const auto id = storage::RosterRepository(db).createCohort(c);
        REQUIRE(id.ok());
        REQUIRE(storage::ProgramRepository(db).followBuiltinProgram(id.value(), "practice-program").ok());
        return id.value();
    }

    std::string storedTitle(int row) const
    {
        return storage::ProgramRepository(*hostDb)
            .call(cohort, 1)
            .value()
            .call.steps.at(static_cast<size_t>(row))
            .title;
    }
};

} // namespace

TEST_CASE("Teamwork: a co-host's change to a call shows in the host's program within a second", "[server]")
{
    Team team;
    QSignalSpy told(&team.host, &Workspace::changedElsewhere);
    REQUIRE(team.coHost.program()->changeStep(0, StepField::Title, QStringLiteral("Arriving together")));

    REQUIRE(told.wait(1000));
    CHECK(team.host.program()->step(0).title == "Arriving together");
    CHECK(told.last().at(0).toString().contains(QStringLiteral("program")));
    // The co-host's own change is not news to the co-host.
    QSignalSpy coHostTold(&team.coHost, &Workspace::changedElsewhere);
    CHECK_FALSE(coHostTold.wait(300));
}

TEST_CASE("Teamwork: an edit based on a call someone else changed is refused, names them, and shows theirs", "[server]")
{
    Team team;
    QSignalSpy refused(team.host.program(), &models::CallStepsModel::refused);
    const std::string hostSawTitle = team.host.program()->step(1).title;

    // Maya saves first; the host's screen has not heard of it yet (no event
    // has been handled since), as when two hosts click within the same second.
    REQUIRE(team.coHost.program()->changeStep(1, StepField::Title, QStringLiteral("Maya's check-in")));
    CHECK(team.host.program()->step(1).title == hostSawTitle);
    CHECK_FALSE(team.host.program()->changeStep(1, StepField::Title, QStringLiteral("Host's check-in")));

    REQUIRE(refused.count() == 1);
    const QString message = refused.first().at(0).toString();
    CHECK(message.contains(team.maya.name()));
    CHECK(message.contains(QStringLiteral("was not saved")));
    // Nothing of the host's edit was stored, and the host now sees Maya's.
    CHECK(team.storedTitle(1) == "Maya's check-in");
    CHECK(team.host.program()->step(1).title == "Maya's check-in");
    CHECK_FALSE(team.host.undoStack()->canUndo());

    // Made again on what is now shown, the edit is saved.
    CHECK(team.host.program()->changeStep(1, StepField::Title, QStringLiteral("Host's check-in")));
    CHECK(team.storedTitle(1) == "Host's check-in");
}

TEST_CASE("Teamwork: undo never reverts a change someone else made to the same call", "[server]")
{
    Team team;
    const std::string original = team.host.program()->step(0).title;
    REQUIRE(team.host.program()->changeStep(0, StepField::Title, QStringLiteral("Host's welcome")));
    QSignalSpy coHostTold(&team.coHost, &Workspace::changedElsewhere);
    REQUIRE(coHostTold.wait(1000));
    REQUIRE(team.coHost.program()->changeStep(0, StepField::Title, QStringLiteral("Maya's welcome")));
    QSignalSpy hostTold(&team.host, &Workspace::changedElsewhere);
    REQUIRE(hostTold.wait(1000));
    CHECK(team.host.program()->step(0).title == "Maya's welcome");

    QSignalSpy refused(team.host.program(), &models::CallStepsModel::refused);
    REQUIRE(team.host.undoStack()->canUndo());
    team.host.undoStack()->undo();
    CHECK(refused.count() == 1);
    CHECK(team.storedTitle(0) == "Maya's welcome");
    CHECK(team.host.program()->step(0).title == "Maya's welcome");
    // The refused command is gone: undo has nothing left that would overwrite Maya.
    CHECK_FALSE(team.host.undoStack()->canUndo());

    // Maya's own undo is hers to make: it puts back the host's title, not the original.
    team.coHost.undoStack()->undo();
    CHECK(team.storedTitle(0) == "Host's welcome");
    CHECK(team.storedTitle(0) != original);
}

TEST_CASE("Teamwork: one host's undo and redo of their own edits still work between others' changes to other calls",
    "[server]")
{
    Team team;
    REQUIRE(team.host.program()->changeStep(0, StepField::Title, QStringLiteral("Host's welcome")));
    // Maya changes call 2, not the host's call 1.
    REQUIRE(team.coHost.program()->showCall(2));
    REQUIRE(team.coHost.program()->changeStep(0, StepField::Title, QStringLiteral("Maya's week two")));
    QSignalSpy hostTold(&team.host, &Workspace::changedElsewhere);
    REQUIRE(hostTold.wait(1000));

    const std::string before = team.host.program()->step(0).title;
    team.host.undoStack()->undo();
    CHECK(team.storedTitle(0) != "Host's welcome");
    team.host.undoStack()->redo();
    CHECK(team.storedTitle(0) == "Host's welcome");
    CHECK(before == "Host's welcome");
}
