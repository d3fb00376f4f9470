// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Several hosts on one database: row versions refuse an edit based on a row
// someone else changed, and a server tells every connected Convener which
// tables changed. Cases tagged [server] need two connections at once, which
// only a server allows.
#include "core/retro/retrorules.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/program/programrepository.h"
#include "storage/retro/retrorepository.h"
#include "storage/rooms/roomplanstore.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"
#include "support/troikacohort.h"

#include <catch2/catch.hpp>
#include <QSignalSpy>

using namespace convener;
using storage::Database;

namespace {

core::CohortId cohortWithProgram(Database &db)
{
    storage::RosterRepository roster(db);
    core::Cohort c;
    c.name = "Thursday circle";
    const auto id = roster.createCohort(c);
    REQUIRE(id.ok());
    REQUIRE(storage::ProgramRepository(db).followBuiltinProgram(id.value(), "practice-program").ok());
    return id.value();
}

std::unique_ptr<Database> connectAs(const storage::ServerAddress &address)
{
    storage::DatabaseError error;
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::connect(address, error, options);
    INFO(error.error.detail.toStdString());
    REQUIRE(db);
    return db;
}

} // namespace

TEST_CASE("Teamwork: a saved call moves its version on, and a save based on an older version is refused")
{
    tests::TempDatabase temp;
    storage::ProgramRepository programs(temp.db());
    const auto cohort = cohortWithProgram(temp.db());

    const auto shown = programs.call(cohort, 2);
    REQUIRE(shown.ok());
    const storage::RowVersion first = shown.value().stamp.version;
    CHECK(first >= 1);

    storage::CohortCall mine = shown.value();
    mine.call.title = "Call two, adapted";
    const auto saved = programs.saveCall(mine);
    REQUIRE(saved.ok());
    CHECK(saved.value() == first + 1);
    CHECK(programs.call(cohort, 2).value().stamp.version == first + 1);

    // The same edit again, still based on what was shown before the save.
    storage::CohortCall stale = shown.value();
    stale.call.title = "Call two, overwritten";
    const auto refused = programs.saveCall(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().problem == storage::Problem::ChangedElsewhere);
    CHECK(refused.error().call == 2);
    CHECK_FALSE(refused.error().value.isEmpty()); // when
    CHECK(programs.call(cohort, 2).value().call.title == "Call two, adapted");

    // Version 0: a write that was never based on a read (an import) is not checked.
    stale.stamp.version = 0;
    const auto unchecked = programs.saveCall(stale);
    INFO((unchecked.ok() ? QString() : unchecked.error().detail).toStdString());
    CHECK(unchecked.ok());
}

TEST_CASE("Teamwork: an attendance mark is refused when someone marked the person since it was shown")
{
    tests::TempDatabase temp;
    const auto cohort = cohortWithProgram(temp.db());
    core::Member ada;
    ada.person.displayName = "Ada";
    const auto added = storage::RosterRepository(temp.db()).addMembers(cohort, { ada });
    REQUIRE(added.ok());
    const core::PersonId person = added.value().at(0).person.id;
    storage::RoomsRepository rooms(temp.db());

    // Nobody has marked Ada yet: no stamp, and a mark based on that is stored.
    REQUIRE(rooms.attendanceStamps(cohort, 1).value().empty());
    core::AttendanceMark absent { person, core::AttendanceStatus::Absent, {} };
    const auto first = rooms.markAttendance(cohort, 1, absent, storage::kNoRow);
    REQUIRE(first.ok());
    CHECK(rooms.attendanceStamps(cohort, 1).value().at(person).version == first.value());

    // A second host who also saw her unmarked is refused, and the mark stays.
    core::AttendanceMark late { person, core::AttendanceStatus::Late, "18:10" };
    const auto refused = rooms.markAttendance(cohort, 1, late, storage::kNoRow);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().problem == storage::Problem::ChangedElsewhere);
    CHECK(refused.error().call == 1);
    CHECK(rooms.attendance(cohort, 1).value().at(0).status == core::AttendanceStatus::Absent);

    // Based on the version stored, the change is saved and moves the version on.
    const auto second = rooms.markAttendance(cohort, 1, late, first.value());
    REQUIRE(second.ok());
    CHECK(second.value() == first.value() + 1);
    CHECK(rooms.attendance(cohort, 1).value().at(0).status == core::AttendanceStatus::Late);
    // Marks stored together (an import) are not checked, and still move the version on.
    REQUIRE(rooms.setAttendance(cohort, 1, { absent }).ok());
    CHECK(rooms.attendanceStamps(cohort, 1).value().at(person).version > second.value());
    CHECK_FALSE(rooms.markAttendance(cohort, 1, late, second.value()).ok());
}

