// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "crypto/journalid.h"
#include "crypto/journalkey.h"
#include "storage/database.h"
#include "storage/journal/journalrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QVariant>

#include <map>
#include <string>

using namespace convener;
using crypto::ItemKind;
using crypto::JournalKey;
using crypto::KdfLimits;
using storage::Problem;

namespace {

// The problem a call that should have failed names.
template<typename R> Problem problemOf(const R &result)
{
    REQUIRE_FALSE(result.ok());
    return result.error().problem;
}

struct Fixture
{
    tests::TempDatabase temp;
    storage::RosterRepository roster{temp.db()};
    storage::JournalRepository journals{temp.db()};
    core::CohortId cohort = 0;
    std::vector<core::Member> members;

    Fixture()
    {
        core::Cohort c;
        c.name = "Journal cohort";
        cohort = roster.createCohort(c).value();
        std::vector<core::Member> add(3);
        add[0].person.displayName = "Ada";
        add[1].person.displayName = "Bo";
        add[2].person.displayName = "Cy";
        members = roster.addMembers(cohort, add).value();
    }

    core::PersonId person(int i) const { return members.at(static_cast<size_t>(i)).person.id; }
};

crypto::JournalSetup newSetup(const std::string &passphrase)
{
    return JournalKey::create(passphrase, KdfLimits::insecureMinimumForTests()).value();
}

storage::JournalEntryRecord sealedEntry(const JournalKey &key, const std::string &title, const std::string &body,
                                        std::optional<int> call = std::nullopt)
{
    storage::JournalEntryRecord e;
    e.entryId = crypto::newEntryId();
    e.callNumber = call;
    e.sealedTitle = key.seal(e.entryId, ItemKind::EntryTitle, title).value().toBytes();
    e.sealedBody = key.seal(e.entryId, ItemKind::EntryBody, body).value().toBytes();
    return e;
}

std::map<std::string, QByteArray> storedBodies(storage::Database &db)
{
    std::map<std::string, QByteArray> out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT entry_id, sealed_title, sealed_body FROM journal_entries")));
    while (q.next())
        out[q.value(0).toString().toStdString()] = q.value(1).toByteArray() + q.value(2).toByteArray();
    return out;
}

} // namespace

TEST_CASE("Journal storage: one journal per person with both key records")
{
    Fixture f;
    auto setup = newSetup("first passphrase");
    const auto stored = f.journals.createJournal(f.person(0), setup.passphraseRecord, setup.recovery.record);
    REQUIRE(stored.ok());
    const auto read = f.journals.journalFor(f.person(0)).value();
    REQUIRE(read);
    CHECK(read->journalId == setup.key.journalId());
    CHECK(read->passphraseRecord == setup.passphraseRecord.toBytes());
    CHECK(read->recoveryRecord == setup.recovery.record.toBytes());
    CHECK_FALSE(f.journals.journalFor(f.person(1)).value());

    auto second = newSetup("another");
    const auto twice = f.journals.createJournal(f.person(0), second.passphraseRecord, second.recovery.record);
    REQUIRE(problemOf(twice) == Problem::JournalCreateFailed);
    CHECK(twice.error().id == f.person(0));
    CHECK_FALSE(twice.error().detail.isEmpty());
    const auto mixed = f.journals.createJournal(f.person(1), second.passphraseRecord, setup.recovery.record);
    REQUIRE(problemOf(mixed) == Problem::JournalKeysMismatched);
    CHECK(mixed.error().id == f.person(1));
    CHECK_FALSE(f.journals.journalFor(f.person(1)).value());
}

TEST_CASE("Journal storage: plaintext handed in as a sealed item is refused")
{
    Fixture f;
    auto setup = newSetup("pass");
    const auto journal = f.journals.createJournal(f.person(0), setup.passphraseRecord, setup.recovery.record).value();
    storage::JournalEntryRecord e;
    e.entryId = crypto::newEntryId();
    const std::string text = "this is not sealed at all";
    e.sealedBody = crypto::Bytes(text.begin(), text.end());
    const auto entry = f.journals.saveEntry(journal.id, e);
    REQUIRE(problemOf(entry) == Problem::JournalEntryNotSealed);
    CHECK(entry.error().id == journal.id);
    storage::JournalDraftRecord d{e.entryId, std::nullopt, e.sealedBody};
    const auto draft = f.journals.saveDraft(journal.id, d);
    REQUIRE(problemOf(draft) == Problem::JournalDraftNotSealed);
    CHECK(draft.error().id == journal.id);
    CHECK(f.journals.entries(journal.id).value().empty());
    CHECK_FALSE(f.journals.draft(journal.id).value());
}

