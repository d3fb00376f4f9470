// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// A full disk and failing I/O: every write the repositories refuse comes back
// as an error with a message, everything they acknowledged is still there after
// reopening, and the database passes its integrity and foreign-key checks.
#include "core/retro/retrotemplate.h"
#include "core/run/runstate.h"
#include "crashfixture.h"
#include "crypto/journalid.h"
#include "crypto/journalkey.h"
#include "faultvfs.h"
#include "models/roster/rostermodel.h"
#include "models/storageerror.h"
#include "storage/journal/journalrepository.h"
#include "storage/retro/retrorepository.h"
#include "storage/roster/rosterrepository.h"
#include "storage/run/runrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <map>
#include <optional>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

using namespace convener;
namespace crash = convener::tests::crash;

namespace {

enum class Kind { Member, Edit, Card, Draft, Entry, Run };
constexpr int kKinds = 6;

// The app's write paths, each write tagged with a sequence number, and what
// was acknowledged (the repository returned success).
class Workload final
{
public:
    explicit Workload(storage::Database &db)
    {
        storage::RosterRepository roster(db);
        core::Cohort c;
        c.name = crash::kCohortName;
        m_cohort = roster.createCohort(c).value();
        std::vector<core::Member> people(3);
        people[0].person.displayName = crash::kKeeperName;
        people[1].person.displayName = "Ana";
        people[2].person.displayName = "Ben";
        const auto added = roster.addMembers(m_cohort, people).value();
        m_editable = {added[1], added[2]};
        m_board = storage::RetroRepository(db)
                      .createBoard(m_cohort, crash::kRetroCall, core::RetroTemplate::RosesBudsThornsGems,
                                   core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems))
                      .value();
        auto setup = crypto::JournalKey::create(crash::kPassphrase, crypto::KdfLimits::insecureMinimumForTests()).value();
        m_journal = storage::JournalRepository(db)
                        .createJournal(added[0].person.id, setup.passphraseRecord, setup.recovery.record)
                        .value()
                        .id;
        m_key.emplace(std::move(setup.key));
        m_draftEntry = crypto::newEntryId();
    }

    // One write of the given kind; `padding` bytes make it grow the file.
    storage::Status write(storage::Database &db, Kind kind, std::size_t padding)
    {
        const long long seq = ++m_seq;
        const std::string pad(padding, 'x');
        switch (kind) {
        case Kind::Member: {
            core::Member m;
            m.person.displayName = crash::tagged("member", seq);
            m.person.notes = pad;
            const auto added = storage::RosterRepository(db).addMembers(m_cohort, {m});
            if (added)
                m_members[added.value().front().person.id] = seq;
            return storage::Status::from(added);
        }
        case Kind::Edit: {
            core::Member m = m_editable[static_cast<std::size_t>(seq) % m_editable.size()];
            m.person.notes = crash::tagged("edit", seq);
            m.person.location = pad;
            const auto status = storage::RosterRepository(db).updateMember(m_cohort, m);
            if (status)
                m_edits[m.person.id] = seq;
            return status;
        }
        case Kind::Card: {
            const auto card = storage::RetroRepository(db).addCard(m_board.id, m_board.columns.front().id, std::nullopt,
                                                                   crash::tagged("card", seq));
            if (card)
                m_cards[card.value().id] = seq;
            return storage::Status::from(card);
        }
        case Kind::Draft: {
            storage::JournalDraftRecord draft;
            draft.entryId = m_draftEntry;
            draft.sealedDraft = m_key->seal(m_draftEntry, crypto::ItemKind::Draft, crash::tagged("draft", seq) + "|" + pad)
                                    .value()
                                    .toBytes();
            const auto status = storage::JournalRepository(db).saveDraft(m_journal, draft);
            if (status)
                m_draft = seq;
            return status;
        }
        case Kind::Entry: {
            storage::JournalEntryRecord entry;
            entry.entryId = crypto::newEntryId();
            entry.sealedBody = m_key->seal(entry.entryId, crypto::ItemKind::EntryBody, crash::tagged("entry", seq) + "|" + pad)
                                   .value()
                                   .toBytes();
            const auto status = storage::Status::from(storage::JournalRepository(db).saveEntry(m_journal, entry));
            if (status)
                m_entries[entry.entryId] = seq;
            return status;
        }
        case Kind::Run: {
            core::RunState state;
            state.callId = crash::tagged("run", seq);
            state.status = core::RunStatus::Paused;
            state.speakers.assign(padding / 64, std::string(60, 's'));
            const auto status = storage::RunRepository(db).save(m_cohort, crash::kRunCall, state);
            if (status)
                m_run = seq;
            return status;
        }
        }
        return storage::Status::failure(
            storage::Error(storage::Problem::WriteFailed).withDetail(QStringLiteral("unknown kind")));
    }

