// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Two hosts on one team server, each with their own Convener: what one saves
// appears on the other's screen, an edit based on what the other changed is
// refused with their name, and undo never reverts the other's change. Every
// case needs two connections at once, which only a server allows.
#include "models/live/runcontroller.h"
#include "models/program/callstepsmodel.h"
#include "models/retro/retroboarddocument.h"
#include "models/rooms/attendancemodel.h"
#include "models/rooms/replaceroomplan.h"
#include "models/rooms/roomsdocument.h"
#include "models/rooms/swapseats.h"
#include "models/roster/rostermodel.h"
#include "models/workspace.h"
#include "storage/database.h"
#include "storage/program/programrepository.h"
#include "storage/retro/retrorepository.h"
#include "storage/rooms/roomplanstore.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "storage/run/runrepository.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <QSignalSpy>
#include <QSqlQuery>
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
        // Read through Maya's connection: the host's may be the one a test cuts.
        return storage::ProgramRepository(*coHostDb)
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

TEST_CASE("Teamwork: a person edited by a co-host is not overwritten by the host's older view, nor by undo", "[server]")
{
    Team team;
    core::Member ana;
    ana.person.displayName = "Ana";
    ana.person.email = "ana@example.org";
    const auto added = storage::RosterRepository(*team.hostDb).addMembers(team.cohort, { ana });
    REQUIRE(added.ok());
    const core::PersonId id = added.value().front().person.id;
    REQUIRE(team.host.people()->reload());
    REQUIRE(team.coHost.people()->reload());
    QSignalSpy hostFailed(&team.host, &Workspace::storageFailed);
    const auto stored
        = [&] { return storage::RosterRepository(*team.hostDb).members(team.cohort).value().front().person; };

    // Maya corrects the email; the host, not having heard yet, changes the pronouns of the Ana they saw.
    core::Member mayaEdit = team.coHost.people()->member(team.coHost.people()->rowOf(id));
    mayaEdit.person.email = "ana.s@example.org";
    team.coHost.people()->editMember(mayaEdit);
    core::Member hostEdit = team.host.people()->member(team.host.people()->rowOf(id));
    hostEdit.person.pronouns = "she/her";
    team.host.people()->editMember(hostEdit);

    REQUIRE(hostFailed.count() == 1);
    CHECK(hostFailed.first().at(0).toString().contains(team.maya.name()));
    CHECK(stored().email == "ana.s@example.org");
    CHECK(stored().pronouns.empty());
    // The host's list shows Maya's Ana; the edit made again on it keeps both.
    hostEdit = team.host.people()->member(team.host.people()->rowOf(id));
    CHECK(hostEdit.person.email == "ana.s@example.org");
    hostEdit.person.pronouns = "she/her";
    team.host.people()->editMember(hostEdit);
    CHECK(stored().pronouns == "she/her");
    CHECK(stored().email == "ana.s@example.org");

    // Maya's undo would put back the email and drop the host's pronouns: refused.
    QSignalSpy coHostTold(&team.coHost, &Workspace::changedElsewhere);
    REQUIRE(coHostTold.wait(1000));
    QSignalSpy coHostFailed(&team.coHost, &Workspace::storageFailed);
    team.coHost.undoStack()->undo();
    CHECK(coHostFailed.count() == 1);
    CHECK(stored().pronouns == "she/her");
    CHECK(stored().email == "ana.s@example.org");
    // The host's own undo is the host's to make.
    team.host.undoStack()->undo();
    CHECK(stored().pronouns.empty());
    CHECK(stored().email == "ana.s@example.org");
}

