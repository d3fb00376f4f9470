// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// The crash loop: starts crashwriter, lets it commit writes through the app's
// repositories, kills it with SIGKILL at a random moment (sometimes while it is
// still opening the database), reopens the database and checks that
// PRAGMA integrity_check and foreign_key_check pass and that every write the
// writer acknowledged is there. Then again, on the same, growing database.
//
//   crashloop [--cycles N] [--seed S] [--full-every K] [--writer PATH] [--keep DIR]
//
// Every cycle checks the writes acknowledged in that cycle; every K cycles and
// after the last one, every write acknowledged since the start is checked
// again, so a later cycle cannot silently lose an earlier one.
#include "crashfixture.h"

#include "core/retrotemplate.h"
#include "core/runstate.h"
#include "crypto/journalkey.h"
#include "storage/database.h"
#include "storage/journalrepository.h"
#include "storage/programrepository.h"
#include "storage/retrorepository.h"
#include "storage/roomsrepository.h"
#include "storage/rosterrepository.h"
#include "storage/runrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <thread>

using namespace convener;
namespace crash = convener::tests::crash;

namespace {

// Writes acknowledged by the writer, each with its sequence number.
struct Acknowledged
{
    std::map<core::PersonId, long long> members;
    std::map<core::PersonId, long long> edits;           // the newest acknowledged edit per person
    std::map<core::RetroCardId, long long> cards;
    std::map<std::string, long long> entries;
    std::map<long long, core::PersonId> absences;       // by sequence number (the call is 1 + seq % 4)
    std::map<long long, core::PersonId> rounds;         // by sequence number (the round's title)
    long long draft = -1;                                // the newest acknowledged draft
    long long run = -1;                                  // the newest acknowledged run state
    long long count = 0;

    bool add(const std::string &line)
    {
        char kind[16] = {};
        char id[300] = {};
        long long seq = -1;
        if (std::sscanf(line.c_str(), "%15s %299s %lld", kind, id, &seq) == 3) {
            const std::string k = kind;
            if (k == "member")
                members[std::stoll(id)] = seq;
            else if (k == "edit")
                edits[std::stoll(id)] = std::max(edits[std::stoll(id)], seq);
            else if (k == "card")
                cards[std::stoll(id)] = seq;
            else if (k == "entry")
                entries[id] = seq;
            else if (k == "attend")
                absences[seq] = std::stoll(id);
            else if (k == "round")
                rounds[seq] = std::stoll(id);
            else
                return false;
        } else if (std::sscanf(line.c_str(), "%15s %lld", kind, &seq) == 2) {
            const std::string k = kind;
            if (k == "draft")
                draft = std::max(draft, seq);
            else if (k == "run")
                run = std::max(run, seq);
            else
                return false;
        } else {
            return false;
        }
        ++count;
        return true;
    }

