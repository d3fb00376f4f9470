// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// The child of the crash loop: opens the database the way the app does and
// writes through the app's repositories (roster edits, retro cards, journal
// drafts and entries, live run state) as fast as it can, printing one line per
// committed write, until the parent kills it with SIGKILL. After 999 writes it
// stops writing and waits to be killed, so sequence numbers never run into the
// next start's.
//
// The parent forks and the child calls runCrashWriter(): the program is loaded
// once, and every cycle still opens the database from nothing in a new process.
//
// Lines, each written only after what it reports happened:
//   opening (about to open the database) | ready (opened, about to write)
// and one acknowledgement per committed write:
//   member ID SEQ | edit ID SEQ | card ID SEQ | draft SEQ | entry ENTRY-ID SEQ | run SEQ
//   | attend PERSON-ID SEQ (absent from call 1 + SEQ % 4)
//   | round PERSON-ID SEQ (a recorded round titled "round SEQ" seating PERSON-ID in room 1)
#include "core/run/runstate.h"
#include "crashfixture.h"
#include "crypto/journalid.h"
#include "crypto/journalkey.h"
#include "models/storageerror.h"
#include "storage/database.h"
#include "storage/journal/journalrepository.h"
#include "storage/retro/retrorepository.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "storage/run/runrepository.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <random>
#include <string>
#include <thread>
#include <unistd.h>

using namespace convener;
namespace crash = convener::tests::crash;

namespace {

[[noreturn]] void fail(const std::string &what)
{
    std::fprintf(stderr, "crashwriter: %s\n", what.c_str());
    std::fflush(stderr);
    // Not exit(): this is a forked copy of the parent, whose cleanup is the parent's.
    ::_exit(2);
}

void acknowledge(const std::string &line)
{
    // Unbuffered in effect: the parent must see every line printed before the kill.
    std::fputs((line + '\n').c_str(), stdout);
    std::fflush(stdout);
}

template<typename R>
void require(const R &result, const char *doing)
{
    if (!result.ok())
        fail(std::string(doing) + ": " + models::describe(result.error()).toStdString());
}

} // namespace