TEST_CASE(
    "Teamwork: two hosts marking the same person: the second is told, and undo leaves the other's mark", "[server]")
{
    Team team;
    core::Member ana;
    ana.person.displayName = "Ana";
    REQUIRE(storage::RosterRepository(*team.hostDb).addMembers(team.cohort, { ana }).ok());
    for (Workspace *w : { &team.host, &team.coHost }) {
        w->rooms()->reload();
        w->rooms()->setCall(1);
    }
    models::AttendanceModel *hostList = team.host.rooms()->attendance();
    models::AttendanceModel *mayaList = team.coHost.rooms()->attendance();
    REQUIRE(hostList->rowCount() == 1);
    REQUIRE(mayaList->rowCount() == 1);
    const auto stored
        = [&] { return storage::RoomsRepository(*team.coHostDb).attendance(team.cohort, 1).value().at(0).status; };
    QSignalSpy hostFailed(&team.host, &Workspace::storageFailed);

    // Both saw Ana unmarked; Maya marks her absent first, the host then late.
    mayaList->setStatus(0, core::AttendanceStatus::Absent);
    hostList->setStatus(0, core::AttendanceStatus::Late);
    REQUIRE(hostFailed.count() == 1);
    const QString message = hostFailed.first().at(0).toString();
    CHECK(message.contains(team.maya.name()));
    CHECK(message.contains(QStringLiteral("attendance at call 1")));
    CHECK(stored() == core::AttendanceStatus::Absent);
    CHECK(hostList->mark(0).status == core::AttendanceStatus::Absent);
    CHECK_FALSE(team.host.undoStack()->canUndo());

    // Marked again on what is shown, the host's mark is saved.
    hostList->setStatus(0, core::AttendanceStatus::Present);
    CHECK(stored() == core::AttendanceStatus::Present);

    // Maya's undo would put back "absent" over the host's mark: refused.
    QSignalSpy coHostTold(&team.coHost, &Workspace::changedElsewhere);
    REQUIRE(coHostTold.wait(1000));
    CHECK(mayaList->mark(0).status == core::AttendanceStatus::Present);
    QSignalSpy coHostFailed(&team.coHost, &Workspace::storageFailed);
    team.coHost.undoStack()->undo();
    CHECK(coHostFailed.count() == 1);
    CHECK(stored() == core::AttendanceStatus::Present);
    // The host's own undo is the host's to make.
    team.host.undoStack()->undo();
    CHECK(stored() == core::AttendanceStatus::Absent);
}

TEST_CASE("Teamwork: a Convener whose session the server ended connects again by itself and catches up", "[server]")
{
    Team team;
    REQUIRE(team.host.connection() == Workspace::Connection::Connected);
    QSqlQuery q(team.hostDb->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT pg_backend_pid()")));
    REQUIRE(q.next());
    const qint64 pid = q.value(0).toLongLong();
    q.finish();
    tests::runOnServer(team.server.address(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));

    // Maya changes a step while the host is cut off: the notice goes to a session that is gone.
    REQUIRE(team.coHost.program()->changeStep(0, StepField::Title, QStringLiteral("Changed while you were away")));
    // The host's next save fails and says why; nothing of it is stored.
    QSignalSpy failed(&team.host, &Workspace::storageFailed);
    CHECK_FALSE(team.host.program()->changeStep(2, StepField::Title, QStringLiteral("Host's edit")));
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().at(0).toString().contains(QStringLiteral("connection to the team server was lost")));
    CHECK(team.storedTitle(2) != "Host's edit");

    // The check that follows every failure connects again and reads what Maya changed.
    QSignalSpy told(&team.host, &Workspace::changedElsewhere);
    REQUIRE(told.wait(2000));
    CHECK(team.host.connection() == Workspace::Connection::Connected);
    CHECK(team.host.program()->step(0).title == "Changed while you were away");
    // Made again, the host's edit is saved, and Maya's next change reaches the host as before.
    CHECK(team.host.program()->changeStep(2, StepField::Title, QStringLiteral("Host's edit")));
    CHECK(team.storedTitle(2) == "Host's edit");
    QSignalSpy coHostTold(&team.coHost, &Workspace::changedElsewhere);
    REQUIRE(coHostTold.wait(1000));
    REQUIRE(team.coHost.program()->changeStep(1, StepField::Title, QStringLiteral("Maya again")));
    REQUIRE(told.wait(1000));
    CHECK(team.host.program()->step(1).title == "Maya again");
}