    void merge(const Acknowledged &other)
    {
        for (const auto &[id, seq] : other.members)
            members[id] = seq;
        for (const auto &[id, seq] : other.edits)
            edits[id] = std::max(edits[id], seq);
        for (const auto &[id, seq] : other.cards)
            cards[id] = seq;
        for (const auto &[id, seq] : other.entries)
            entries[id] = seq;
        absences.insert(other.absences.begin(), other.absences.end());
        rounds.insert(other.rounds.begin(), other.rounds.end());
        draft = std::max(draft, other.draft);
        run = std::max(run, other.run);
        count += other.count;
    }
};

struct Fixture
{
    core::CohortId cohort = 0;
    core::RetroBoardId board = 0;
    storage::JournalRowId journal = 0;
};

std::optional<crypto::JournalKey> g_key;

bool setUp(const QString &path, Fixture &fixture, std::string &problem)
{
    storage::DatabaseError error;
    auto db = storage::Database::open(path, error);
    if (!db) {
        problem = error.message.toStdString();
        return false;
    }
    storage::RosterRepository roster(*db);
    core::Cohort c;
    c.name = crash::kCohortName;
    c.startDate = "2026-11-19";
    c.weekday = 4;
    c.startTime = "18:00";
    c.timeZone = "Europe/Lisbon";
    const auto cohort = roster.createCohort(c);
    if (!cohort) {
        problem = cohort.error().toStdString();
        return false;
    }
    fixture.cohort = cohort.value();
    std::vector<core::Member> people(4);
    people[0].person.displayName = crash::kKeeperName;
    people[1].person.displayName = "Ana";
    people[2].person.displayName = "Ben";
    people[3].person.displayName = "Cy";
    const auto added = roster.addMembers(fixture.cohort, people);
    if (!added) {
        problem = added.error().toStdString();
        return false;
    }
    if (const auto followed = storage::ProgramRepository(*db).followBuiltinProgram(fixture.cohort, "practice-program");
        !followed) {
        problem = followed.error().toStdString();
        return false;
    }
    storage::RetroRepository retro(*db);
    const auto board = retro.createBoard(fixture.cohort, crash::kRetroCall, core::RetroTemplate::RosesBudsThornsGems,
                                         core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems));
    if (!board) {
        problem = board.error().toStdString();
        return false;
    }
    fixture.board = board.value().id;
    // The cheapest key derivation, so that each writer start unlocks in microseconds.
    auto setup = crypto::JournalKey::create(crash::kPassphrase, crypto::KdfLimits::insecureMinimumForTests());
    if (!setup) {
        problem = "could not set up the journal key";
        return false;
    }
    storage::JournalRepository journals(*db);
    const auto journal = journals.createJournal(added.value().front().person.id, setup.value().passphraseRecord,
                                                setup.value().recovery.record);
    if (!journal) {
        problem = journal.error().toStdString();
        return false;
    }
    fixture.journal = journal.value().id;
    g_key.emplace(std::move(setup.value().key));
    return true;
}

std::string openedText(const crypto::Result<crypto::SecureBuffer> &opened)
{
    return opened ? std::string(opened.value().view()) : std::string();
}