namespace {

// Two people of round 1 of call 1 who sit in different rooms.
std::pair<core::PersonId, core::PersonId> twoRooms(storage::RoomsRepository &rooms, core::CohortId cohort, size_t first)
{
    const core::RoomRound round = rooms.round(cohort, 1, 1).value();
    REQUIRE(round.rooms.size() > first + 1);
    return { round.rooms.at(first).seats.at(0).person, round.rooms.at(first + 1).seats.at(0).person };
}

} // namespace

TEST_CASE("Teamwork: a call's room plan has one version, and a write based on an older one is refused")
{
    tests::TempDatabase temp;
    const auto cohort = tests::createTroikaCohort(temp.db());
    REQUIRE(cohort.ok());
    storage::RoomsRepository rooms(temp.db());

    // Nothing planned yet: no version. The first plan makes version 1.
    CHECK(rooms.planStamp(cohort.value(), 1).value().version == storage::kNoRow);
    REQUIRE(storage::RoomPlanStore(temp.db()).planAndSave(cohort.value(), 1, storage::RoomPlanStore::Mode::Fresh).ok());
    const storage::RowVersion shown = rooms.planStamp(cohort.value(), 1).value().version;
    CHECK(shown == 1);
    const core::RoomRound before = rooms.round(cohort.value(), 1, 1).value();

    // A co-host swaps two people on the plan both hosts saw.
    const auto [a, b] = twoRooms(rooms, cohort.value(), 0);
    const auto swapped = rooms.swapPeople(cohort.value(), 1, 1, a, b, shown);
    REQUIRE(swapped.ok());
    CHECK(swapped.value() == shown + 1);
    const core::RoomRound theirs = rooms.round(cohort.value(), 1, 1).value();
    CHECK(theirs.roomOf(a) == before.roomOf(b));

    // The host's hand edit, new plan and recording, all based on what was
    // shown before, are refused as changed elsewhere; the co-host's rooms stay.
    const auto [c, d] = twoRooms(rooms, cohort.value(), 1);
    for (const auto &refused : { rooms.swapPeople(cohort.value(), 1, 1, c, d, shown),
             rooms.movePerson(cohort.value(), 1, 1, c, 1, shown), rooms.savePlan(cohort.value(), 1, { before }, shown),
             rooms.savePlan(cohort.value(), 1, { before }, storage::kNoRow),
             rooms.recordRound(cohort.value(), 1, 1, "2026-12-07T18:05:00Z", shown) }) {
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().problem == storage::Problem::ChangedElsewhere);
        CHECK(refused.error().call == 1);
    }
    CHECK(rooms.round(cohort.value(), 1, 1).value().rooms == theirs.rooms);
    CHECK_FALSE(rooms.round(cohort.value(), 1, 1).value().recorded());

    // Every write moves the version on, recording and clearing the plan too,
    // and a cleared plan keeps its version: it never starts again at 1.
    const auto recorded = rooms.recordRound(cohort.value(), 1, 1, "2026-12-07T18:05:00Z", swapped.value());
    REQUIRE(recorded.ok());
    CHECK(recorded.value() == swapped.value() + 1);
    const auto cleared = rooms.deletePlannedRounds(cohort.value(), 1, recorded.value());
    REQUIRE(cleared.ok());
    CHECK(rooms.planStamp(cohort.value(), 1).value().version == cleared.value());
    CHECK(cleared.value() == recorded.value() + 1);
    // A write not based on a read (the command line's) is not checked, and still moves it on.
    REQUIRE(storage::RoomPlanStore(temp.db()).planAndSave(cohort.value(), 1, storage::RoomPlanStore::Mode::Fresh).ok());
    CHECK(rooms.planStamp(cohort.value(), 1).value().version == cleared.value() + 1);
    // Other calls' plans have versions of their own.
    CHECK(rooms.planStamp(cohort.value(), 2).value().version == storage::kNoRow);
}

