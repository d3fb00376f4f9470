// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Prints, for a database file and for a team server, what a host waits for with
// a cohort of 500 people: opening and showing People, planning a call's rooms
// against the whole history, one edit's round trip, and (on a server) how long
// one host's edit takes to reach a co-host's Convener. Not a ctest test.
//
// Everything goes through the app's own paths: Database::open/connect with the
// app's options, the models (RosterModel, CallStepsModel, RoomsDocument with
// RoomPlanning, Workspace) and storage::ChangeFeed. The server part makes a
// database of its own on the server it is given (its login needs CREATEDB)
// and drops it at the end.
#include "core/program/builtinlibrary.h"
#include "largecongregation.h"
#include "models/program/callstepsmodel.h"
#include "models/rooms/roomplanning.h"
#include "models/rooms/roomsdocument.h"
#include "models/roster/rostermodel.h"
#include "models/storageerror.h"
#include "models/systemclock.h"
#include "models/workspace.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/program/programrepository.h"
#include "storage/rooms/roomplanstore.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QEventLoop>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace convener;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kPeople = 500;
// The practice program twice: calls 1 to 4 and 6 to 8 have recorded rounds,
// call 5 (four rounds of one-to-one encounters) is planned against them.
constexpr int kProgramRepeats = 2;
constexpr int kPlannedCall = 5;
constexpr int kRoundTripEdits = 500;
constexpr std::uint64_t kSeed = 20261207;
// How long a notice may take before it counts as lost.
constexpr int kNoticeTimeoutMs = 5000;

struct Failure : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const QString &what)
{
    throw Failure(what.toStdString());
}

template<typename R> void require(const R &result, const char *doing)
{
    if (!result.ok())
        fail(QString::fromUtf8(doing) + QStringLiteral(": ") + models::describe(result.error()));
}

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Nearest rank: the smallest value with at least p of the values at or below it.
double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

double median(const std::vector<double> &values)
{
    return percentile(values, 0.5);
}

// One engine as the app reaches it.
struct Engine
{
    bool server = false;
    // Opens the database as the app does (File > Open, or a team server).
    std::function<std::unique_ptr<storage::Database>()> open;
};

core::CohortId generate(storage::Database &db)
{
    storage::RosterRepository roster(db);
    const auto cohort = roster.createCohort(bench::largeCongregation());
    require(cohort, "create the cohort");

    const std::vector<core::Member> people = bench::largeCongregationPeople(kPeople);
    require(roster.addMembers(cohort.value(), people), "add the people");

    const auto practice = core::BuiltinLibrary::load("practice-program");
    if (!practice.ok())
        fail(QStringLiteral("the built-in practice program does not load"));
    core::Program program = std::get<core::Program>(practice.document->content);
    const std::vector<core::ProgramCall> four = program.calls;
    program.calls.clear();
    for (int i = 0; i < kProgramRepeats * static_cast<int>(four.size()); ++i) {
        core::ProgramCall call = four[static_cast<std::size_t>(i) % four.size()];
        call.id = "call-" + std::to_string(i + 1);
        program.calls.push_back(call);
    }
    require(
        storage::ProgramRepository(db).followProgram(cohort.value(), program, "bench-program"), "follow the program");

    // The history: every other call planned (seeded, a fixed number of
    // iterations, so the same rooms on every run and engine) and recorded.
    storage::RoomPlanStore planner(db);
    storage::RoomsRepository rooms(db);
    for (int call = 1; call <= static_cast<int>(program.calls.size()); ++call) {
        if (call == kPlannedCall)
            continue;
        core::ScheduleOptions options;
        options.seed = kSeed + static_cast<std::uint64_t>(call);
        options.iterationLimit = 2000;
        options.timeLimit = std::chrono::minutes(10);
        require(planner.planAndSave(cohort.value(), call, storage::RoomPlanStore::Mode::Fresh, options),
            "plan a call of the history");
        const auto planned = rooms.rounds(cohort.value(), call);
        require(planned, "read a call's rounds");
        for (const core::RoomRound &round : planned.value())
            require(rooms.recordRound(cohort.value(), call, round.number, "2026-01-08T18:30:00Z"), "record a round");
    }
    return cohort.value();
}

