// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/storageerror.h"
#include "storage/error.h"

#include <catch2/catch.hpp>
#include <QString>

using namespace convener;
using storage::Error;
using storage::Problem;
using storage::Table;

TEST_CASE("Journal errors: what storage refuses to keep is said with its facts")
{
    CHECK(models::describe(Error(Problem::JournalIdDamaged).withId(12))
        == QStringLiteral("The journal of person 12 has a damaged id in the database."));
    CHECK(models::describe(Error(Problem::JournalKeysMismatched).withId(12))
        == QStringLiteral("The journal's key records do not belong together; nothing was saved."));
    CHECK(models::describe(Error(Problem::JournalKeyRecordWrongKind).withId(3))
        == QStringLiteral("The new key record is of the wrong kind; nothing was changed."));
    CHECK(models::describe(Error(Problem::JournalKeyRecordOfAnother).withId(3))
        == QStringLiteral("The new key record belongs to another journal; nothing was changed."));
    CHECK(models::describe(Error(Problem::JournalEntryNotSealed).withId(3))
        == QStringLiteral("The journal entry was not sealed properly; nothing was saved."));
    CHECK(models::describe(Error(Problem::JournalDraftNotSealed).withId(3))
        == QStringLiteral("The draft was not sealed properly; nothing was saved."));
}

TEST_CASE("Journal errors: a refused import says that nothing was imported")
{
    CHECK(models::describe(Error(Problem::JournalArchiveWithoutPassphrase).withId(12))
        == QStringLiteral("The journal archive carries no passphrase record; nothing was imported."));
    CHECK(models::describe(Error(Problem::JournalArchiveEntryNotSealed).withId(12))
        == QStringLiteral("The journal archive holds an entry that is not sealed; nothing was imported."));
    CHECK(models::describe(Error(Problem::JournalArchiveDraftNotSealed).withId(12))
        == QStringLiteral("The journal archive holds a draft that is not sealed; nothing was imported."));
    CHECK(models::describe(Error(Problem::JournalAnotherHeld).withId(12))
        == QStringLiteral(
            "This person already has another journal here. One person keeps one journal; nothing was imported."));
}

TEST_CASE("Journal errors: the driver's words come after what could not be done")
{
    const QString unique = QStringLiteral("UNIQUE constraint failed: journals.person_id");
    CHECK(models::describe(Error(Problem::JournalCreateFailed).withId(12).withDetail(unique))
        == QStringLiteral("Could not create the journal (does this person already have one?): ") + unique);
    CHECK(models::describe(Error(Problem::JournalImportFailed).withId(12).withDetail(unique))
        == QStringLiteral("Could not import the journal (is it already in this database for someone else?): ")
            + unique);
    CHECK(models::describe(Error(Problem::DemoJournalSetUpFailed).withDetail(QStringLiteral("out of memory")))
        == QStringLiteral("Could not set up the demo journal: out of memory"));

    const QString locked = QStringLiteral("database is locked");
    CHECK(models::describe(Error(Problem::SaveStartFailed).inTable(Table::Journals).withDetail(locked))
        == QStringLiteral("Could not start saving the journal: database is locked"));
    CHECK(models::describe(Error(Problem::SaveFailed).inTable(Table::Journals).withDetail(locked))
        == QStringLiteral("Could not save the journal: database is locked"));
    CHECK(models::describe(Error(Problem::ReadFailed).inTable(Table::JournalEntries).withDetail(locked))
        == QStringLiteral("Could not read the journal entries: database is locked"));
    CHECK(models::describe(Error(Problem::ReadFailed).inTable(Table::JournalDrafts).withDetail(locked))
        == QStringLiteral("Could not read the draft: database is locked"));
}