// Empty when the database is intact and holds every write in `acked`.
std::string verify(const QString &path, const Fixture &fixture, const Acknowledged &acked)
{
    storage::DatabaseError error;
    auto db = storage::Database::open(path, error);
    if (!db)
        return "reopening failed: " + error.message.toStdString();
    {
        QSqlQuery q(db->connection());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return "integrity_check did not run";
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString();
        if (rows != QStringList{QStringLiteral("ok")})
            return "integrity_check: " + rows.join(QStringLiteral("; ")).toStdString();
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return "foreign_key_check did not run";
        if (q.next())
            return "foreign_key_check: a dangling reference in table " + q.value(0).toString().toStdString();
    }

    storage::RosterRepository roster(*db);
    const auto members = roster.members(fixture.cohort);
    if (!members)
        return members.error().toStdString();
    std::map<core::PersonId, const core::Member *> byId;
    for (const core::Member &m : members.value())
        byId[m.person.id] = &m;
    for (const auto &[id, seq] : acked.members) {
        const auto it = byId.find(id);
        if (it == byId.end() || it->second->person.displayName != crash::tagged("member", seq))
            return "acknowledged member " + std::to_string(id) + " (write " + std::to_string(seq) + ") is missing";
    }
    for (const auto &[id, seq] : acked.edits) {
        const auto it = byId.find(id);
        if (it == byId.end() || crash::seqOf(it->second->person.notes, "edit") < seq)
            return "acknowledged edit " + std::to_string(seq) + " of person " + std::to_string(id) + " is missing";
    }

    storage::RetroRepository retro(*db);
    const auto board = retro.board(fixture.board);
    if (!board)
        return board.error().toStdString();
    std::map<core::RetroCardId, std::string> cards;
    for (const core::RetroCard &card : board.value().cards)
        cards[card.id] = card.text;
    for (const auto &[id, seq] : acked.cards) {
        const auto it = cards.find(id);
        if (it == cards.end() || it->second != crash::tagged("card", seq))
            return "acknowledged card " + std::to_string(id) + " (write " + std::to_string(seq) + ") is missing";
    }

    storage::JournalRepository journals(*db);
    if (acked.draft >= 0) {
        const auto draft = journals.draft(fixture.journal);
        if (!draft || !draft.value())
            return "the acknowledged draft " + std::to_string(acked.draft) + " is missing";
        const auto text = openedText(g_key->open(draft.value()->entryId, crypto::ItemKind::Draft,
                                                 draft.value()->sealedDraft));
        if (crash::seqOf(text, "draft") < acked.draft)
            return "the draft is older than the acknowledged draft " + std::to_string(acked.draft);
    }
    if (!acked.entries.empty()) {
        const auto entries = journals.entries(fixture.journal);
        if (!entries)
            return entries.error().toStdString();
        std::map<std::string, const storage::JournalEntryRecord *> byEntry;
        for (const auto &e : entries.value())
            byEntry[e.entryId] = &e;
        for (const auto &[id, seq] : acked.entries) {
            const auto it = byEntry.find(id);
            if (it == byEntry.end())
                return "acknowledged journal entry " + id + " is missing";
            const auto text = openedText(g_key->open(id, crypto::ItemKind::EntryBody, it->second->sealedBody));
            if (text != crash::tagged("entry", seq))
                return "acknowledged journal entry " + id + " does not open to what was written";
        }
    }

    storage::RoomsRepository rooms(*db);
    for (const auto &[seq, person] : acked.absences) {
        const int call = 1 + static_cast<int>(seq % crash::kCalls);
        const auto marks = rooms.attendance(fixture.cohort, call);
        if (!marks)
            return marks.error().toStdString();
        bool found = false;
        for (const core::AttendanceMark &mark : marks.value())
            found = found || (mark.person == person && mark.status == core::AttendanceStatus::Absent);
        if (!found)
            return "acknowledged absence of person " + std::to_string(person) + " from call " + std::to_string(call) + " is missing";
    }
    if (!acked.rounds.empty()) {
        const auto recorded = rooms.recordedRounds(fixture.cohort);
        if (!recorded)
            return recorded.error().toStdString();
        std::map<std::string, const storage::RecordedRound *> byTitle;
        for (const storage::RecordedRound &r : recorded.value())
            byTitle[r.round.stepTitle] = &r;
        for (const auto &[seq, person] : acked.rounds) {
            const auto it = byTitle.find(crash::tagged("round", seq));
            if (it == byTitle.end() || !it->second->round.recorded() || it->second->round.roomOf(person) != 1
                || it->second->callNumber != 1 + static_cast<int>(seq % crash::kCalls))
                return "acknowledged recorded round " + std::to_string(seq) + " is missing";
        }
    }

    if (acked.run >= 0) {
        const auto run = storage::RunRepository(*db).load(fixture.cohort, crash::kRunCall);
        if (!run || !run.value())
            return "the acknowledged run state " + std::to_string(acked.run) + " is missing";
        if (crash::seqOf(run.value()->callId, "run") < acked.run)
            return "the run state is older than the acknowledged save " + std::to_string(acked.run);
    }
    return {};
}