// Handles events for ms milliseconds: a late or doubled notice is taken in.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until finish() is called or timeoutMs pass.
class Wait final
{
public:
    bool run(int timeoutMs)
    {
        if (m_done)
            return true;
        QTimer::singleShot(timeoutMs, &m_loop, &QEventLoop::quit);
        m_loop.exec();
        return m_done;
    }
    void finish()
    {
        m_done = true;
        m_loop.quit();
    }

private:
    QEventLoop m_loop;
    bool m_done = false;
};

void openAndShowPeople(const Engine &engine, core::CohortId cohort, int runs)
{
    std::vector<double> openMs, peopleMs, totalMs, workspaceMs;
    for (int run = 0; run < runs; ++run) {
        const auto start = Clock::now();
        auto db = engine.open();
        const double opened = msSince(start);
        const int shown = bench::showPeopleArea(*db, cohort);
        const double total = msSince(start);
        if (shown != kPeople)
            fail(QStringLiteral("the People area shows %1 rows, not %2").arg(shown).arg(kPeople));
        if (!engine.server && db->checkedOnOpen())
            fail(QStringLiteral("a restart ran the full check: the bench expects the day's backup to be there"));
        openMs.push_back(opened);
        peopleMs.push_back(total - opened);
        totalMs.push_back(total);
    }
    // The whole window's worth: the workspace reads every area of the cohort.
    for (int run = 0; run < runs; ++run) {
        const auto start = Clock::now();
        auto db = engine.open();
        models::Workspace workspace(*db);
        workspace.setCurrentCohort(cohort);
        models::RosterModel *model = workspace.people();
        qsizetype cells = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                cells += model->data(model->index(row, column)).toString().size();
        }
        workspaceMs.push_back(msSince(start));
        if (model->rowCount() != kPeople || cells == 0)
            fail(QStringLiteral("the workspace's People area shows %1 rows").arg(model->rowCount()));
    }
    std::printf("  Open and show People (%d people, every cell read): median %.1f ms, p90 %.1f ms over %d runs\n",
        kPeople, median(totalMs), percentile(totalMs, 0.9), runs);
    std::printf("    of which opening: median %.1f ms; loading the People model: median %.1f ms\n", median(openMs),
        median(peopleMs));
    std::printf(
        "  Open the whole workspace on the cohort (every area read, People shown): median %.1f ms, p90 %.1f ms\n",
        median(workspaceMs), percentile(workspaceMs, 0.9));
}

void planRooms(const Engine &engine, core::CohortId cohort, int runs)
{
    auto db = engine.open();
    models::SystemClock clock;
    QUndoStack undo;
    models::RoomsDocument document(*db, &undo, clock);
    models::RoomPlanning planning(document, &undo);
    std::vector<double> showMs, planMs;
    for (int run = 0; run < runs; ++run) {
        const auto start = Clock::now();
        document.setCohort(cohort);
        document.setCall(kPlannedCall);
        showMs.push_back(msSince(start));
        document.setCohort(0);
    }
    document.setCohort(cohort);
    document.setCall(kPlannedCall);
    storage::RoomsRepository rooms(*db);
    const auto history = rooms.recordedRounds(cohort);
    require(history, "read the history");

    models::RoomsDocument::Counts counts;
    for (int run = 0; run < runs; ++run) {
        Wait wait;
        bool planned = false;
        QString message;
        const auto connection = QObject::connect(
            &planning, &models::RoomPlanning::finished, &planning, [&](bool ok, const QString &text) {
                planned = ok;
                message = text;
                wait.finish();
            });
        const auto start = Clock::now();
        planning.plan();
        const bool ended = wait.run(120000);
        planMs.push_back(msSince(start));
        QObject::disconnect(connection);
        if (!ended || !planned)
            fail(QStringLiteral("planning the rooms failed: %1").arg(ended ? message : QStringLiteral("no answer")));
        counts = document.counts();
    }
    std::printf("  Show a call in the Rooms area (%zu recorded rounds of history): median %.1f ms\n",
        history.value().size(), median(showMs));
    std::printf("  Plan the rooms of call %d (%zu rounds of pairs for %d people) against that history, as the Rooms "
                "area does (read, search off the GUI thread, save, show): median %.1f ms, p90 %.1f ms over %d runs; "
                "%d repeats%s%s\n",
        kPlannedCall, document.rounds().size(), kPeople, median(planMs), percentile(planMs, 0.9), runs, counts.repeats,
        counts.unavoidable ? qPrintable(QStringLiteral(", %1 unavoidable").arg(*counts.unavoidable)) : "",
        counts.stoppedEarly ? ", stopped at the time limit" : "");
}