TEST_CASE("Journal storage: saving an entry drops its draft and keeps the creation date")
{
    Fixture f;
    auto setup = newSetup("pass");
    const auto journal = f.journals.createJournal(f.person(0), setup.passphraseRecord, setup.recovery.record).value();
    auto entry = sealedEntry(setup.key, "t", "b", 2);
    storage::JournalDraftRecord draft{entry.entryId, 2,
                                      setup.key.seal(entry.entryId, ItemKind::Draft, "typing").value().toBytes()};
    REQUIRE(f.journals.saveDraft(journal.id, draft).ok());
    REQUIRE(f.journals.draft(journal.id).value());
    const auto first = f.journals.saveEntry(journal.id, entry).value();
    CHECK_FALSE(f.journals.draft(journal.id).value());
    CHECK_FALSE(first.createdAt.isEmpty());

    entry.sealedBody = setup.key.seal(entry.entryId, ItemKind::EntryBody, "b2").value().toBytes();
    const auto second = f.journals.saveEntry(journal.id, entry).value();
    CHECK(second.createdAt == first.createdAt);
    REQUIRE(f.journals.entries(journal.id).value().size() == 1);
    CHECK(setup.key.open(entry.entryId, ItemKind::EntryBody, f.journals.entries(journal.id).value()[0].sealedBody)
              .value()
              .view()
          == "b2");
}

TEST_CASE("Journal storage: a passphrase change leaves every entry byte-identical")
{
    Fixture f;
    auto setup = newSetup("old passphrase");
    const auto journal = f.journals.createJournal(f.person(0), setup.passphraseRecord, setup.recovery.record).value();
    std::vector<storage::JournalEntryRecord> written;
    for (int i = 0; i < 5; ++i) {
        written.push_back(sealedEntry(setup.key, "title " + std::to_string(i), "body " + std::to_string(i), i % 3 + 1));
        REQUIRE(f.journals.saveEntry(journal.id, written.back()).ok());
    }
    const auto before = storedBodies(f.temp.db());

    auto replacement = setup.key.wrapWithPassphrase("new passphrase", KdfLimits::insecureMinimumForTests()).value();
    REQUIRE(f.journals.replacePassphraseRecord(journal.id, replacement).ok());
    CHECK(storedBodies(f.temp.db()) == before);

    const auto stored = f.journals.journalFor(f.person(0)).value().value();
    const auto record = crypto::WrappedKey::fromBytes(stored.passphraseRecord).value();
    CHECK(JournalKey::unlock(record, "old passphrase").error().kind == crypto::ErrorKind::WrongPassphrase);
    auto key = JournalKey::unlock(record, "new passphrase");
    REQUIRE(key.ok());
    for (const auto &e : f.journals.entries(journal.id).value()) {
        CHECK(key.value().open(e.entryId, ItemKind::EntryBody, e.sealedBody).ok());
        CHECK(key.value().open(e.entryId, ItemKind::EntryTitle, *e.sealedTitle).ok());
    }
}

TEST_CASE("Journal storage: a key record of another journal cannot replace this one")
{
    Fixture f;
    auto mine = newSetup("mine");
    auto theirs = newSetup("theirs");
    const auto journal = f.journals.createJournal(f.person(0), mine.passphraseRecord, mine.recovery.record).value();
    const auto other = f.journals.replacePassphraseRecord(journal.id, theirs.passphraseRecord);
    REQUIRE(problemOf(other) == Problem::JournalKeyRecordOfAnother);
    CHECK(other.error().id == journal.id);
    CHECK(problemOf(f.journals.replaceRecoveryRecord(journal.id, theirs.recovery.record))
        == Problem::JournalKeyRecordOfAnother);
    const auto wrongKind = f.journals.replacePassphraseRecord(journal.id, mine.recovery.record);
    REQUIRE(problemOf(wrongKind) == Problem::JournalKeyRecordWrongKind);
    CHECK(wrongKind.error().id == journal.id);
    CHECK(f.journals.journalFor(f.person(0)).value()->passphraseRecord == mine.passphraseRecord.toBytes());
}

TEST_CASE("Journal storage: an entry moved onto another entry id does not open")
{
    Fixture f;
    auto setup = newSetup("pass");
    const auto journal = f.journals.createJournal(f.person(0), setup.passphraseRecord, setup.recovery.record).value();
    const auto a = sealedEntry(setup.key, "a", "first body");
    const auto b = sealedEntry(setup.key, "b", "second body");
    REQUIRE(f.journals.saveEntry(journal.id, a).ok());
    REQUIRE(f.journals.saveEntry(journal.id, b).ok());
    QSqlQuery q(f.temp.db().connection());
    q.prepare(QStringLiteral("UPDATE journal_entries SET sealed_body = "
                             "(SELECT sealed_body FROM journal_entries WHERE entry_id = :b) WHERE entry_id = :a"));
    q.bindValue(QStringLiteral(":a"), QString::fromStdString(a.entryId));
    q.bindValue(QStringLiteral(":b"), QString::fromStdString(b.entryId));
    REQUIRE(q.exec());
    for (const auto &e : f.journals.entries(journal.id).value()) {
        const auto opened = setup.key.open(e.entryId, ItemKind::EntryBody, e.sealedBody);
        if (e.entryId == a.entryId)
            CHECK(opened.error().kind == crypto::ErrorKind::DamagedItem);
        else
            CHECK(opened.ok());
    }
}