    int acknowledged() const
    {
        return static_cast<int>(m_members.size() + m_edits.size() + m_cards.size() + m_entries.size())
            + (m_draft ? 1 : 0) + (m_run ? 1 : 0);
    }

    // Integrity, foreign keys and every acknowledged write, on a fresh connection.
    void verify(storage::Database &db) const
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QLatin1String("ok"));
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(q.next());

        std::map<core::PersonId, core::Member> members;
        for (const core::Member &m : storage::RosterRepository(db).members(m_cohort).value())
            members[m.person.id] = m;
        for (const auto &[id, seq] : m_members) {
            REQUIRE(members.count(id) == 1);
            CHECK(members[id].person.displayName == crash::tagged("member", seq));
        }
        for (const auto &[id, seq] : m_edits)
            CHECK(members[id].person.notes == crash::tagged("edit", seq));

        std::map<core::RetroCardId, std::string> cards;
        for (const core::RetroCard &card : storage::RetroRepository(db).board(m_board.id).value().cards)
            cards[card.id] = card.text;
        for (const auto &[id, seq] : m_cards)
            CHECK(cards[id] == crash::tagged("card", seq));

        storage::JournalRepository journals(db);
        if (m_draft) {
            const auto draft = journals.draft(m_journal).value();
            REQUIRE(draft);
            const auto text = m_key->open(draft->entryId, crypto::ItemKind::Draft, draft->sealedDraft);
            REQUIRE(text.ok());
            CHECK(std::string(text.value().view()).rfind(crash::tagged("draft", *m_draft) + '|', 0) == 0);
        }
        std::map<std::string, crypto::Bytes> bodies;
        for (const auto &e : journals.entries(m_journal).value())
            bodies[e.entryId] = e.sealedBody;
        for (const auto &[id, seq] : m_entries) {
            REQUIRE(bodies.count(id) == 1);
            const auto text = m_key->open(id, crypto::ItemKind::EntryBody, bodies[id]);
            REQUIRE(text.ok());
            CHECK(std::string(text.value().view()).rfind(crash::tagged("entry", seq) + '|', 0) == 0);
        }
        if (m_run) {
            const auto run = storage::RunRepository(db).load(m_cohort, crash::kRunCall).value();
            REQUIRE(run);
            CHECK(run->callId == crash::tagged("run", *m_run));
        }
    }

private:
    core::CohortId m_cohort = 0;
    std::vector<core::Member> m_editable;
    core::RetroBoard m_board;
    storage::JournalRowId m_journal = 0;
    std::optional<crypto::JournalKey> m_key;
    std::string m_draftEntry;
    long long m_seq = 0;
    std::map<core::PersonId, long long> m_members;
    std::map<core::PersonId, long long> m_edits;
    std::map<core::RetroCardId, long long> m_cards;
    std::map<std::string, long long> m_entries;
    std::optional<long long> m_draft;
    std::optional<long long> m_run;
};

int pragmaInt(storage::Database &db, const QString &pragma)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + pragma));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// Makes the database "full": it may not grow by more than `pages` pages. The
// limit belongs to the connection and is gone when the database is reopened,
// as when space is freed on the disk.
void limitGrowth(storage::Database &db, int pages)
{
    const int now = pragmaInt(db, QStringLiteral("page_count"));
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(now + pages)));
}

} // namespace