TEST_CASE("Teamwork: a server restarted during a live call: the run goes on, and its state is stored once the server "
          "is back",
    "[server]")
{
    tests::PrivateServer server;
    storage::DatabaseError error;
    storage::Database::Options init;
    init.createIfMissing = true;
    auto db = storage::Database::connect(server.address(), error, init);
    REQUIRE(db);
    const core::CohortId cohort = Team::makeCohort(*db);
    tests::FakeClock clock;
    Workspace host(*db, &clock);
    host.setCurrentCohort(cohort);
    host.run()->setCohort(cohort);
    REQUIRE(host.run()->start(1, { "Ana", "Ben", "Chloe" }, 7));
    clock.advance(std::chrono::seconds(30));
    host.run()->tick();

    server.pause();
    QSignalSpy failed(host.run(), &models::RunController::storageFailed);
    // The host moves on while the server is down: the run follows, its save fails and says so.
    REQUIRE(host.run()->nextStep());
    CHECK(host.run()->engine()->snapshot().step == 1);
    CHECK(failed.count() == 1);
    CHECK(host.run()->isBehind());
    // Said once, not at every step the host takes while the server is away.
    REQUIRE(host.run()->nextStep());
    REQUIRE(host.run()->previousStep());
    CHECK(failed.count() == 1);
    host.checkConnection();
    CHECK(host.connection() == Workspace::Connection::Reconnecting);
    CHECK_FALSE(host.connectionReason().isEmpty());
    // Time goes on locally; nothing waits for the server.
    clock.advance(std::chrono::seconds(45));
    host.run()->tick();
    CHECK(host.run()->engine()->snapshot().step == 1);

    server.resume();
    host.checkConnection();
    CHECK(host.connection() == Workspace::Connection::Connected);
    CHECK_FALSE(host.run()->isBehind());
    const auto stored = storage::RunRepository(*db).load(cohort, 1);
    REQUIRE(stored.ok());
    REQUIRE(stored.value().has_value());
    CHECK(stored.value()->step == 1);
    CHECK(*stored.value() == host.run()->engine()->snapshot());
}

namespace {

// Two people of the round who sit in different rooms, from room `first` on.
std::pair<core::PersonId, core::PersonId> twoRooms(const core::RoomRound &round, size_t first)
{
    REQUIRE(round.rooms.size() > first + 1);
    return { round.rooms.at(first).seats.at(0).person, round.rooms.at(first + 1).seats.at(0).person };
}

} // namespace