void editRoundTrips(const Engine &engine, core::CohortId cohort)
{
    auto db = engine.open();
    storage::RosterRepository roster(*db);
    QUndoStack undo;
    models::RosterModel people(roster, &undo);
    if (!people.setCohort(cohort))
        fail(QStringLiteral("the People area's model did not load"));
    bool failed = false;
    QObject::connect(&people, &models::RosterModel::storageFailed, &people, [&failed](const QString &message) {
        std::fprintf(stderr, "bench_teamserver: %s\n", qPrintable(message));
        failed = true;
    });
    std::mt19937 pick(kSeed);
    std::vector<double> personMs;
    for (int i = 0; i < kRoundTripEdits; ++i) {
        const int row = static_cast<int>(pick() % static_cast<unsigned>(people.rowCount()));
        const auto start = Clock::now();
        people.setData(people.index(row, models::RosterModel::NotesColumn), QStringLiteral("Round trip %1").arg(i));
        personMs.push_back(msSince(start));
        if (failed)
            fail(QStringLiteral("a person's edit was not saved"));
    }

    models::CallStepsModel program(*db, &undo);
    QObject::connect(&program, &models::CallStepsModel::storageFailed, &program, [&failed](const QString &message) {
        std::fprintf(stderr, "bench_teamserver: %s\n", qPrintable(message));
        failed = true;
    });
    if (!program.setCohort(cohort) || !program.showCall(1))
        fail(QStringLiteral("the Program area did not load"));
    std::vector<double> stepMs;
    for (int i = 0; i < kRoundTripEdits; ++i) {
        const int row = static_cast<int>(pick() % static_cast<unsigned>(program.rowCount()));
        const auto start = Clock::now();
        const bool stored = program.changeStep(row, models::StepField::Title, QStringLiteral("Step, take %1").arg(i));
        stepMs.push_back(msSince(start));
        if (!stored || failed)
            fail(QStringLiteral("an agenda step's edit was not saved"));
    }
    std::printf("  A person's details edited in People (RosterModel::setData, checked against the row's version): "
                "median %.2f ms, p99 %.2f ms over %d edits\n",
        median(personMs), percentile(personMs, 0.99), kRoundTripEdits);
    std::printf("  A step of a call's agenda renamed in Program (CallStepsModel::changeStep, the whole call saved): "
                "median %.2f ms, p99 %.2f ms over %d edits\n",
        median(stepMs), percentile(stepMs, 0.99), kRoundTripEdits);
}

void printDelays(const char *what, const std::vector<double> &delays, int edits)
{
    std::printf("  %s: p50 %.2f ms, p99 %.2f ms, max %.2f ms over %zu of %d edits\n", what, median(delays),
        percentile(delays, 0.99), delays.empty() ? 0.0 : *std::max_element(delays.begin(), delays.end()), delays.size(),
        edits);
}

