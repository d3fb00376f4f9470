// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// A large congregation: 500 people in one cohort following a 40-call program,
// 20,000 sealed journal entries (one per person and call), 2,000 retro cards
// (50 on each of the 40 calls' boards). Prints the time to open the database as
// the app does and load the People area's model (RosterModel, every cell read
// once), and the time to plan breakout rooms for 500 people. Medians of several
// runs. Not a pass/fail test: it reports.
//
// The first open of the day is measured both ways: with the daily backup
// taken while opening (as before), and as the app does it now, with the
// backup left until the window is shown and taken on a thread of its own while
// this thread goes on writing.
//
// Usage: bench_cohort [--runs N] [--keep DIR]
//
// The journals are generated with Argon2id at its floor
// (KdfLimits::insecureMinimumForTests) so that 500 journals set up in seconds;
// the cost of a real unlock is bench_journal_unlock's subject, and nothing
// measured here derives a key.
#include "core/program/builtinlibrary.h"
#include "largecongregation.h"
#include "core/retro/retrotemplate.h"
#include "core/scheduler/scheduler.h"
#include "crypto/journalid.h"
#include "crypto/journalkey.h"
#include "models/rooms/scheduleerrortext.h"
#include "models/roster/rostermodel.h"
#include "models/storageerror.h"
#include "storage/backgroundbackup.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/journal/journalrepository.h"
#include "storage/program/programrepository.h"
#include "storage/retro/retrorepository.h"
#include "storage/roster/rosterrepository.h"
#include "storage/writetransaction.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QUndoStack>
#include <string>
#include <vector>

using namespace convener;