TEST_CASE("Teamwork: rooms a co-host changed are not overwritten by the host's older view, nor by undo", "[server]")
{
    Team team;
    std::vector<core::Member> people(8);
    for (size_t i = 0; i < people.size(); ++i)
        people[i].person.displayName = "Member " + std::to_string(i);
    REQUIRE(storage::RosterRepository(*team.hostDb).addMembers(team.cohort, people).ok());
    REQUIRE(storage::RoomPlanStore(*team.hostDb).planAndSave(team.cohort, 1, storage::RoomPlanStore::Mode::Fresh).ok());
    for (Workspace *w : { &team.host, &team.coHost }) {
        w->rooms()->reload();
        w->rooms()->setCall(1);
    }
    models::RoomsDocument *hostRooms = team.host.rooms();
    models::RoomsDocument *mayaRooms = team.coHost.rooms();
    const auto stored = [&] { return storage::RoomsRepository(*team.coHostDb).round(team.cohort, 1, 1).value(); };
    const core::RoomRound planned = stored();
    QSignalSpy hostFailed(&team.host, &Workspace::storageFailed);

    // Maya swaps two people; the host, before hearing of it, swaps two others.
    const auto [a, b] = twoRooms(planned, 0);
    const auto [c, d] = twoRooms(planned, 2);
    team.coHost.undoStack()->push(new models::SwapSeats(mayaRooms, team.cohort, 1, 1, a, b, QStringLiteral("Swap")));
    const core::RoomRound mayas = stored();
    REQUIRE(mayas.roomOf(a) == planned.roomOf(b));
    team.host.undoStack()->push(new models::SwapSeats(hostRooms, team.cohort, 1, 1, c, d, QStringLiteral("Swap")));
    REQUIRE(hostFailed.count() == 1);
    const QString message = hostFailed.first().at(0).toString();
    CHECK(message.contains(team.maya.name()));
    CHECK(message.contains(QStringLiteral("the rooms of call 1")));
    CHECK(stored().rooms == mayas.rooms);
    // The host's screen shows Maya's rooms, and there is nothing of theirs to undo.
    REQUIRE(hostRooms->findRound(1));
    CHECK(hostRooms->findRound(1)->rooms == mayas.rooms);
    CHECK_FALSE(team.host.undoStack()->canUndo());

    // Made again on what is shown, the host's swap is saved.
    team.host.undoStack()->push(new models::SwapSeats(hostRooms, team.cohort, 1, 1, c, d, QStringLiteral("Swap")));
    const core::RoomRound hosts = stored();
    REQUIRE(hosts.roomOf(c) == planned.roomOf(d));
    CHECK(hosts.roomOf(a) == planned.roomOf(b));

    // Maya's undo would put back her rooms over the host's swap: refused.
    QSignalSpy coHostTold(&team.coHost, &Workspace::changedElsewhere);
    REQUIRE(coHostTold.wait(1000));
    QSignalSpy coHostFailed(&team.coHost, &Workspace::storageFailed);
    team.coHost.undoStack()->undo();
    CHECK(coHostFailed.count() == 1);
    CHECK(stored().rooms == hosts.rooms);
    CHECK(mayaRooms->findRound(1)->rooms == hosts.rooms);
    // A new plan of Maya's, on the rooms she now sees, is saved; the host's undo of
    // the swap would revert it, and is refused too.
    team.coHost.undoStack()->push(new models::ReplaceRoomPlan(mayaRooms, team.cohort, 1,
        { mayaRooms->rounds(), {}, false }, { { planned }, {}, false }, QStringLiteral("Plan")));
    CHECK(stored().rooms == planned.rooms);
    QSignalSpy hostTold(&team.host, &Workspace::changedElsewhere);
    REQUIRE(hostTold.wait(1000));
    hostFailed.clear();
    team.host.undoStack()->undo();
    CHECK(hostFailed.count() == 1);
    CHECK(stored().rooms == planned.rooms);
    // Maya's own undo of her plan puts back the rooms she replaced.
    team.coHost.undoStack()->undo();
    CHECK(stored().rooms == hosts.rooms);

    // What Maya's Convener said of its own plan (its proven bound) goes once
    // the host has changed that plan.
    QSignalSpy hostHeard(&team.host, &Workspace::changedElsewhere);
    team.coHost.undoStack()->push(new models::ReplaceRoomPlan(mayaRooms, team.cohort, 1,
        { mayaRooms->rounds(), {}, false }, { { planned }, 0, false }, QStringLiteral("Plan")));
    REQUIRE(mayaRooms->counts().unavoidable == 0);
    REQUIRE(hostHeard.wait(1000));
    QSignalSpy mayaHeard(&team.coHost, &Workspace::changedElsewhere);
    QSignalSpy mayaPlanElsewhere(mayaRooms, &models::RoomsDocument::planChangedElsewhere);
    team.host.undoStack()->push(new models::SwapSeats(hostRooms, team.cohort, 1, 1, c, d, QStringLiteral("Swap")));
    REQUIRE(mayaHeard.wait(1000));
    CHECK(mayaPlanElsewhere.count() == 1);
    CHECK_FALSE(mayaRooms->counts().unavoidable);
}