// Host A edits, one change at a time, each waiting until co-host B has it (a
// host at a person's pace: the next edit comes after the last one arrived).
// B is either a bare ChangeFeed (to its changed signal) or a whole Workspace
// (to its People area showing the edit).
void propagationOneAtATime(const Engine &engine, core::CohortId cohort, int edits)
{
    auto dbA = engine.open();
    storage::RosterRepository rosterA(*dbA);
    QUndoStack undo;
    undo.setUndoLimit(50);
    models::RosterModel hostA(rosterA, &undo);
    if (!hostA.setCohort(cohort))
        fail(QStringLiteral("host A's People area did not load"));
    std::mt19937 pick(kSeed + 1);

    {
        auto dbB = engine.open();
        storage::ChangeFeed feedB(*dbB);
        if (!feedB.isListening())
            fail(QStringLiteral("client B's change feed does not listen"));
        int heard = 0;
        Wait *current = nullptr;
        QObject::connect(&feedB, &storage::ChangeFeed::changed, &feedB, [&](const QSet<QString> &) {
            ++heard;
            if (current)
                current->finish();
        });
        // The server tells B as it tells A the save is done, so B may hear
        // before A's save returns: also from the moment A starts saving.
        std::vector<double> delays, fromSaveStart;
        int lost = 0;
        for (int i = 0; i < edits; ++i) {
            const int row = static_cast<int>(pick() % static_cast<unsigned>(hostA.rowCount()));
            Wait wait;
            current = &wait;
            const auto saving = Clock::now();
            hostA.setData(hostA.index(row, models::RosterModel::NotesColumn), QStringLiteral("Feed %1").arg(i));
            const auto committed = Clock::now();
            if (wait.run(kNoticeTimeoutMs)) {
                delays.push_back(msSince(committed));
                fromSaveStart.push_back(msSince(saving));
            } else {
                ++lost;
            }
            current = nullptr;
        }
        settle(200);
        printDelays("From A's commit to B's ChangeFeed::changed, one edit at a time", delays, edits);
        printDelays("From A starting the save to B's ChangeFeed::changed", fromSaveStart, edits);
        std::printf(
            "    %d signals for %d edits, %d notices not heard within %d ms\n", heard, edits, lost, kNoticeTimeoutMs);
    }

    auto dbB = engine.open();
    models::Workspace coHostB(*dbB);
    coHostB.setCurrentCohort(cohort);
    models::RosterModel *shownB = coHostB.people();
    std::vector<double> delays;
    int lost = 0, heard = 0;
    Wait *current = nullptr;
    core::PersonId person = 0;
    std::string expected;
    QObject::connect(&coHostB, &models::Workspace::changedElsewhere, &coHostB, [&](const QString &) {
        ++heard;
        const int row = shownB->rowOf(person);
        if (current && row >= 0 && shownB->member(row).person.notes == expected)
            current->finish();
    });
    for (int i = 0; i < edits; ++i) {
        const int row = static_cast<int>(pick() % static_cast<unsigned>(hostA.rowCount()));
        person = hostA.member(row).person.id;
        expected = "Screen " + std::to_string(i);
        Wait wait;
        current = &wait;
        hostA.setData(hostA.index(row, models::RosterModel::NotesColumn), QString::fromStdString(expected));
        const auto committed = Clock::now();
        if (wait.run(kNoticeTimeoutMs))
            delays.push_back(msSince(committed));
        else
            ++lost;
        current = nullptr;
    }
    printDelays(
        "From A's commit to the edit on B's People area (Workspace read it again), one edit at a time", delays, edits);
    std::printf("    %d reads for %d edits, %d edits not shown within %d ms\n", heard, edits, lost, kNoticeTimeoutMs);
}

