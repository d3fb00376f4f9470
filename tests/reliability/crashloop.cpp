// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// The crash loop: forks a writer (crashwriter.cpp), lets it commit writes
// through the app's repositories, kills it with SIGKILL at a random moment
// (sometimes while it is still opening the database), reopens the database and
// checks that PRAGMA integrity_check and foreign_key_check pass and that every
// write the writer acknowledged is there. Then again, on the same, growing
// database.
//
//   crashloop [--cycles N] [--seed S] [--full-every K] [--keep DIR]
//
// The database goes to a new folder in $TMPDIR (or DIR with --keep). A kill
// loses only what a process had not yet handed to the kernel, whatever the
// file system, so a memory file system (TMPDIR=/dev/shm) checks the same and
// spares the long run the waits for the disk.
//
// Every cycle checks the writes acknowledged in that cycle; every K cycles and
// after the last one, every write acknowledged since the start is checked
// again, so a later cycle cannot silently lose an earlier one.
#include "core/retro/retrotemplate.h"
#include "core/run/runstate.h"
#include "crashfixture.h"
#include "crypto/journalkey.h"
#include "models/storageerror.h"
#include "storage/database.h"
#include "storage/journal/journalrepository.h"
#include "storage/program/programrepository.h"
#include "storage/retro/retrorepository.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "storage/run/runrepository.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <map>
#include <optional>
#include <poll.h>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <random>
#include <set>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

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

// Where the time of the cycles went, in nanoseconds summed over all cycles.
struct Timings
{
    long long load = 0;      // starting the writer process up to "opening"
    long long open = 0;      // the writer opening the database up to "ready"
    long long write = 0;     // the writer writing, up to the kill
    long long kill = 0;      // the kill and waiting for the process to end
    long long reopen = 0;    // the parent reopening the database
    long long checks = 0;    // integrity_check and foreign_key_check
    long long reads = 0;     // reading the acknowledged writes back
    long long fullReads = 0; // of reads, those of the full re-checks
};

