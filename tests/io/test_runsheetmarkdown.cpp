// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "io/cohortexports.h"
#include "storage/program/programrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <QFile>

using namespace convener;

namespace {

core::CohortId cohortWithHosts(tests::TempDatabase &temp)
{
    storage::RosterRepository roster(temp.db());
    core::Cohort c;
    c.name = "Spring circle";
    c.startDate = "2026-03-17";
    c.weekday = 2;
    c.startTime = "18:00";
    c.timeZone = "Europe/Berlin";
    const auto id = roster.createCohort(c);
    REQUIRE(id.ok());
    storage::ProgramRepository programs(temp.db());
    REQUIRE(programs.followBuiltinProgram(id.value(), "practice-program").ok());
    auto call = programs.call(id.value(), 2);
    REQUIRE(call.ok());
    for (auto &step : call.value().call.steps) {
        step.leadHost = "Amara Lead";
        step.technicalHost = "Tomás Tech";
    }
    REQUIRE(programs.saveCall(call.value()).ok());
    return id.value();
}

} // namespace

TEST_CASE("Run sheet export: a .md path gets Markdown, and a missing call is named")
{
    tests::TempDatabase temp;
    const auto cohort = cohortWithHosts(temp);
    const QString path = temp.dir() + QStringLiteral("/call-2.MD");
    REQUIRE(io::exportRunSheet(temp.db(), cohort, 2, path, io::PaperSize::A4).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(file.readAll());
    CHECK(md.startsWith(QStringLiteral("# Run sheet: Spring circle, Call 2")));
    CHECK(md.contains(QStringLiteral("| Amara Lead | Tomás Tech |")));

    const auto missing = io::exportRunSheet(temp.db(), cohort, 9, temp.dir() + QStringLiteral("/x.pdf"), io::PaperSize::A4);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().problem == storage::Problem::NoSuchCall);
    CHECK(missing.error().call == 9);
    CHECK_FALSE(QFile::exists(temp.dir() + QStringLiteral("/x.pdf")));
}