// Host A saves edits back to back, as fast as the server takes them, on a
// thread of its own; co-host B's Workspace follows on this thread. Notices
// that arrive while B is still reading come in one signal: B reads once for
// several edits (coalesced).
void propagationBurst(const Engine &engine, core::CohortId cohort, int edits)
{
    auto dbB = engine.open();
    models::Workspace coHostB(*dbB);
    coHostB.setCurrentCohort(cohort);
    models::RosterModel *shownB = coHostB.people();

    std::vector<std::atomic<std::int64_t>> committedNs(static_cast<std::size_t>(edits));
    std::vector<std::int64_t> shownNs(static_cast<std::size_t>(edits), 0);
    std::atomic<std::int64_t> typingStartNs { 0 };
    std::string typistFailure;
    const auto epoch = Clock::now();
    const auto sinceEpoch
        = [epoch] { return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - epoch).count(); };

    // The edit number in a person's notes, -1 for none of this burst's.
    const auto editIn = [](const std::string &notes) {
        static const std::string prefix = "Burst ";
        return notes.rfind(prefix, 0) == 0 ? std::stoi(notes.substr(prefix.size())) : -1;
    };
    int seen = -1;
    int reads = 0, readsWithNews = 0;
    Wait done, typing;
    QObject::connect(&coHostB, &models::Workspace::changedElsewhere, &coHostB, [&](const QString &) {
        const std::int64_t now = sinceEpoch();
        ++reads;
        int latest = seen;
        for (const core::Member &m : shownB->members())
            latest = std::max(latest, editIn(m.person.notes));
        if (latest > seen) {
            ++readsWithNews;
            // Saves are one after another: showing edit k, B shows every one before it.
            for (int k = seen + 1; k <= latest; ++k)
                shownNs[static_cast<std::size_t>(k)] = now;
            seen = latest;
        }
        if (seen == edits - 1)
            done.finish();
    });

    std::thread typist([&] {
        try {
            auto dbA = engine.open();
            storage::RosterRepository rosterA(*dbA);
            auto members = rosterA.members(cohort);
            auto stamps = rosterA.memberStamps(cohort);
            require(members, "read the members");
            require(stamps, "read the members' versions");
            std::map<core::PersonId, storage::RowVersion> versions;
            for (const auto &[id, stamp] : stamps.value())
                versions[id] = stamp.version;
            std::mt19937 pick(kSeed + 2);
            typingStartNs.store(sinceEpoch());
            for (int i = 0; i < edits; ++i) {
                core::Member &m = members.value()[pick() % members.value().size()];
                m.person.notes = "Burst " + std::to_string(i);
                const auto saved = rosterA.editMember(cohort, m, versions[m.person.id]);
                committedNs[static_cast<std::size_t>(i)].store(sinceEpoch());
                require(saved, "save a burst edit");
                versions[m.person.id] = saved.value();
            }
        } catch (const std::exception &e) {
            typistFailure = e.what();
        }
        // Told on this thread, whose event loop is B's.
        QMetaObject::invokeMethod(
            &coHostB, [&typing] { typing.finish(); }, Qt::QueuedConnection);
    });
    typing.run(600000);
    typist.join();
    if (!typistFailure.empty())
        fail(QString::fromStdString(typistFailure));
    const double typingMs
        = static_cast<double>(committedNs[static_cast<std::size_t>(edits - 1)].load() - typingStartNs.load()) / 1e6;
    const bool allShown = done.run(kNoticeTimeoutMs);

    std::vector<double> delays;
    int early = 0;
    for (int k = 0; k <= seen; ++k) {
        const auto d = shownNs[static_cast<std::size_t>(k)] - committedNs[static_cast<std::size_t>(k)].load();
        // A's thread can be put aside between its commit and reading the clock.
        early += d < 0 ? 1 : 0;
        delays.push_back(static_cast<double>(std::max<std::int64_t>(d, 0)) / 1e6);
    }
    std::printf("  A saves %d edits back to back (%.2f ms each on average) while B's Workspace follows:\n", edits,
        typingMs / edits);
    printDelays("    From A's commit to the edit on B's People area", delays, edits);
    std::printf("    B read People %d times (%d brought news); %d edits were coalesced into another's read%s%s\n",
        reads, readsWithNews, (seen + 1) - readsWithNews, allShown ? "" : "; the last edit was never shown",
        early ? qPrintable(QStringLiteral("; %1 shown before A read its clock, counted as 0").arg(early)) : "");
}

