// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/builtinlibrary.h"
#include "core/run/runengine.h"
#include "storage/program/programrepository.h"
#include "storage/roster/rosterrepository.h"
#include "storage/run/runrepository.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <QSqlQuery>

using namespace convener;
using namespace std::chrono_literals;

namespace {

core::CohortId makeCohort(storage::RosterRepository &roster)
{
    core::Cohort c;
    c.name = "Live cohort";
    c.startDate = "2026-11-19";
    c.weekday = 4;
    c.startTime = "18:00";
    c.timeZone = "Europe/Lisbon";
    return roster.createCohort(c).value();
}

core::ProgramCall followPractice(storage::Database &db, core::CohortId cohort)
{
    const auto loaded = core::BuiltinLibrary::load("practice-program");
    REQUIRE(loaded.ok());
    storage::ProgramRepository programs(db);
    REQUIRE(programs.followProgram(cohort, std::get<core::Program>(loaded.document->content), "practice-program"));
    return programs.call(cohort, 2).value().call;
}

} // namespace

TEST_CASE("Runs: a saved run resumes after reopening at the right step and time")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    const auto cohort = makeCohort(roster);
    const auto call = followPractice(temp.db(), cohort);

    tests::FakeClock clock;
    core::RunEngine engine(clock, call, {});
    engine.start();
    clock.advance(4min);
    engine.advanceTo(clock.now());
    engine.nextPhase();
    clock.advance(1min + 30s);
    engine.advanceTo(clock.now());
    REQUIRE(engine.stepIndex() == 1);
    const auto left = engine.remaining(clock.now());
    {
        storage::RunRepository runs(temp.db());
        REQUIRE(runs.save(cohort, 2, engine.snapshot()));
        REQUIRE(runs.save(cohort, 2, engine.snapshot()));
    }
    temp.reopen();

    // The app was down for two minutes; a new process has a new monotonic epoch.
    tests::FakeClock later(tests::FakeClock::Time(std::chrono::hours(7)), clock.wallNow() + 2min);
    storage::RunRepository runs(temp.db());
    const auto unfinished = runs.unfinishedRun(cohort);
    REQUIRE(unfinished);
    REQUIRE(unfinished.value().has_value());
    CHECK(unfinished.value()->callNumber == 2);
    const auto loaded = runs.load(cohort, 2);
    REQUIRE(loaded);
    REQUIRE(loaded.value().has_value());
    const auto stored = storage::ProgramRepository(temp.db()).call(cohort, 2).value().call;
    core::RunEngine resumed(later, stored, {});
    REQUIRE(resumed.restore(*loaded.value(), later.now()));
    resumed.advanceTo(later.now());
    CHECK(resumed.stepIndex() == 1);
    CHECK(resumed.status() == core::RunStatus::Running);
    CHECK(resumed.remaining(later.now()) == left - 2min);
}

TEST_CASE("Runs: nothing saved reads as nothing and finished runs are not offered")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    const auto cohort = makeCohort(roster);
    const auto call = followPractice(temp.db(), cohort);
    storage::RunRepository runs(temp.db());
    REQUIRE(runs.load(cohort, 1));
    CHECK_FALSE(runs.load(cohort, 1).value().has_value());
    CHECK_FALSE(runs.unfinishedRun(cohort).value().has_value());

    tests::FakeClock clock;
    core::RunEngine engine(clock, call, {});
    engine.start();
    engine.endCall();
    REQUIRE(runs.save(cohort, 2, engine.snapshot()));
    CHECK_FALSE(runs.unfinishedRun(cohort).value().has_value());
    CHECK(runs.load(cohort, 2).value()->status == core::RunStatus::Finished);
    REQUIRE(runs.remove(cohort, 2));
    CHECK_FALSE(runs.load(cohort, 2).value().has_value());
}