struct Options
{
    int cycles = 200;
    std::uint64_t seed = 1;
    int fullEvery = 100;
    QString writer = QStringLiteral(CONVENER_CRASH_WRITER);
    QString keep;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const QString next = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == QLatin1String("--cycles")) options.cycles = next.toInt(), ++i;
        else if (a == QLatin1String("--seed")) options.seed = next.toULongLong(), ++i;
        else if (a == QLatin1String("--full-every")) options.fullEvery = std::max(1, next.toInt()), ++i;
        else if (a == QLatin1String("--writer")) options.writer = next, ++i;
        else if (a == QLatin1String("--keep")) options.keep = next, ++i;
        else {
            std::fprintf(stderr, "usage: crashloop [--cycles N] [--seed S] [--full-every K] [--writer PATH] [--keep DIR]\n");
            return 2;
        }
    }

    QTemporaryDir temp;
    const QString dir = options.keep.isEmpty() ? temp.path() : options.keep;
    const QString path = dir + QStringLiteral("/crash.sqlite");
    Fixture fixture;
    std::string problem;
    if (!setUp(path, fixture, problem)) {
        std::fprintf(stderr, "crashloop: setting up %s failed: %s\n", qPrintable(path), problem.c_str());
        return 1;
    }

    std::mt19937_64 random(options.seed);
    Acknowledged all;
    int killedWhileStarting = 0;
    QElapsedTimer timer;
    timer.start();
    for (int cycle = 1; cycle <= options.cycles; ++cycle) {
        QProcess writer;
        writer.start(options.writer, {path, QString::number(static_cast<long long>(cycle) * 1000),
                                      QString::number(random())});
        if (!writer.waitForStarted(30000)) {
            std::fprintf(stderr, "crashloop: could not start %s\n", qPrintable(options.writer));
            return 1;
        }
        Acknowledged acked;
        const auto readLines = [&]() {
            while (writer.canReadLine()) {
                const QByteArray line = writer.readLine();
                if (line.endsWith('\n') && !acked.add(line.trimmed().toStdString())) {
                    std::fprintf(stderr, "crashloop: cycle %d: unexpected line '%s'\n", cycle, line.constData());
                    std::exit(1);
                }
            }
        };
        // One kill in ten lands while the writer is still opening the database
        // (lock, checks, migrations, unlocking); the others after a random
        // number of commits plus a random fraction of the next one.
        const bool early = random() % 10 == 0;
        const int target = early ? 0 : static_cast<int>(random() % 40);
        const auto jitter = std::chrono::microseconds(random() % (early ? 30000 : 2000));
        while (acked.count < target && writer.state() == QProcess::Running) {
            if (writer.waitForReadyRead(30000))
                readLines();
        }
        std::this_thread::sleep_for(jitter);   // the random moment of the kill; no assertion waits on it
        writer.kill();
        writer.waitForFinished(30000);
        readLines();
        if (writer.exitStatus() != QProcess::CrashExit) {
            std::fprintf(stderr, "crashloop: cycle %d: the writer stopped by itself (exit %d): %s\n", cycle,
                         writer.exitCode(), writer.readAllStandardError().constData());
            return 1;
        }
        if (acked.count == 0)
            ++killedWhileStarting;

        all.merge(acked);
        const bool full = cycle % options.fullEvery == 0 || cycle == options.cycles;
        const std::string lost = verify(path, fixture, full ? all : acked);
        if (!lost.empty()) {
            std::fprintf(stderr, "crashloop: cycle %d (seed %llu): %s\n", cycle,
                         static_cast<unsigned long long>(options.seed), lost.c_str());
            return 1;
        }
        if (full && cycle != options.cycles) {
            std::printf("crashloop: %d cycles so far, %lld acknowledged writes, all present; %.1f s\n", cycle, all.count,
                        static_cast<double>(timer.elapsed()) / 1000.0);
            std::fflush(stdout);
        }
    }
    std::printf("crashloop: %d cycles, each ended by SIGKILL (%d before the first commit), %lld acknowledged writes "
                "(%zu members, %zu edited people, %zu retro cards, %zu journal entries, %zu absences, %zu recorded rounds, "
                "drafts, run states), "
                "none lost; integrity_check and foreign_key_check ok after every kill; %.1f s\n",
                options.cycles, killedWhileStarting, all.count, all.members.size(), all.edits.size(), all.cards.size(),
                all.entries.size(), all.absences.size(), all.rounds.size(), static_cast<double>(timer.elapsed()) / 1000.0);
    return 0;
}