// The Demo cohort's calls planned as a host does in the Rooms area ("Plan
// rooms": read, search off the GUI thread, save, show), each call from
// scratch; issue #22 asks for well under a second in a Release build.
void planDemoRooms(const Engine &engine, int runs)
{
    auto db = engine.open();
    models::Workspace workspace(*db);
    if (!workspace.openDemo())
        fail(QStringLiteral("could not open the Demo cohort"));
    models::RoomsDocument &document = *workspace.rooms();
    models::RoomPlanning planning(document, workspace.undoStack());
    std::printf("  Plan rooms for the Demo cohort's calls, as the Rooms area does:");
    for (const storage::CohortCall &call : std::vector<storage::CohortCall>(document.calls())) {
        document.setCall(call.number);
        std::vector<double> ms;
        bool planned = true;
        for (int run = 0; run < runs && planned; ++run) {
            Wait wait;
            const auto connection = QObject::connect(&planning, &models::RoomPlanning::finished, &planning,
                [&](bool ok, const QString &) {
                    planned = ok;
                    wait.finish();
                });
            const auto start = Clock::now();
            planning.plan();
            planned = wait.run(60000) && planned;
            ms.push_back(msSince(start));
            QObject::disconnect(connection);
        }
        if (planned) {
            std::printf(" call %d %.1f ms (%d repeats%s);", call.number, median(ms), document.counts().repeats,
                document.counts().unavoidable && *document.counts().unavoidable == document.counts().repeats
                    ? ", proven fewest"
                    : "");
        } else {
            std::printf(" call %d not planned (every round recorded, or no breakout step);", call.number);
        }
    }
    std::printf(" medians of %d runs\n", runs);
}

void printServerSettings(storage::Database &db)
{
    QSqlQuery q(db.connection());
    QStringList settings;
    for (const char *name : { "server_version", "fsync", "synchronous_commit" }) {
        if (q.exec(QStringLiteral("SHOW ") + QLatin1String(name)) && q.next())
            settings << QStringLiteral("%1 %2").arg(QLatin1String(name), q.value(0).toString());
    }
    std::printf("  Server: %s\n", qPrintable(settings.join(QStringLiteral(", "))));
}

void measure(const Engine &engine, core::CohortId cohort, int runs, int edits)
{
    openAndShowPeople(engine, cohort, runs);
    planRooms(engine, cohort, runs);
    planDemoRooms(engine, runs);
    editRoundTrips(engine, cohort);
    if (!engine.server) {
        // A file has one writer: a second Convener cannot open it, and nothing is pushed.
        auto db = engine.open();
        storage::ChangeFeed feed(*db);
        std::printf("  Change propagation: none on a database file (ChangeFeed listening: %s); only one Convener "
                    "works on a file at a time, so there is no co-host to push to\n",
            feed.isListening() ? "yes" : "no");
        return;
    }
    propagationOneAtATime(engine, cohort, edits);
    propagationBurst(engine, cohort, edits);
}

// A database of the bench's own on a server, dropped with the object.
class BenchServerDatabase final
{
public:
    explicit BenchServerDatabase(const storage::ServerAddress &admin)
        : m_admin(admin)
        , m_address(admin)
    {
        m_address.database = QStringLiteral("convener_bench_%1").arg(QCoreApplication::applicationPid());
        tests::runOnServer(
            m_admin, QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(m_address.database));
    }
    ~BenchServerDatabase()
    {
        try {
            tests::runOnServer(
                m_admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_address.database));
        } catch (const std::exception &e) {
            std::fprintf(stderr, "bench_teamserver: could not drop %s: %s\n", qPrintable(m_address.database), e.what());
        }
    }
    BenchServerDatabase(const BenchServerDatabase &) = delete;
    BenchServerDatabase &operator=(const BenchServerDatabase &) = delete;
    const storage::ServerAddress &address() const { return m_address; }

private:
    storage::ServerAddress m_admin;
    storage::ServerAddress m_address;
};

