// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "io/cohortexports.h"
#include "io/runsheetpdf.h"
#include "storage/program/programrepository.h"
#include "storage/rooms/roomsrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

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
    call.value().call.steps.front().facilitatorNotes = "Greet latecomers in the chat.";
    REQUIRE(programs.saveCall(call.value()).ok());
    return id.value();
}

// The text of a PDF as poppler extracts it, or nullopt when pdftotext is not installed.
std::optional<QString> run(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString collapsed(QString text)
{
    return text.simplified();
}

} // namespace

TEST_CASE("Run sheet PDF: pdftotext finds the cohort, the clock times, the leads and the page numbers")
{
    tests::TempDatabase temp;
    const auto cohort = cohortWithHosts(temp);
    const QString path = temp.dir() + QStringLiteral("/call-2.pdf");
    REQUIRE(io::exportRunSheet(temp.db(), cohort, 2, path, io::PaperSize::A4).ok());
    const auto text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text) {
        WARN("pdftotext is not installed; the PDF was written but not read back");
        return;
    }
    const auto sheet = io::loadRunSheet(temp.db(), cohort, 2);
    REQUIRE(sheet.ok());
    const QString words = collapsed(*text);
    CHECK(words.contains(QStringLiteral("Run sheet: Spring circle, Call 2")));
    CHECK(words.contains(QStringLiteral("2026-03-24, 18:00 to 19:30 (Europe/Berlin)")));
    CHECK(words.contains(QStringLiteral("Amara Lead")));
    CHECK(words.contains(QStringLiteral("Tomás Tech")));
    CHECK(words.contains(QStringLiteral("Greet latecomers in the chat.")));
    CHECK(words.contains(QStringLiteral("Page 1 of")));
    CHECK(words.contains(QStringLiteral("Spring circle · Call 2")));
    for (const auto &step : sheet.value().steps) {
        CHECK(words.contains(QString::fromStdString(step.start)));
        CHECK(words.contains(QString::fromStdString(step.title).simplified()));
    }
    const auto rounds = sheet.value().breakoutSteps();
    REQUIRE_FALSE(rounds.empty());
    CHECK(words.contains(QStringLiteral("Breakout rounds")));
    // Searchable as typed: no "fi" or "fl" ligature glyphs in place of letters.
    CHECK_FALSE(words.contains(QChar(0xFB01)));
    CHECK_FALSE(words.contains(QChar(0xFB02)));
    // No template variable is left unrendered.
    CHECK_FALSE(words.contains(QStringLiteral("{minutes}")));
    CHECK_FALSE(words.contains(QStringLiteral("{group_size}")));
}

TEST_CASE("Run sheet PDF: every page has the header and its number, on A4 and on US Letter")
{
    tests::TempDatabase temp;
    const auto cohort = cohortWithHosts(temp);
    const auto sheet = io::loadRunSheet(temp.db(), cohort, 2);
    REQUIRE(sheet.ok());
    for (const auto &[paper, expected] : {std::pair{io::PaperSize::A4, QStringLiteral("pts (A4)")},
                                          std::pair{io::PaperSize::Letter, QStringLiteral("612 x 792 pts (letter)")}}) {
        const QString path = temp.dir() + QStringLiteral("/sheet-%1.pdf").arg(QString::fromLatin1(io::paperSizeKey(paper).data()));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(io::runSheetPdf(sheet.value(), paper));
        file.close();
        const auto info = run(QStringLiteral("pdfinfo"), {path});
        if (!info) {
            WARN("pdfinfo is not installed; the page size was not checked");
            return;
        }
        CHECK(info->contains(expected));
        const QString pagesLine = info->split(QLatin1Char('\n')).filter(QStringLiteral("Pages:")).value(0);
        const int pages = pagesLine.section(QLatin1Char(':'), 1).trimmed().toInt();
        REQUIRE(pages >= 2);
        for (int page = 1; page <= pages; ++page) {
            const auto text = run(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                                   path, QStringLiteral("-")});
            REQUIRE(text);
            const QString words = collapsed(*text);
            CHECK(words.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
            CHECK(words.contains(QStringLiteral("Spring circle · Call 2")));
        }
    }
}

TEST_CASE("Run sheet export: the planned rooms of a breakout round are on the sheet, by name")
{
    tests::TempDatabase temp;
    const auto cohort = cohortWithHosts(temp);
    storage::RosterRepository roster(temp.db());
    std::vector<core::Member> members;
    for (const char *name : {"Ines Ribeiro", "Kofi Mensah", "Lena Vogel", "Mika Sato"}) {
        core::Member m;
        m.person.displayName = name;
        members.push_back(m);
    }
    const auto added = roster.addMembers(cohort, members);
    REQUIRE(added.ok());
    const auto sheet = io::loadRunSheet(temp.db(), cohort, 2);
    REQUIRE(sheet.ok());
    const auto call = storage::ProgramRepository(temp.db()).call(cohort, 2);
    REQUIRE(call.ok());
    const core::Step *breakout = nullptr;
    for (const auto &step : call.value().call.steps) {
        if (step.breakout && !breakout)
            breakout = &step;
    }
    REQUIRE(breakout);
    core::RoomRound round;
    round.number = 1;
    round.stepId = breakout->id;
    round.stepTitle = breakout->title;
    round.groupSize = 2;
    const auto &p = added.value();
    round.rooms = core::roomsFromGroups({{p[0].person.id, p[1].person.id}, {p[2].person.id, p[3].person.id}});
    REQUIRE(storage::RoomsRepository(temp.db()).savePlan(cohort, 2, {round}).ok());

    const auto planned = io::loadRunSheet(temp.db(), cohort, 2);
    REQUIRE(planned.ok());
    const auto rounds = planned.value().breakoutSteps();
    REQUIRE_FALSE(rounds.empty());
    REQUIRE(rounds[0]->rooms.size() == 2);
    CHECK(rounds[0]->rooms[0].people == std::vector<std::string>{"Ines Ribeiro", "Kofi Mensah"});

    const QString path = temp.dir() + QStringLiteral("/rooms.pdf");
    REQUIRE(io::exportRunSheet(temp.db(), cohort, 2, path, io::PaperSize::Letter).ok());
    const auto text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text) {
        WARN("pdftotext is not installed; the PDF was written but not read back");
        return;
    }
    const QString words = collapsed(*text);
    CHECK(words.contains(QStringLiteral("Rooms (planned):")));
    CHECK(words.contains(QStringLiteral("Ines Ribeiro, Kofi Mensah")));
    CHECK(words.contains(QStringLiteral("Lena Vogel, Mika Sato")));
}