TEST_CASE("Runs: a damaged saved state is reported, not guessed at")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    const auto cohort = makeCohort(roster);
    QSqlQuery q(temp.db().connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO call_runs (cohort_id, call_number, status, state, saved_at) "
                                  "VALUES (%1, 1, 'running', '{not json', 'x')").arg(cohort)));
    const auto loaded = storage::RunRepository(temp.db()).load(cohort, 1);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().problem == storage::Problem::SavedRunUnreadable);
    CHECK(loaded.error().call == 1);
    const auto unfinished = storage::RunRepository(temp.db()).unfinishedRun(cohort);
    REQUIRE_FALSE(unfinished);
    CHECK(unfinished.error().problem == storage::Problem::SavedRunUnreadable);
    CHECK(unfinished.error().call == 1);
}

TEST_CASE("Runs: a saved state nested absurdly deep is refused before parsing")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    const auto cohort = makeCohort(roster);
    QSqlQuery q(temp.db().connection());
    q.prepare(QStringLiteral("INSERT INTO call_runs (cohort_id, call_number, status, state, saved_at) "
                             "VALUES (:cohort, 1, 'running', :state, 'x')"));
    q.bindValue(QStringLiteral(":cohort"), static_cast<qint64>(cohort));
    q.bindValue(QStringLiteral(":state"), QString(100000, QLatin1Char('[')));
    REQUIRE(q.exec());
    CHECK_FALSE(storage::RunRepository(temp.db()).load(cohort, 1));
    CHECK_FALSE(storage::RunRepository(temp.db()).unfinishedRun(cohort));
}

TEST_CASE("Runs: one Convener drives a run under way; another's save is refused until it takes the run over")
{
    tests::TempDatabase temp;
    storage::RosterRepository roster(temp.db());
    const auto cohort = makeCohort(roster);
    const auto call = followPractice(temp.db(), cohort);
    storage::RunRepository runs(temp.db());
    const QString host = QStringLiteral("host-convener");
    const QString coHost = QStringLiteral("co-host-convener");

    tests::FakeClock clock;
    core::RunEngine engine(clock, call, {});
    REQUIRE(engine.start());
    REQUIRE(runs.save(cohort, 2, engine.snapshot(), host));
    const auto shown = runs.stored(cohort, 2);
    REQUIRE(shown);
    REQUIRE(shown.value());
    CHECK(shown.value()->driver == host);
    CHECK(shown.value()->underWay());
    CHECK(shown.value()->byThisLogin);

    // The co-host's Convener saving its own start of the same call is refused,
    // and the host's run is what is stored.
    core::RunEngine other(clock, call, {});
    REQUIRE(other.start());
    REQUIRE(other.nextStep());
    const auto refused = runs.save(cohort, 2, other.snapshot(), coHost);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().problem == storage::Problem::ChangedElsewhere);
    CHECK(refused.error().table == storage::Table::CallRuns);
    CHECK(refused.error().call == 2);
    CHECK(runs.stored(cohort, 2).value()->state == engine.snapshot());
    // The driver goes on saving.
    REQUIRE(engine.nextPhase());
    REQUIRE(runs.save(cohort, 2, engine.snapshot(), host));

    // Taken over, the run is the co-host's to save, as the host left it, and
    // the host's next save is refused.
    const auto taken = runs.takeOver(cohort, 2, coHost);
    REQUIRE(taken);
    CHECK(taken.value().driver == coHost);
    CHECK(taken.value().state == engine.snapshot());
    CHECK(taken.value().stamp.version == runs.stored(cohort, 2).value()->stamp.version);
    REQUIRE(engine.nextPhase());
    CHECK_FALSE(runs.save(cohort, 2, engine.snapshot(), host));
    core::RunEngine resumed(clock, call, {});
    REQUIRE(resumed.restore(taken.value().state, clock.now()));
    REQUIRE(resumed.nextStep());
    REQUIRE(runs.save(cohort, 2, resumed.snapshot(), coHost));

    // Once the run has ended, anyone may start the call afresh.
    REQUIRE(resumed.endCall());
    REQUIRE(runs.save(cohort, 2, resumed.snapshot(), coHost));
    core::RunEngine again(clock, call, {});
    REQUIRE(again.start());
    REQUIRE(runs.save(cohort, 2, again.snapshot(), host));
    CHECK(runs.unfinishedRun(cohort).value()->driver == host);
    // A save that names no driver (an import, a test) is never refused.
    CHECK(runs.save(cohort, 2, other.snapshot()));
}
