// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Several hosts on one database: row versions refuse an edit based on a row
// someone else changed, and a server tells every connected Convener which
// tables changed. Cases tagged [server] need two connections at once, which
// only a server allows.
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/program/programrepository.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

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