TEST_CASE("Teamwork: a retro board's phase and its action items refuse a change based on an older read")
{
    tests::TempDatabase temp;
    const auto cohort = cohortWithProgram(temp.db());
    storage::RetroRepository retro(temp.db());
    const auto made = retro.createBoard(cohort, 4, core::RetroTemplate::RosesBudsThornsGems,
        core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems));
    REQUIRE(made.ok());
    const core::RetroBoardId board = made.value().id;
    const auto stateNow = [&] { return retro.board(board).value().state; };

    // Two hosts saw the board in Write; one moves it to Discuss.
    const storage::RowVersion shown = retro.stamps(board).value().board.version;
    const core::RetroBoardState seen = stateNow();
    const auto moved = retro.changeState(board, core::RetroRules::enterPhase(seen, core::RetroPhase::Discuss), shown);
    REQUIRE(moved.ok());
    CHECK(moved.value() == shown + 1);
    CHECK(retro.stamps(board).value().board.version == moved.value());
    // The other's change of the vote limit, on the Write board they saw, would put
    // the board back in Write: refused, and the board stays in Discuss.
    core::RetroBoardState limits = seen;
    limits.limits.perPerson += 2;
    const auto refused = retro.changeState(board, limits, shown);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().problem == storage::Problem::ChangedElsewhere);
    CHECK(refused.error().table == storage::Table::RetroBoards);
    CHECK(stateNow().phase == core::RetroPhase::Discuss);
    CHECK_FALSE(retro.restoreState(board, seen, {}, shown).ok());
    CHECK(stateNow().phase == core::RetroPhase::Discuss);

    // An action item starts at version 1; an edit based on it moves it on.
    core::RetroAction action;
    action.text = "Send the recording";
    const auto added = retro.addAction(board, action);
    REQUIRE(added.ok());
    const core::RetroActionId id = added.value().id;
    CHECK(retro.stamps(board).value().actions.at(id).version == 1);
    core::RetroAction mine = added.value();
    mine.text = "Send the recording and the slides";
    const auto edited = retro.updateAction(board, mine, 1);
    REQUIRE(edited.ok());
    CHECK(edited.value() == 2);
    // A change or a removal based on version 1 is refused; the edit stays.
    core::RetroAction theirs = added.value();
    theirs.status = core::RetroActionStatus::Done;
    CHECK(retro.updateAction(board, theirs, 1).error().problem == storage::Problem::ChangedElsewhere);
    CHECK(retro.removeAction(board, id, 1).error().problem == storage::Problem::ChangedElsewhere);
    CHECK(retro.board(board).value().action(id)->text == mine.text);

    // Removed and put back (an undo), it comes back one version past where it
    // was, so an edit based on the first read is still refused.
    REQUIRE(retro.removeAction(board, id, 2).ok());
    CHECK(retro.removeAction(board, id, 2).error().problem == storage::Problem::RetroActionGone);
    REQUIRE(retro.restoreAction(board, mine, 3).ok());
    CHECK(retro.stamps(board).value().actions.at(id).version == 3);
    CHECK(retro.updateAction(board, theirs, 1).error().problem == storage::Problem::ChangedElsewhere);
    // Not based on a read (0), the change is made, and still moves the version on.
    const auto unchecked = retro.updateAction(board, theirs, 0);
    REQUIRE(unchecked.ok());
    CHECK(unchecked.value() == 4);
}