namespace convener::tests::crash {

[[noreturn]] void runCrashWriter(const QString &path, long long firstSequenceNumber, std::uint64_t seed)
{
    long long seq = firstSequenceNumber;
    std::mt19937_64 random(seed);

    // Tells the parent that the database is about to be opened.
    acknowledge("opening");
    storage::DatabaseError error;
    storage::Database::Options options;
    options.createIfMissing = false;
    auto database = storage::Database::open(path, error, options);
    if (!database)
        fail("open: " + models::describe(error).toStdString());

    storage::RosterRepository roster(*database);
    storage::RetroRepository retro(*database);
    storage::JournalRepository journals(*database);
    storage::RunRepository runs(*database);
    storage::RoomsRepository rooms(*database);

    const auto cohortFound = roster.cohortByName(QString::fromStdString(crash::kCohortName));
    require(cohortFound, "find the cohort");
    if (!cohortFound.value())
        fail("the crash loop cohort is missing");
    const core::CohortId cohort = cohortFound.value()->id;
    const auto members = roster.members(cohort);
    require(members, "read the members");
    std::vector<core::Member> editable;
    core::PersonId keeper = 0;
    for (const core::Member &m : members.value()) {
        if (m.person.displayName == crash::kKeeperName)
            keeper = m.person.id;
        else
            editable.push_back(m);
    }
    const auto board = retro.findBoard(cohort, crash::kRetroCall);
    require(board, "find the retro board");
    if (!board.value() || board.value()->columns.empty())
        fail("the crash loop retro board is missing");
    const core::RetroBoardId boardId = board.value()->id;
    const core::RetroColumnId column = board.value()->columns.front().id;

    const auto journal = journals.journalFor(keeper);
    require(journal, "find the journal");
    if (!journal.value())
        fail("the crash loop journal is missing");
    const auto record = crypto::WrappedKey::fromBytes(journal.value()->passphraseRecord);
    if (!record)
        fail("the journal's key record does not read");
    auto key = crypto::JournalKey::unlock(record.value(), crash::kPassphrase);
    if (!key)
        fail("the journal does not unlock");
    const std::string draftEntry = crypto::newEntryId();
    // Rounds are recorded in order: each call's next round follows its recorded
    // ones. The writer's own bookkeeping, so one query for the highest numbers
    // rather than reading every round of every call (which grew with the run).
    std::map<int, int> nextRound;
    for (int c = 1; c <= crash::kCalls; ++c)
        nextRound[c] = 1;
    {
        QSqlQuery q(database->connection());
        q.prepare(QStringLiteral("SELECT call_number, MAX(round_number) FROM breakout_rounds "
                                 "WHERE cohort_id = :cohort AND status = 'recorded' GROUP BY call_number"));
        q.bindValue(QStringLiteral(":cohort"), static_cast<qlonglong>(cohort));
        if (!q.exec())
            fail("read the recorded rounds: " + q.lastError().text().toStdString());
        while (q.next())
            nextRound[q.value(0).toInt()] = q.value(1).toInt() + 1;
    }
    acknowledge("ready");
    const long long last = seq + 999;
    for (;; ++seq) {
        if (seq > last) {
            for (;;)
                std::this_thread::sleep_for(std::chrono::hours(1));
        }
        const int call = 1 + static_cast<int>(seq % crash::kCalls);
        switch (random() % 8) {
        case 0: {
            core::Member m;
            m.person.displayName = crash::tagged("member", seq);
            const auto added = roster.addMembers(cohort, {m});
            require(added, "add a member");
            editable.push_back(added.value().front());
            acknowledge("member " + std::to_string(added.value().front().person.id) + ' ' + std::to_string(seq));
            break;
        }
        case 1: {
            if (editable.empty())
                continue;
            core::Member &m = editable[random() % editable.size()];
            m.person.notes = crash::tagged("edit", seq);
            require(roster.updateMember(cohort, m), "edit a member");
            acknowledge("edit " + std::to_string(m.person.id) + ' ' + std::to_string(seq));
            break;
        }
        case 2: {
            const auto card = retro.addCard(boardId, column, std::nullopt, crash::tagged("card", seq));
            require(card, "add a card");
            acknowledge("card " + std::to_string(card.value().id) + ' ' + std::to_string(seq));
            break;
        }
        case 3: {
            storage::JournalDraftRecord draft;
            draft.entryId = draftEntry;
            draft.sealedDraft = key.value().seal(draftEntry, crypto::ItemKind::Draft, crash::tagged("draft", seq)).value().toBytes();
            require(journals.saveDraft(journal.value()->id, draft), "save a draft");
            acknowledge("draft " + std::to_string(seq));
            break;
        }
        case 4: {
            storage::JournalEntryRecord entry;
            entry.entryId = crypto::newEntryId();
            entry.sealedBody = key.value().seal(entry.entryId, crypto::ItemKind::EntryBody, crash::tagged("entry", seq)).value().toBytes();
            require(journals.saveEntry(journal.value()->id, entry), "save an entry");
            acknowledge("entry " + entry.entryId + ' ' + std::to_string(seq));
            break;
        }
        case 6: {
            const core::Member &m = editable[random() % editable.size()];
            core::AttendanceMark mark;
            mark.person = m.person.id;
            mark.status = core::AttendanceStatus::Absent;
            require(rooms.setAttendance(cohort, call, {mark}), "mark attendance");
            acknowledge("attend " + std::to_string(m.person.id) + ' ' + std::to_string(seq));
            break;
        }
        case 7: {
            const core::PersonId first = editable[random() % editable.size()].person.id;
            core::PersonId second = editable[random() % editable.size()].person.id;
            if (second == first)
                continue;
            core::RoomRound round;
            round.number = nextRound[call];
            round.stepTitle = crash::tagged("round", seq);
            round.groupSize = 2;
            round.rooms = core::roomsFromGroups({{first, second}});
            require(rooms.savePlan(cohort, call, {round}), "plan a round");
            require(rooms.recordRound(cohort, call, round.number, "2026-11-30T18:20:00Z"), "record a round");
            ++nextRound[call];
            acknowledge("round " + std::to_string(first) + ' ' + std::to_string(seq));
            break;
        }
        default: {
            core::RunState state;
            state.callId = crash::tagged("run", seq);
            state.status = core::RunStatus::Paused;
            state.pausedRemaining = std::chrono::milliseconds(seq);
            require(runs.save(cohort, crash::kRunCall, state), "save the run");
            acknowledge("run " + std::to_string(seq));
            break;
        }
        }
    }
}

} // namespace convener::tests::crash