bool setUp(const QString &path, Fixture &fixture, std::string &problem)
{
    storage::DatabaseError error;
    auto db = storage::Database::open(path, error);
    if (!db) {
        problem = models::describe(error).toStdString();
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
        problem = models::describe(cohort.error()).toStdString();
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
        problem = models::describe(added.error()).toStdString();
        return false;
    }
    if (const auto followed = storage::ProgramRepository(*db).followBuiltinProgram(fixture.cohort, "practice-program");
        !followed) {
        problem = models::describe(followed.error()).toStdString();
        return false;
    }
    storage::RetroRepository retro(*db);
    const auto board = retro.createBoard(fixture.cohort, crash::kRetroCall, core::RetroTemplate::RosesBudsThornsGems,
                                         core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems));
    if (!board) {
        problem = models::describe(board.error()).toStdString();
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
        problem = models::describe(journal.error()).toStdString();
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
std::string verify(const QString &path, const Fixture &fixture, const Acknowledged &acked, Timings &timings)
{
    QElapsedTimer phase;
    phase.start();
    storage::DatabaseError error;
    auto db = storage::Database::open(path, error);
    if (!db)
        return "reopening failed: " + models::describe(error).toStdString();
    timings.reopen += phase.nsecsElapsed();
    phase.restart();
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
    timings.checks += phase.nsecsElapsed();
    phase.restart();
    struct AddReads
    {
        QElapsedTimer &phase;
        long long &reads;
        ~AddReads() { reads += phase.nsecsElapsed(); }
    } addReads{phase, timings.reads};

    storage::RosterRepository roster(*db);
    const auto members = roster.members(fixture.cohort);
    if (!members)
        return models::describe(members.error()).toStdString();
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
        return models::describe(board.error()).toStdString();
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
            return models::describe(entries.error()).toStdString();
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
    // Each call's marks read once (not once per absence, which grew with the square of the run).
    std::map<int, std::set<core::PersonId>> absent;
    for (const auto &[seq, person] : acked.absences) {
        const int call = 1 + static_cast<int>(seq % crash::kCalls);
        if (absent.count(call) == 0) {
            const auto marks = rooms.attendance(fixture.cohort, call);
            if (!marks)
                return models::describe(marks.error()).toStdString();
            auto &people = absent[call];
            for (const core::AttendanceMark &mark : marks.value()) {
                if (mark.status == core::AttendanceStatus::Absent)
                    people.insert(mark.person);
            }
        }
        if (absent[call].count(person) == 0)
            return "acknowledged absence of person " + std::to_string(person) + " from call " + std::to_string(call) + " is missing";
    }
    if (!acked.rounds.empty()) {
        const auto recorded = rooms.recordedRounds(fixture.cohort);
        if (!recorded)
            return models::describe(recorded.error()).toStdString();
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

// Where the time of the cycles so far went, on average.
void printTimings(const Timings &timings, int cycles)
{
    const auto perCycle = [cycles](long long ns) { return static_cast<double>(ns) / 1e6 / cycles; };
    std::printf("crashloop: per cycle, in ms: writer loading %.1f, opening %.1f, writing %.1f, kill %.1f; "
                "reopening %.1f, integrity and foreign keys %.1f, reading back %.1f (of it full re-checks %.1f)\n",
                perCycle(timings.load), perCycle(timings.open), perCycle(timings.write), perCycle(timings.kill),
                perCycle(timings.reopen), perCycle(timings.checks), perCycle(timings.reads),
                perCycle(timings.fullReads));
}

struct Options
{
    int cycles = 200;
    std::uint64_t seed = 1;
    int fullEvery = 100;
    QString keep;
};

// The writer's lines, read from the pipe of its standard output.
class LineReader final
{
public:
    explicit LineReader(int fd) : m_fd(fd) {}
    ~LineReader() { ::close(m_fd); }
    LineReader(const LineReader &) = delete;
    LineReader &operator=(const LineReader &) = delete;

    // Waits up to timeoutMs for more output; false at the end of it (the writer is gone) or on a timeout.
    bool waitForMore(int timeoutMs)
    {
        pollfd p{m_fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, timeoutMs);
        if (ready <= 0)
            return ready < 0 && errno == EINTR;
        return readAvailable();
    }
    // Reads what is there without waiting; false at the end of the output.
    bool readAvailable()
    {
        char buffer[4096];
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n > 0)
            m_pending.append(buffer, static_cast<std::size_t>(n));
        return n > 0 || (n < 0 && (errno == EAGAIN || errno == EINTR));
    }
    // The next whole line, if one has arrived.
    std::optional<std::string> nextLine()
    {
        const auto end = m_pending.find('\n');
        if (end == std::string::npos)
            return std::nullopt;
        std::string line = m_pending.substr(0, end);
        m_pending.erase(0, end + 1);
        return line;
    }
private:
    int m_fd;
    std::string m_pending;
};

// Forking is only safe while this process has no other thread (none of Qt's is started here).
bool singleThreaded()
{
    return QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() == 1;
}

// The starter: a copy of this process forked once, before the loop touches
// the database, that forks one writer per cycle when asked ("SEQ SEED" on
// commands), tells its process id ("pid N") and, once it has been killed, how
// it ended ("dead N STATUS"). Each writer is a new process that opens the
// database from nothing, without the cost of loading the program again; and
// the loop itself never forks, so its own memory is never copied on write.
[[noreturn]] void runStarter(const QString &path, int commands)
{
    {
        // The SQLite driver plugin is loaded once here rather than in every writer.
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crashloop-warm-up"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crashloop-warm-up"));
    FILE *in = ::fdopen(commands, "r");
    long long seq = 0;
    unsigned long long seed = 0;
    while (in && std::fscanf(in, "%lld %llu", &seq, &seed) == 2) {
        std::fflush(stdout);
        const pid_t pid = ::fork();
        if (pid == 0) {
            std::fclose(in);
            crash::runCrashWriter(path, seq, seed);
        }
        std::printf("pid %lld\n", static_cast<long long>(pid));
        std::fflush(stdout);
        int status = 0;
        while (pid > 0 && ::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        std::printf("dead %lld %d\n", static_cast<long long>(pid), WIFSIGNALED(status) ? WTERMSIG(status) : -1);
        std::fflush(stdout);
    }
    ::_exit(0);
}

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
        else if (a == QLatin1String("--keep")) options.keep = next, ++i;
        else {
            std::fprintf(stderr, "usage: crashloop [--cycles N] [--seed S] [--full-every K] [--keep DIR]\n");
            return 2;
        }
    }

    QTemporaryDir temp;
    const QString dir = options.keep.isEmpty() ? temp.path() : options.keep;
    const QString path = dir + QStringLiteral("/crash.sqlite");
    // The starter is forked first, while this process is small, so that each
    // writer forked from it has little memory to copy on write.
    int commandPipe[2];
    int outputPipe[2];
    if (::pipe2(commandPipe, O_CLOEXEC) != 0 || ::pipe2(outputPipe, O_CLOEXEC) != 0) {
        std::perror("crashloop: pipe");
        return 1;
    }
    if (!singleThreaded()) {
        std::fprintf(stderr, "crashloop: another thread is running; forking the writers would not be safe\n");
        return 1;
    }
    std::fflush(stdout);
    std::fflush(stderr);
    const pid_t starter = ::fork();
    if (starter < 0) {
        std::perror("crashloop: fork");
        return 1;
    }
    if (starter == 0) {
        ::close(commandPipe[1]);
        ::close(outputPipe[0]);
        ::dup2(outputPipe[1], STDOUT_FILENO);
        ::close(outputPipe[1]);
        runStarter(path, commandPipe[0]);
    }
    ::close(commandPipe[0]);
    ::close(outputPipe[1]);
    Fixture fixture;
    std::string problem;
    if (!setUp(path, fixture, problem)) {
        std::fprintf(stderr, "crashloop: setting up %s failed: %s\n", qPrintable(path), problem.c_str());
        return 1;
    }

    LineReader writer(outputPipe[0]);
    const auto nextLine = [&writer]() -> std::string {
        for (;;) {
            if (auto line = writer.nextLine())
                return *line;
            if (!writer.waitForMore(60000)) {
                std::fprintf(stderr, "crashloop: the writers' starter stopped answering\n");
                std::exit(1);
            }
        }
    };

    std::mt19937_64 random(options.seed);
    Acknowledged all;
    int killedWhileStarting = 0;
    QElapsedTimer timer;
    timer.start();
    Timings timings;
    long long openingNs = 30000000; // how long the writer took to open the database, last time it got there
    for (int cycle = 1; cycle <= options.cycles; ++cycle) {
        QElapsedTimer phase;
        phase.start();
        long long openingAt = -1;
        long long readyAt = -1;
        const long long firstSeq = static_cast<long long>(cycle) * 1000;
        const std::uint64_t writerSeed = random();
        const std::string command = std::to_string(firstSeq) + ' ' + std::to_string(writerSeed) + '\n';
        if (::write(commandPipe[1], command.data(), command.size()) != static_cast<ssize_t>(command.size())) {
            std::perror("crashloop: asking for a writer");
            return 1;
        }
        long long pid = -1;
        long long deadPid = -1;
        int endSignal = -1;
        Acknowledged acked;
        // Takes one line of the starter or the writer; false once the writer is reported dead.
        const auto take = [&](const std::string &line) {
            if (std::sscanf(line.c_str(), "pid %lld", &pid) == 1)
                return true;
            if (std::sscanf(line.c_str(), "dead %lld %d", &deadPid, &endSignal) == 2)
                return false;
            if (line == "opening")
                openingAt = phase.nsecsElapsed();
            else if (line == "ready")
                readyAt = phase.nsecsElapsed();
            else if (!acked.add(line)) {
                std::fprintf(stderr, "crashloop: cycle %d: unexpected line '%s'\n", cycle, line.c_str());
                std::exit(1);
            }
            return true;
        };
        // One kill in ten lands while the writer is still opening the database
        // (lock, checks, migrations, reading, unlocking the journal): at a
        // random moment within how long the last opening took. The others
        // after a random number of commits plus a random fraction of the next one.
        const bool early = random() % 10 == 0;
        const int target = early ? 0 : static_cast<int>(random() % 40);
        const auto jitter = std::chrono::nanoseconds(
            early ? static_cast<long long>(random() % static_cast<std::uint64_t>(std::max<long long>(openingNs, 1000)))
                  : static_cast<long long>(random() % 2000000));
        bool alive = true;
        while (alive && (pid < 0 || (early ? openingAt < 0 : acked.count < target)))
            alive = take(nextLine());
        if (!alive) {
            std::fprintf(stderr, "crashloop: cycle %d: the writer stopped by itself\n", cycle);
            return 1;
        }
        std::this_thread::sleep_for(jitter); // the random moment of the kill; no assertion waits on it
        const long long killAt = phase.nsecsElapsed();
        ::kill(static_cast<pid_t>(pid), SIGKILL);
        while (take(nextLine())) {
        }
        const long long deadAt = phase.nsecsElapsed();
        if (deadPid != pid || endSignal != SIGKILL) {
            std::fprintf(stderr, "crashloop: cycle %d: the writer stopped by itself (signal %d)\n", cycle, endSignal);
            return 1;
        }
        if (!early && openingAt >= 0 && readyAt >= 0)
            openingNs = readyAt - openingAt;
        if (acked.count == 0)
            ++killedWhileStarting;
        const long long loaded = openingAt >= 0 ? std::min(openingAt, killAt) : killAt;
        const long long opened = readyAt >= 0 ? std::min(readyAt, killAt) : killAt;
        timings.load += loaded;
        timings.open += opened - loaded;
        timings.write += killAt - opened;
        timings.kill += deadAt - killAt;

        all.merge(acked);
        const bool full = cycle % options.fullEvery == 0 || cycle == options.cycles;
        const long long readsBefore = timings.reads;
        const std::string lost = verify(path, fixture, full ? all : acked, timings);
        if (full)
            timings.fullReads += timings.reads - readsBefore;
        if (!lost.empty()) {
            std::fprintf(stderr, "crashloop: cycle %d (seed %llu): %s\n", cycle,
                         static_cast<unsigned long long>(options.seed), lost.c_str());
            return 1;
        }
        if (full && cycle != options.cycles) {
            std::printf("crashloop: %d cycles so far, %lld acknowledged writes, all present; %.1f s\n", cycle, all.count,
                        static_cast<double>(timer.elapsed()) / 1000.0);
            printTimings(timings, cycle);
            std::fflush(stdout);
        }
    }
    std::printf("crashloop: %d cycles, each ended by SIGKILL (%d before the first commit), %lld acknowledged writes "
                "(%zu members, %zu edited people, %zu retro cards, %zu journal entries, %zu absences, %zu recorded rounds, "
                "drafts, run states), "
                "none lost; integrity_check and foreign_key_check ok after every kill; %.1f s\n",
                options.cycles, killedWhileStarting, all.count, all.members.size(), all.edits.size(), all.cards.size(),
                all.entries.size(), all.absences.size(), all.rounds.size(), static_cast<double>(timer.elapsed()) / 1000.0);
    ::close(commandPipe[1]);
    ::waitpid(starter, nullptr, 0);
    printTimings(timings, options.cycles);
    return 0;
}