TEST_CASE("Teamwork: a retro card's words and a column's groups each have a version, and grouping leaves the "
          "cards' own versions alone")
{
    tests::TempDatabase temp;
    const auto cohort = cohortWithProgram(temp.db());
    storage::RetroRepository retro(temp.db());
    const auto made = retro.createBoard(cohort, 4, core::RetroTemplate::Custom, { { "Glad", "" }, { "Sad", "" } });
    REQUIRE(made.ok());
    const core::RetroBoardId board = made.value().id;
    const core::RetroColumnId glad = made.value().columns.at(0).id;
    core::Member ana;
    ana.person.displayName = "Ana";
    const auto members = storage::RosterRepository(temp.db()).addMembers(cohort, { ana });
    REQUIRE(members.ok());
    const core::PersonId author = members.value().at(0).person.id;
    const auto add = [&](const char *text) {
        const auto card = retro.addCard(board, glad, author, text);
        REQUIRE(card.ok());
        return card.value().id;
    };
    const core::RetroCardId a = add("Listening in pairs");
    const core::RetroCardId b = add("Looping back");
    const core::RetroCardId c = add("Being heard");
    const auto stamps = [&] { return retro.stamps(board).value(); };
    const auto problem = [](const auto &result) {
        REQUIRE_FALSE(result.ok());
        return result.error().problem;
    };

    // A card starts at version 1; an edit based on it moves it on, and an
    // edit or a removal based on version 1 is then refused, naming the card.
    CHECK(stamps().cards.at(a).version == 1);
    const auto edited = retro.editCard(board, a, "Listening in pairs, slowly", 1);
    REQUIRE(edited.ok());
    CHECK(edited.value() == 2);
    const auto stale = retro.editCard(board, a, "Listening", 1);
    CHECK(problem(stale) == storage::Problem::ChangedElsewhere);
    CHECK(stale.error().table == storage::Table::RetroCards);
    CHECK(problem(retro.removeCard(board, a, 1)) == storage::Problem::ChangedElsewhere);
    CHECK(retro.board(board).value().card(a)->text == "Listening in pairs, slowly");

    // Grouping moves the column on by one, and no card's version (on a
    // server the stamp trigger is told so): a co-host's grouping never
    // refuses an edit of a card's words.
    const storage::RowVersion column = stamps().columns.at(glad).version;
    const auto before = stamps().cards;
    REQUIRE(
        retro
            .changeState(board, core::RetroRules::enterPhase(retro.board(board).value().state, core::RetroPhase::Group))
            .ok());
    const auto grouped = retro.groupCards(board, b, a, column);
    REQUIRE(grouped.ok());
    CHECK(grouped.value().column == column + 1);
    CHECK(stamps().columns.at(glad).version == column + 1);
    CHECK(stamps().cards == before);
    // Whatever is based on the column as it was is refused: more grouping,
    // a group's new title, putting the grouping back.
    const auto regroup = retro.groupCards(board, c, a, column);
    CHECK(problem(regroup) == storage::Problem::ChangedElsewhere);
    CHECK(regroup.error().table == storage::Table::RetroColumns);
    const core::RetroGroupId group = retro.board(board).value().card(a)->group;
    REQUIRE(group != 0);
    CHECK(problem(retro.renameGroup(board, group, "Deep listening", column)) == storage::Problem::ChangedElsewhere);
    CHECK(problem(retro.restoreGrouping(board, retro.board(board).value().grouping(glad), column))
        == storage::Problem::ChangedElsewhere);
    CHECK(retro.board(board).value().card(c)->group == 0);
    const auto renamed = retro.renameGroup(board, group, "Deep listening", column + 1);
    REQUIRE(renamed.ok());
    CHECK(renamed.value() == column + 2);

    // Taking a grouped card off the board changes its column's grouping: the
    // column moves on, and the removal says to which version.
    const auto removed = retro.removeCard(board, b, stamps().cards.at(b).version);
    REQUIRE(removed.ok());
    CHECK(removed.value().card == 1);
    CHECK(removed.value().column == column + 3);
    // Put back (an undo), the card is one version past where it was, in its group.
    core::RetroCard card;
    card.id = b;
    card.column = glad;
    card.group = group;
    card.text = "Looping back";
    const auto restored = retro.restoreCard(board, card, {}, 2);
    REQUIRE(restored.ok());
    CHECK(restored.value() == column + 4);
    CHECK(stamps().cards.at(b).version == 2);
    CHECK(retro.board(board).value().card(b)->group == group);

    // Becoming anonymous erases authors under the board's version, not the cards'.
    const auto cardsNow = stamps().cards;
    core::RetroBoardState anonymous = retro.board(board).value().state;
    anonymous.anonymity = core::RetroAnonymity::Anonymous;
    REQUIRE(retro.changeState(board, anonymous, stamps().board.version).ok());
    CHECK_FALSE(retro.board(board).value().card(a)->author);
    CHECK(stamps().cards == cardsNow);

    // A custom column's title belongs to its version too.
    const storage::RowVersion titled = stamps().columns.at(glad).version;
    const auto retitled = retro.renameColumn(board, glad, "Joys", titled);
    REQUIRE(retitled.ok());
    CHECK(retitled.value() == titled + 1);
    CHECK(problem(retro.renameColumn(board, glad, "Delights", titled)) == storage::Problem::ChangedElsewhere);
    CHECK(retro.board(board).value().column(glad)->title == "Joys");
}