namespace {

constexpr int kPeople = 500;
constexpr int kCalls = 40;
constexpr int kCardsPerBoard = 50;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_cohort: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename R>
void require(const R &result, const char *doing)
{
    if (!result.ok())
        fail(QString::fromUtf8(doing) + QStringLiteral(": ") + models::describe(result.error()));
}

core::CohortId generate(const QString &path)
{
    storage::DatabaseError error;
    auto db = storage::Database::open(path, error);
    if (!db)
        fail(models::describe(error));
    storage::RosterRepository roster(*db);
    const auto cohort = roster.createCohort(bench::largeCongregation());
    require(cohort, "create the cohort");

    const std::vector<core::Member> people = bench::largeCongregationPeople(kPeople);
    const auto added = roster.addMembers(cohort.value(), people);
    require(added, "add the people");

    // A 40-call program: the practice program's calls again and again.
    const auto practice = core::BuiltinLibrary::load("practice-program");
    if (!practice.ok())
        fail(QStringLiteral("the built-in practice program does not load"));
    core::Program program = std::get<core::Program>(practice.document->content);
    const std::vector<core::ProgramCall> four = program.calls;
    program.calls.clear();
    for (int i = 0; i < kCalls; ++i) {
        core::ProgramCall call = four[static_cast<std::size_t>(i) % four.size()];
        call.id = "call-" + std::to_string(i + 1);
        program.calls.push_back(call);
    }
    require(storage::ProgramRepository(*db).followProgram(cohort.value(), program, "bench-program"),
            "follow the program");

    storage::JournalRepository journals(*db);
    for (const core::Member &m : added.value()) {
        auto setup = crypto::JournalKey::create("bench passphrase", crypto::KdfLimits::insecureMinimumForTests());
        if (!setup)
            fail(QStringLiteral("could not set up a journal key"));
        // One transaction per journal: the repository's own transactions nest as savepoints.
        storage::WriteTransaction batch(db->connection());
        const auto journal = journals.createJournal(m.person.id, setup.value().passphraseRecord,
                                                    setup.value().recovery.record);
        require(journal, "create a journal");
        for (int call = 1; call <= kCalls; ++call) {
            storage::JournalEntryRecord entry;
            entry.entryId = crypto::newEntryId();
            entry.callNumber = call;
            entry.stepTitle = "Journaling";
            const crypto::JournalKey &key = setup.value().key;
            entry.sealedTitle = key.seal(entry.entryId, crypto::ItemKind::EntryTitle, "Week " + std::to_string(call)).value().toBytes();
            entry.sealedBody = key.seal(entry.entryId, crypto::ItemKind::EntryBody,
                                        std::string(600, 'w') + " what I noticed in call " + std::to_string(call))
                                   .value()
                                   .toBytes();
            require(journals.saveEntry(journal.value().id, entry), "save an entry");
        }
        if (!batch.commit())
            fail(batch.error());
    }

    storage::RetroRepository retro(*db);
    for (int call = 1; call <= kCalls; ++call) {
        storage::WriteTransaction batch(db->connection());
        const auto board = retro.createBoard(cohort.value(), call, core::RetroTemplate::RosesBudsThornsGems,
                                             core::retroTemplateColumns(core::RetroTemplate::RosesBudsThornsGems));
        require(board, "create a retro board");
        for (int i = 0; i < kCardsPerBoard; ++i) {
            const auto &column = board.value().columns[static_cast<std::size_t>(i) % board.value().columns.size()];
            const auto &author = added.value()[static_cast<std::size_t>((call * kCardsPerBoard + i) % kPeople)];
            require(retro.addCard(board.value().id, column.id, author.person.id,
                                  "Card " + std::to_string(i + 1) + " of call " + std::to_string(call)),
                    "add a card");
        }
        if (!batch.commit())
            fail(batch.error());
    }
    return cohort.value();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int runs = 7;
    QString keep;
    const QStringList args = app.arguments();
    // Anything else is refused: a mistyped option would otherwise start a run of minutes.
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = std::max(1, args[++i].toInt());
        } else if (args[i] == QLatin1String("--keep") && i + 1 < args.size()) {
            keep = args[++i];
        } else {
            const bool help = args[i] == QLatin1String("--help") || args[i] == QLatin1String("-h");
            std::fprintf(help ? stdout : stderr, "%susage: bench_cohort [--runs N] [--keep DIR]\n",
                         help ? "" : qPrintable(QStringLiteral("bench_cohort: unknown option %1\n").arg(args[i])));
            return help ? 0 : 2;
        }
    }
    QTemporaryDir temp;
    const QString path = (keep.isEmpty() ? temp.path() : keep) + QStringLiteral("/large.sqlite");

    QElapsedTimer timer;
    timer.start();
    const core::CohortId cohort = generate(path);
    std::printf("Generated %d people, %d calls, %d journal entries, %d retro cards in %.1f s\n", kPeople, kCalls,
                kPeople * kCalls, kCalls * kCardsPerBoard, static_cast<double>(timer.elapsed()) / 1000.0);

    // Opens as the app does and reads every cell of the People area; returns the milliseconds.
    const auto openAndShowPeople = [&](const storage::Database::Options &options, std::unique_ptr<storage::Database> &db,
                                       double *openOnly) {
        QElapsedTimer t;
        t.start();
        storage::DatabaseError error;
        db = storage::Database::open(path, error, options);
        if (!db)
            fail(models::describe(error));
        if (openOnly)
            *openOnly = static_cast<double>(t.nsecsElapsed()) / 1e6;
        const int shown = bench::showPeopleArea(*db, cohort);
        if (shown != kPeople)
            fail(QStringLiteral("the People area shows %1 rows, not %2").arg(shown).arg(kPeople));
        return static_cast<double>(t.nsecsElapsed()) / 1e6;
    };
    const auto removeBackups = [&path] {
        for (const QString &backup : storage::Backups::list(path))
            QFile::remove(backup);
    };

    // The first open of the day, each run with no backup of today in the folder.
    storage::Database::Options whileOpening;
    whileOpening.dailyBackup = true;
    storage::Database::Options afterWindow = whileOpening;
    afterWindow.deferDailyBackup = true;
    std::vector<double> firstWhileOpeningMs, firstAfterWindowMs, backgroundMs, longestWriteMs;
    std::size_t writesDuringBackup = 0;
    for (int run = 0; run < runs; ++run) {
        std::unique_ptr<storage::Database> db;
        removeBackups();
        firstWhileOpeningMs.push_back(openAndShowPeople(whileOpening, db, nullptr));
        if (db->backupPath().isEmpty())
            fail(QStringLiteral("the first open of the day took no backup: %1")
                     .arg(models::describe(*db->backupProblem())));
        db.reset();

        removeBackups();
        firstAfterWindowMs.push_back(openAndShowPeople(afterWindow, db, nullptr));
        if (!db->dailyBackupDue())
            fail(QStringLiteral("the first open of the day found no backup due"));
        // The backup on its own thread while this one saves edits of a person, as a host typing would.
        storage::RosterRepository roster(*db);
        core::Member member = roster.members(cohort).value().front();
        std::atomic<bool> done{false};
        QElapsedTimer t;
        t.start();
        storage::BackgroundBackup backup(path, storage::Backups::stampNow(), QStringLiteral("daily"),
                                         [&done](const storage::Result<QString> &) { done.store(true); });
        double longest = 0;
        while (!done.load()) {
            member.person.notes = "edited while the backup runs " + std::to_string(writesDuringBackup++);
            QElapsedTimer write;
            write.start();
            if (!roster.updateMember(cohort, member))
                fail(QStringLiteral("a write during the backup failed"));
            longest = std::max(longest, static_cast<double>(write.nsecsElapsed()) / 1e6);
        }
        const auto result = backup.wait();
        backgroundMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!result)
            fail(models::describe(result.error()));
        longestWriteMs.push_back(longest);
    }
    std::printf("First open of the day with the backup while opening (full check, backup, People area): "
                "median %.1f ms over %d runs\n",
                median(firstWhileOpeningMs), runs);
    std::printf("First open of the day with the backup after the window (full check, People area): median %.1f ms; "
                "the backup then takes median %.1f ms on its own thread; the slowest of %zu saves meanwhile: "
                "median %.1f ms\n",
                median(firstAfterWindowMs), median(backgroundMs), writesDuringBackup, median(longestWriteMs));

    // Restarts on the day of a backup, after clean closes: no full check.
    std::vector<double> openMs, loadMs, totalMs;
    for (int run = 0; run < runs; ++run) {
        std::unique_ptr<storage::Database> db;
        double opened = 0;
        const double total = openAndShowPeople(afterWindow, db, &opened);
        if (db->checkedOnOpen() || db->dailyBackupDue())
            fail(QStringLiteral("a restart on the day of a backup checked the file or found a backup due"));
        openMs.push_back(opened);
        loadMs.push_back(total - opened);
        totalMs.push_back(total);
    }
    // An open that runs PRAGMA quick_check: after a session that did not close
    // cleanly, or without daily backups (the CLI). The runs above skip it.
    std::vector<double> checkedMs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        storage::DatabaseError error;
        auto db = storage::Database::open(path, error);
        if (!db || !db->checkedOnOpen())
            fail(db ? QStringLiteral("the open without daily backups did not check") : models::describe(error));
        checkedMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::printf("Open the database: median %.1f ms over %d runs\n", median(openMs), runs);
    std::printf("Open the database with the full check (after a crash, or from the CLI): median %.1f ms\n",
                median(checkedMs));
    std::printf("Load the People area's model (%d rows, every cell read): median %.1f ms\n", kPeople, median(loadMs));
    std::printf("Open and show the People area: median %.1f ms (budget 200 ms)\n", median(totalMs));

    // Rooms for 500 people in groups of 5: three rounds, first with no history,
    // then three more with the first three as history.
    for (const int historyRounds : {0, 3}) {
        std::vector<double> planMs;
        core::ScheduleStats stats;
        for (int run = 0; run < runs; ++run) {
            core::ScheduleProblem problem = core::uniformScheduleProblem(kPeople, 5, 3);
            if (historyRounds > 0) {
                const core::ScheduleResult earlier = core::planSchedule(problem);
                problem.history = earlier.rounds;
            }
            core::ScheduleOptions options;
            options.seed = static_cast<std::uint64_t>(run + 1);
            const auto start = std::chrono::steady_clock::now();
            const core::ScheduleResult result = core::planSchedule(problem, options);
            planMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
            if (!result.ok())
                fail(models::describe(*result.error));
            stats = result.stats;
        }
        std::printf("Plan 3 rounds of rooms of 5 for %d people (%d rounds of history): median %.1f ms "
                    "(budget 1000 ms); repeats %d, lower bound %d\n",
                    kPeople, historyRounds, median(planMs), stats.repeats, stats.lowerBound);
    }
    return 0;
}