TEST_CASE(
    "Teamwork: a retro phase or action item a co-host changed is not overwritten by the host, nor by undo", "[server]")
{
    Team team;
    storage::RetroRepository stored(*team.coHostDb);
    const auto made = storage::RetroRepository(*team.hostDb)
                          .createBoard(team.cohort, 4, core::RetroTemplate::RosesBudsThornsGems,
                              core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems));
    REQUIRE(made.ok());
    const core::RetroBoardId board = made.value().id;
    for (Workspace *w : { &team.host, &team.coHost }) {
        REQUIRE(w->retro()->setCohort(team.cohort));
        REQUIRE(w->retro()->board().id == board);
    }
    models::RetroBoardDocument *hostRetro = team.host.retro();
    models::RetroBoardDocument *mayaRetro = team.coHost.retro();
    QSignalSpy hostFailed(&team.host, &Workspace::storageFailed);

    // Maya moves the board on to Discuss; the host, before hearing of it,
    // changes the vote limit on the Write board still on their screen.
    mayaRetro->changePhase(core::RetroPhase::Discuss);
    REQUIRE(stored.board(board).value().state.phase == core::RetroPhase::Discuss);
    core::RetroBoardState limits = hostRetro->board().state;
    REQUIRE(limits.phase == core::RetroPhase::Write);
    limits.limits.perPerson += 2;
    hostRetro->changeSettings(limits);
    REQUIRE(hostFailed.count() == 1);
    const QString message = hostFailed.first().at(0).toString();
    CHECK(message.contains(team.maya.name()));
    CHECK(message.contains(QStringLiteral("phase or settings")));
    CHECK(stored.board(board).value().state.phase == core::RetroPhase::Discuss);
    CHECK(hostRetro->board().state.phase == core::RetroPhase::Discuss);
    CHECK_FALSE(team.host.undoStack()->canUndo());

    // The host adds an action item; Maya, having heard, rewords it.
    hostRetro->addAction(QStringLiteral("Send the recording"), std::nullopt, std::nullopt);
    REQUIRE(hostRetro->board().actions.size() == 1);
    const core::RetroActionId action = hostRetro->board().actions.front().id;
    QSignalSpy coHostTold(&team.coHost, &Workspace::changedElsewhere);
    REQUIRE(coHostTold.wait(1000));
    REQUIRE(mayaRetro->board().actions.size() == 1);
    core::RetroAction reworded = mayaRetro->board().actions.front();
    reworded.text = "Send the recording and the slides";
    mayaRetro->editAction(reworded);
    REQUIRE(stored.board(board).value().action(action)->text == reworded.text);

    // The host's undo would remove the item Maya reworded: refused, the item stays.
    QSignalSpy hostTold(&team.host, &Workspace::changedElsewhere);
    REQUIRE(hostTold.wait(1000));
    hostFailed.clear();
    team.host.undoStack()->undo();
    CHECK(hostFailed.count() == 1);
    REQUIRE(stored.board(board).value().action(action));
    CHECK(stored.board(board).value().action(action)->text == reworded.text);
    // Maya's own undo puts back the words she replaced.
    team.coHost.undoStack()->undo();
    CHECK(stored.board(board).value().action(action)->text == "Send the recording");
}