TEST_CASE("Teamwork: a room plan's refusal names the co-host who changed it", "[server]")
{
    tests::TempServerDatabase server;
    const auto host = tests::initialisedServer(server);
    const auto cohort = tests::createTroikaCohort(*host);
    REQUIRE(cohort.ok());
    const tests::ServerLogin maya(server.address(), QStringLiteral("maya"));
    const auto coHost = connectAs(maya.address());
    storage::RoomsRepository hostRooms(*host);
    storage::RoomsRepository mayaRooms(*coHost);

    // Both see no plan; Maya plans first, the host's plan is refused.
    const storage::RowVersion shown = hostRooms.planStamp(cohort.value(), 1).value().version;
    REQUIRE(shown == storage::kNoRow);
    const auto planned
        = storage::RoomPlanStore(*coHost).planAndSave(cohort.value(), 1, storage::RoomPlanStore::Mode::Fresh);
    REQUIRE(planned.ok());
    const auto refused = hostRooms.savePlan(cohort.value(), 1, planned.value().rounds, shown);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().problem == storage::Problem::ChangedElsewhere);
    CHECK(refused.error().name == maya.name());
    CHECK_FALSE(refused.error().value.isEmpty());
    const storage::RowStamp now = hostRooms.planStamp(cohort.value(), 1).value();
    CHECK(now.changedBy == maya.name());
    CHECK(now.version == 1);

    // Based on Maya's version, the host's hand edit is saved, and stamped with the host's login.
    const auto [a, b] = twoRooms(hostRooms, cohort.value(), 0);
    REQUIRE(hostRooms.swapPeople(cohort.value(), 1, 1, a, b, now.version).ok());
    const storage::RowStamp after = mayaRooms.planStamp(cohort.value(), 1).value();
    CHECK(after.version == 2);
    CHECK(after.changedBy != maya.name());
    CHECK_FALSE(after.changedBy.isEmpty());
}

TEST_CASE("Teamwork: a refusal names the login that changed the row", "[server]")
{
    tests::TempServerDatabase server;
    const auto host = tests::initialisedServer(server);
    const auto cohort = cohortWithProgram(*host);
    const tests::ServerLogin maya(server.address(), QStringLiteral("maya"));
    const auto coHost = connectAs(maya.address());

    storage::ProgramRepository hostPrograms(*host);
    storage::ProgramRepository coHostPrograms(*coHost);
    const storage::CohortCall shown = hostPrograms.call(cohort, 3).value();

    storage::CohortCall theirs = coHostPrograms.call(cohort, 3).value();
    theirs.call.title = "Maya's call three";
    REQUIRE(coHostPrograms.saveCall(theirs).ok());

    storage::CohortCall mine = shown;
    mine.call.title = "Host's call three";
    const auto refused = hostPrograms.saveCall(mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().problem == storage::Problem::ChangedElsewhere);
    CHECK(refused.error().name == maya.name());
    const storage::CohortCall now = hostPrograms.call(cohort, 3).value();
    CHECK(now.call.title == "Maya's call three");
    CHECK(now.stamp.changedBy == maya.name());
    CHECK(now.stamp.version == shown.stamp.version + 1);
}