TEST_CASE("Journal storage: hosts get entry counts per person and nothing more")
{
    Fixture f;
    auto ada = newSetup("a");
    auto bo = newSetup("b");
    const auto adaJournal = f.journals.createJournal(f.person(0), ada.passphraseRecord, ada.recovery.record).value();
    f.journals.createJournal(f.person(1), bo.passphraseRecord, bo.recovery.record).value();
    for (int i = 0; i < 3; ++i)
        REQUIRE(f.journals.saveEntry(adaJournal.id, sealedEntry(ada.key, "t", "b")).ok());

    // The type is the contract: a person id and a number, per journal in the cohort.
    const std::map<core::PersonId, int> counts = f.journals.entryCounts(f.cohort).value();
    CHECK(counts == std::map<core::PersonId, int>{{f.person(0), 3}, {f.person(1), 0}});

    core::Cohort other;
    other.name = "Other cohort";
    CHECK(f.journals.entryCounts(f.roster.createCohort(other).value()).value().empty());
}

TEST_CASE("Journal storage: an import adds missing entries of the same journal and refuses another")
{
    Fixture f;
    auto setup = newSetup("pass");
    const auto journal = f.journals.createJournal(f.person(0), setup.passphraseRecord, setup.recovery.record).value();
    const auto kept = sealedEntry(setup.key, "kept", "kept");
    REQUIRE(f.journals.saveEntry(journal.id, kept).ok());
    const auto added = sealedEntry(setup.key, "new", "new", 4);

    const auto merged = f.journals.importJournal(f.person(0), setup.passphraseRecord, {kept, added}, std::nullopt);
    REQUIRE(merged.ok());
    CHECK(merged.value().id == journal.id);
    CHECK(f.journals.entries(journal.id).value().size() == 2);

    auto other = newSetup("other");
    const auto another = f.journals.importJournal(f.person(0), other.passphraseRecord, {}, std::nullopt);
    REQUIRE(problemOf(another) == Problem::JournalAnotherHeld);
    CHECK(another.error().id == f.person(0));
    const auto someoneElses = f.journals.importJournal(f.person(1), setup.passphraseRecord, {}, std::nullopt);
    REQUIRE(problemOf(someoneElses) == Problem::JournalImportFailed);
    CHECK(someoneElses.error().id == f.person(1));
    CHECK_FALSE(f.journals.journalFor(f.person(1)).value());

    // An archive must carry sealed items under a passphrase; nothing of a refused one is kept.
    CHECK(problemOf(f.journals.importJournal(f.person(1), other.recovery.record, {}, std::nullopt))
        == Problem::JournalArchiveWithoutPassphrase);
    auto plain = sealedEntry(other.key, "t", "b");
    const std::string text = "not sealed";
    plain.sealedBody = crypto::Bytes(text.begin(), text.end());
    CHECK(problemOf(f.journals.importJournal(f.person(1), other.passphraseRecord, { plain }, std::nullopt))
        == Problem::JournalArchiveEntryNotSealed);
    const storage::JournalDraftRecord plainDraft { plain.entryId, std::nullopt, plain.sealedBody };
    CHECK(problemOf(f.journals.importJournal(f.person(1), other.passphraseRecord, {}, plainDraft))
        == Problem::JournalArchiveDraftNotSealed);
    CHECK_FALSE(f.journals.journalFor(f.person(1)).value());

    const auto fresh = f.journals.importJournal(f.person(2), other.passphraseRecord, {}, std::nullopt);
    REQUIRE(fresh.ok());
    CHECK_FALSE(fresh.value().recoveryRecord);
}

TEST_CASE("Journal storage: a damaged journal id is reported with its person")
{
    Fixture f;
    auto setup = newSetup("pass");
    REQUIRE(f.journals.createJournal(f.person(0), setup.passphraseRecord, setup.recovery.record).ok());
    QSqlQuery q(f.temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE journals SET journal_id = 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'")));
    const auto damaged = f.journals.journalFor(f.person(0));
    REQUIRE(problemOf(damaged) == Problem::JournalIdDamaged);
    CHECK(damaged.error().id == f.person(0));
}