TEST_CASE("Teamwork: retro cards and groups a co-host changed are not overwritten by the host, nor by undo", "[server]")
{
    Team team;
    storage::RetroRepository stored(*team.coHostDb);
    const auto made = storage::RetroRepository(*team.hostDb)
                          .createBoard(team.cohort, 4, core::RetroTemplate::RosesBudsThornsGems,
                              core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems));
    REQUIRE(made.ok());
    const core::RetroBoardId board = made.value().id;
    const core::RetroColumnId roses = made.value().columns.at(0).id;
    for (Workspace *w : { &team.host, &team.coHost })
        REQUIRE(w->retro()->setCohort(team.cohort));
    models::RetroBoardDocument *hostRetro = team.host.retro();
    models::RetroBoardDocument *mayaRetro = team.coHost.retro();
    QSignalSpy hostFailed(&team.host, &Workspace::storageFailed);
    QSignalSpy hostTold(&team.host, &Workspace::changedElsewhere);
    QSignalSpy mayaTold(&team.coHost, &Workspace::changedElsewhere);
    const auto textOf = [&](core::RetroCardId card) { return stored.board(board).value().card(card)->text; };

    // The host types three cards people said aloud; Maya corrects the first.
    for (const char *text : { "Listening in pairs", "Looping back", "Being heard" })
        hostRetro->addCard(roses, std::nullopt, QString::fromUtf8(text));
    REQUIRE(hostRetro->board().cards.size() == 3);
    const core::RetroCardId first = hostRetro->board().cards.at(0).id;
    const core::RetroCardId second = hostRetro->board().cards.at(1).id;
    const core::RetroCardId third = hostRetro->board().cards.at(2).id;
    REQUIRE(mayaTold.wait(1000));
    REQUIRE(mayaRetro->board().cards.size() == 3);
    mayaRetro->editCard(first, QStringLiteral("Listening in pairs without advice"));
    REQUIRE(textOf(first) == "Listening in pairs without advice");

    // The host's undo of the third card is theirs to make; undoing the
    // first would remove the card Maya reworded: refused, naming her.
    REQUIRE(hostTold.wait(1000));
    team.host.undoStack()->undo();
    CHECK(hostFailed.count() == 0);
    CHECK_FALSE(stored.board(board).value().card(third));
    team.host.undoStack()->undo(); // the second card
    team.host.undoStack()->undo(); // the first, which Maya changed
    REQUIRE(hostFailed.count() == 1);
    const QString message = hostFailed.first().at(0).toString();
    CHECK(message.contains(team.maya.name()));
    CHECK(message.contains(QStringLiteral("this card")));
    CHECK(textOf(first) == "Listening in pairs without advice");
    // Redo brings back the two the host's undo removed.
    hostFailed.clear();
    team.host.undoStack()->redo();
    team.host.undoStack()->redo();
    REQUIRE(stored.board(board).value().card(third));
    CHECK(hostFailed.count() == 0);

    // In Group, Maya drops the second card on the first; the host, before
    // hearing of it, drops the third on the second: refused, naming her.
    REQUIRE(mayaTold.wait(1000));
    mayaRetro->changePhase(core::RetroPhase::Group);
    REQUIRE(hostTold.wait(1000));
    REQUIRE(hostRetro->board().state.phase == core::RetroPhase::Group);
    mayaRetro->groupCards({ second }, first);
    const core::RetroGroupId group = stored.board(board).value().card(second)->group;
    REQUIRE(group != 0);
    REQUIRE(hostRetro->board().card(second)->group == 0);
    hostFailed.clear();
    hostRetro->groupCards({ third }, second);
    REQUIRE(hostFailed.count() == 1);
    CHECK(hostFailed.first().at(0).toString().contains(team.maya.name()));
    CHECK(hostFailed.first().at(0).toString().contains(QStringLiteral("this column's title or groups")));
    CHECK(stored.board(board).value().card(third)->group == 0);
    // The host's screen now shows her group.
    CHECK(hostRetro->board().card(second)->group == group);

    // Grouping is not an edit of a card's words: the host rewords a grouped
    // card, and Maya's undo of her grouping keeps the host's words.
    hostRetro->editCard(second, QStringLiteral("Looping back what we heard"));
    CHECK(textOf(second) == "Looping back what we heard");
    REQUIRE(mayaTold.wait(1000));
    const auto failedBefore = hostFailed.count();
    QSignalSpy mayaFailed(&team.coHost, &Workspace::storageFailed);
    team.coHost.undoStack()->undo();
    CHECK(mayaFailed.count() == 0);
    CHECK(stored.board(board).value().card(second)->group == 0);
    CHECK(textOf(second) == "Looping back what we heard");
    CHECK(hostFailed.count() == failedBefore);
}