TEST_CASE(
    "Teamwork: the server tells the other Convener which tables changed, and not the one that changed them", "[server]")
{
    tests::TempServerDatabase server;
    const auto host = tests::initialisedServer(server);
    const auto cohort = cohortWithProgram(*host);
    const auto coHost = connectAs(server.address());

    storage::ChangeFeed hostFeed(*host);
    storage::ChangeFeed coHostFeed(*coHost);
    REQUIRE(hostFeed.isListening());
    REQUIRE(coHostFeed.isListening());
    QSignalSpy hostHeard(&hostFeed, &storage::ChangeFeed::changed);
    QSignalSpy coHostHeard(&coHostFeed, &storage::ChangeFeed::changed);

    storage::ProgramRepository programs(*host);
    storage::CohortCall call = programs.call(cohort, 1).value();
    call.call.title = "Welcome, adapted";
    REQUIRE(programs.saveCall(call).ok());
    storage::RosterRepository roster(*host);
    core::Member ana;
    ana.person.displayName = "Ana";
    REQUIRE(roster.addMembers(cohort, { ana }).ok());

    REQUIRE(coHostHeard.wait(5000));
    // Both transactions' notices may come in one delivery or in two.
    QSet<QString> tables;
    for (const auto &signal : coHostHeard)
        tables.unite(signal.at(0).value<QSet<QString>>());
    if (!tables.contains(QStringLiteral("people")) && coHostHeard.wait(5000))
        tables.unite(coHostHeard.last().at(0).value<QSet<QString>>());
    CHECK(tables.contains(QStringLiteral("cohort_calls")));
    CHECK(tables.contains(QStringLiteral("people")));
    CHECK(tables.contains(QStringLiteral("memberships")));
    CHECK_FALSE(tables.contains(QStringLiteral("retro_cards")));
    // The host's own writes are not news to the host.
    CHECK(hostHeard.isEmpty());
}

TEST_CASE("Teamwork: editing a person's details announces people, not their membership", "[server]")
{
    tests::TempServerDatabase server;
    auto host = tests::initialisedServer(server);
    const auto cohort = cohortWithProgram(*host);
    storage::RosterRepository roster(*host);
    core::Member ana;
    ana.person.displayName = "Ana";
    const auto added = roster.addMembers(cohort, { ana });
    REQUIRE(added.ok());
    const auto coHost = connectAs(server.address());
    storage::ChangeFeed coHostFeed(*coHost);
    QSignalSpy coHostHeard(&coHostFeed, &storage::ChangeFeed::changed);

    // The pronouns change, the role does not: the co-host's rooms need not be read again.
    core::Member edited = added.value().at(0);
    edited.person.pronouns = "she/her";
    REQUIRE(roster.editMember(cohort, edited, 0).ok());
    REQUIRE(coHostHeard.wait(5000));
    CHECK(coHostHeard.last().at(0).value<QSet<QString>>() == QSet<QString> { QStringLiteral("people") });

    // A new role is a membership's change.
    edited.role = core::Role::CoHost;
    REQUIRE(roster.editMember(cohort, edited, 0).ok());
    REQUIRE(coHostHeard.wait(5000));
    CHECK(coHostHeard.last().at(0).value<QSet<QString>>().contains(QStringLiteral("memberships")));
    CHECK(roster.members(cohort).value().at(0).role == core::Role::CoHost);
}

TEST_CASE("Teamwork: a database file has no change feed")
{
    tests::TempDatabase temp;
    storage::ChangeFeed feed(temp.db());
    CHECK(feed.isListening() == temp.onServer());
}