int run(const QStringList &args)
{
    int runs = 15;
    int edits = 1000;
    std::optional<storage::ServerAddress> server;
    for (int i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == QLatin1String("--runs") && hasValue) {
            runs = std::max(1, args[++i].toInt());
        } else if (args[i] == QLatin1String("--edits") && hasValue) {
            edits = std::max(1, args[++i].toInt());
        } else if (args[i] == QLatin1String("--server") && hasValue) {
            const auto parsed = storage::ServerAddress::parse(args[++i]);
            if (!parsed.ok())
                fail(QStringLiteral("--server: ") + models::describe(parsed.error()));
            server = parsed.value();
        } else if (args[i] == QLatin1String("--server-state") && hasValue) {
            // The file tests/support/pgcluster writes, read as the tests read it.
            qputenv("CONVENER_TEST_SERVER_STATE", args[++i].toLocal8Bit());
            server = tests::testServer()->admin;
        } else {
            const bool help = args[i] == QLatin1String("--help") || args[i] == QLatin1String("-h");
            std::fprintf(help ? stdout : stderr,
                "%susage: bench_teamserver [--runs N] [--edits N] [--server URL | --server-state FILE]\n",
                help ? "" : qPrintable(QStringLiteral("bench_teamserver: unknown option %1\n").arg(args[i])));
            return help ? 0 : 2;
        }
    }

    double load[3] = { 0, 0, 0 };
    if (getloadavg(load, 3) != 3)
        load[0] = load[1] = load[2] = -1;
    std::printf("bench_teamserver: %d people, %d runs, %d edits for propagation; load average %.2f %.2f %.2f\n",
        kPeople, runs, edits, load[0], load[1], load[2]);

    {
        QTemporaryDir temp;
        const QString path = temp.filePath(QStringLiteral("teamserver.sqlite"));
        auto start = Clock::now();
        core::CohortId cohort = 0;
        {
            storage::DatabaseError error;
            auto db = storage::Database::open(path, error);
            if (!db)
                fail(models::describe(error));
            cohort = generate(*db);
        }
        {
            // Today's backup, so the opens measured are the app's restarts.
            storage::DatabaseError error;
            storage::Database::Options backup;
            backup.dailyBackup = true;
            if (!storage::Database::open(path, error, backup))
                fail(models::describe(error));
        }
        std::printf("SQLite file (%s): generated in %.1f s\n", qPrintable(path), msSince(start) / 1000);
        Engine sqlite { false, [path] {
                           storage::DatabaseError error;
                           storage::Database::Options options;
                           options.dailyBackup = true;
                           options.deferDailyBackup = true;
                           auto db = storage::Database::open(path, error, options);
                           if (!db)
                               fail(models::describe(error));
                           return db;
                       } };
        measure(sqlite, cohort, runs, edits);
    }

    if (!server) {
        std::printf("PostgreSQL: no server given (--server URL or --server-state FILE); measured SQLite only\n");
        return 0;
    }
    BenchServerDatabase database(*server);
    const storage::ServerAddress address = database.address();
    const auto start = Clock::now();
    core::CohortId cohort = 0;
    {
        // As `convener-cli server init` does.
        storage::DatabaseError error;
        storage::Database::Options init;
        init.createIfMissing = true;
        auto db = storage::Database::connect(address, error, init);
        if (!db)
            fail(models::describe(error));
        cohort = generate(*db);
    }
    std::printf("PostgreSQL (%s): generated in %.1f s\n", qPrintable(address.display()), msSince(start) / 1000);
    Engine postgres { true, [address] {
                         storage::DatabaseError error;
                         storage::Database::Options options;
                         options.createIfMissing = false;
                         auto db = storage::Database::connect(address, error, options);
                         if (!db)
                             fail(models::describe(error));
                         return db;
                     } };
    printServerSettings(*postgres.open());
    measure(postgres, cohort, runs, edits);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    try {
        return run(app.arguments());
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_teamserver: %s\n", e.what());
        return 1;
    }
}