TEST_CASE("Faults: on a full disk every write that fails says so and nothing acknowledged is lost")
{
    tests::TempDatabase temp;
    Workload work(temp.db());
    limitGrowth(temp.db(), 40);

    std::map<Kind, int> refusals;
    int acknowledgedBefore = 0;
    for (int i = 0; i < 3000 && refusals.size() < 3; ++i) {
        const Kind kind = static_cast<Kind>(i % kKinds);
        const storage::Status status = work.write(temp.db(), kind, 3000);
        if (!status) {
            INFO(models::describe(status.error()).toStdString());
            CHECK(models::describe(status.error()).startsWith(QLatin1String("Could not")));
            CHECK(models::describe(status.error()).contains(QLatin1String("full")));
            ++refusals[kind];
        }
    }
    acknowledgedBefore = work.acknowledged();
    // The writes that add rows are the ones a full disk stops.
    CHECK(refusals[Kind::Member] > 0);
    CHECK(refusals[Kind::Entry] > 0);
    CHECK(acknowledgedBefore > 10);

    temp.reopen();
    work.verify(temp.db());
    // With space again, writing goes on.
    REQUIRE(work.write(temp.db(), Kind::Member, 3000).ok());
    REQUIRE(work.write(temp.db(), Kind::Entry, 3000).ok());
    work.verify(temp.db());
}

TEST_CASE("Faults: a disk that fails mid-write loses no acknowledged write, whichever write it fails on")
{
    tests::FaultVfs::install();
    tests::TempDatabase temp;
    Workload work(temp.db());
    temp.reopen();

    int refusedWrites = 0;
    for (int allowed = 0; allowed < 60; ++allowed) {
        INFO("writes allowed before the fault: " << allowed);
        tests::FaultVfs::failAfter(allowed);
        for (int i = 0; i < 2 * kKinds; ++i) {
            const storage::Status status = work.write(temp.db(), static_cast<Kind>(i % kKinds), 200);
            if (!status) {
                INFO(models::describe(status.error()).toStdString());
                CHECK(models::describe(status.error()).startsWith(QLatin1String("Could not")));
                CHECK(models::describe(status.error()).contains(QLatin1String("I/O error")));
                ++refusedWrites;
            }
        }
        tests::FaultVfs::disarm();
        temp.reopen();
        work.verify(temp.db());
    }
    CHECK(refusedWrites > 100);
    CHECK(work.acknowledged() > 100);
}

TEST_CASE("Faults: a disk that fails while the database opens gives an error and leaves the file intact")
{
    tests::FaultVfs::install();
    tests::TempDatabase temp;
    Workload work(temp.db());
    for (int i = 0; i < 20; ++i)
        REQUIRE(work.write(temp.db(), static_cast<Kind>(i % kKinds), 500).ok());
    const QString path = temp.path();
    temp.close();

    int refusedOpens = 0;
    for (int allowed = 0; allowed < 12; ++allowed) {
        tests::FaultVfs::failAfter(allowed);
        {
            storage::DatabaseError error;
            storage::Database::Options options;
            options.dailyBackup = true;
            auto db = storage::Database::open(path, error, options);
            if (!db) {
                CHECK(error.isError());
                ++refusedOpens;
            } else if (tests::FaultVfs::refused() > 0) {
                // Opened all the same: the only write it may do without is the daily backup, and it says so.
                CHECK(db->backupProblem().has_value());
                ++refusedOpens;
            }
        }
        tests::FaultVfs::disarm();
    }
    temp.reopen();
    work.verify(temp.db());
    CHECK(refusedOpens > 0);
}

TEST_CASE("Faults: the People area reports a write the full disk refused and keeps its rows")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    core::Cohort c;
    c.name = "Full disk";
    const auto cohort = roster.createCohort(c).value();
    QUndoStack undo;
    models::RosterModel model(roster, &undo);
    REQUIRE(model.setCohort(cohort));
    QSignalSpy failed(&model, &models::RosterModel::storageFailed);
    limitGrowth(temp.db(), 8);

    std::vector<core::Member> batch(40);
    for (std::size_t i = 0; i < batch.size(); ++i) {
        batch[i].person.displayName = "Person " + std::to_string(i);
        batch[i].person.notes = std::string(2000, 'n');
    }
    model.addMembers(batch, QStringLiteral("Add people"));
    REQUIRE(failed.count() == 1);
    CHECK(failed.at(0).at(0).toString().contains(QLatin1String("full")));
    CHECK(model.rowCount() == 0);
    CHECK(roster.memberCount(cohort).value() == 0);
}