TEST_CASE("Teamwork: a co-host's Live area follows the host's run, and one Convener drives it at a time", "[server]")
{
    tests::TempServerDatabase server;
    const auto hostDb = tests::initialisedServer(server);
    const core::CohortId cohort = Team::makeCohort(*hostDb);
    const tests::ServerLogin maya(server.address(), QStringLiteral("maya"));
    const auto mayaDb = connectAs(maya.address());
    tests::FakeClock clock; // both computers' clocks agree
    Workspace host(*hostDb, &clock);
    Workspace coHost(*mayaDb, &clock);
    for (Workspace *w : { &host, &coHost }) {
        w->setCurrentCohort(cohort);
        w->run()->setCohort(cohort);
    }
    models::RunController *hostRun = host.run();
    models::RunController *mayaRun = coHost.run();
    QSignalSpy mayaTold(&coHost, &Workspace::changedElsewhere);
    QSignalSpy hostTold(&host, &Workspace::changedElsewhere);
    const auto storedStep = [&] { return storage::RunRepository(*mayaDb).load(cohort, 1).value()->step; };

    // The host starts call 1; Maya's Live area shows it, following.
    REQUIRE(hostRun->start(1, { "Ana", "Ben", "Chloe" }, 7));
    REQUIRE(mayaTold.wait(1000));
    REQUIRE(mayaRun->engine());
    CHECK(mayaRun->following());
    CHECK(mayaRun->driverName() == server.address().user);
    CHECK(mayaRun->callNumber() == 1);
    CHECK(mayaRun->engine()->stepIndex() == 0);

    // The host moves on; Maya's screen goes with it.
    clock.advance(std::chrono::seconds(30));
    hostRun->tick();
    REQUIRE(hostRun->nextStep());
    REQUIRE(mayaTold.wait(1000));
    CHECK(mayaRun->engine()->stepIndex() == 1);
    // Her controls change nothing, here or stored; starting the same call
    // again follows the host's run instead of starting a second one.
    CHECK_FALSE(mayaRun->nextStep());
    CHECK_FALSE(mayaRun->togglePause());
    CHECK(mayaRun->engine()->stepIndex() == 1);
    CHECK_FALSE(mayaRun->start(1, { "Ana", "Ben", "Chloe" }, 9));
    CHECK(mayaRun->following());
    CHECK(storedStep() == 1);

    // The host's connection drops; Maya takes over where the host's run stands.
    REQUIRE(mayaRun->takeOver());
    CHECK_FALSE(mayaRun->following());
    CHECK(mayaRun->engine()->stepIndex() == 1);
    REQUIRE(mayaRun->nextStep());
    CHECK(storedStep() == 2);
    // The host's Convener, back before hearing of it, presses Next: not
    // stored; it says who drives now and follows Maya's run.
    hostTold.clear();
    CHECK_FALSE(hostRun->nextPhase());
    CHECK(hostRun->following());
    CHECK(hostRun->driverName() == maya.name());
    CHECK(hostRun->engine()->stepIndex() == 2);
    CHECK(storedStep() == 2);
    REQUIRE(hostTold.count() >= 1);
    CHECK(hostTold.last().at(0).toString().contains(maya.name()));

    // Maya's later steps reach the host's screen.
    REQUIRE(mayaRun->nextStep());
    REQUIRE(hostTold.wait(1000));
    CHECK(hostRun->engine()->stepIndex() == 3);

    // The host takes the run back; Maya's Convener follows from then on.
    REQUIRE(hostRun->takeOver());
    REQUIRE(mayaTold.wait(1000));
    CHECK(mayaRun->following());
    CHECK(mayaRun->driverName() == server.address().user);
    CHECK_FALSE(mayaRun->nextStep());

    // Once the call has ended, the next call is whoever starts it.
    REQUIRE(hostRun->endCall());
    REQUIRE(mayaTold.wait(1000));
    CHECK(mayaRun->engine()->status() == core::RunStatus::Finished);
    REQUIRE(mayaRun->start(2, { "Ana", "Ben" }, 3));
    CHECK_FALSE(mayaRun->following());
    REQUIRE(hostTold.wait(1000));
    CHECK(hostRun->following());
    CHECK(hostRun->callNumber() == 2);
}
