// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/cohortdialog.h"
#include "gui/exportactions.h"
#include "gui/mainwindow.h"
#include "models/cohortlistmodel.h"
#include "models/workspace.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QWidget>

using namespace convener;

namespace {

core::CohortId createCohort(models::Workspace &workspace)
{
    core::Cohort c;
    c.name = "Spring circle";
    c.startDate = "2026-03-17";
    c.weekday = 2;
    c.startTime = "18:00";
    c.timeZone = "Europe/Berlin";
    c.videoLink = "https://video.example.org/j/42";
    const auto id = workspace.cohorts()->create(c, "practice-program");
    REQUIRE(id != 0);
    workspace.setCurrentCohort(id);
    return id;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Exports: the File menu offers the run sheet and the calendar once there is a cohort")
{
    tests::TempDatabase temp;
    models::Workspace workspace(temp.db());
    gui::MainWindow window(workspace, QDate(2026, 3, 1), QStringLiteral("Europe/Berlin"));
    auto *runSheet = window.findChild<QAction *>(QStringLiteral("actionExportRunSheet"));
    auto *calendar = window.findChild<QAction *>(QStringLiteral("actionExportCalendar"));
    REQUIRE(runSheet);
    REQUIRE(calendar);
    CHECK_FALSE(runSheet->isEnabled());
    createCohort(workspace);
    CHECK(runSheet->isEnabled());
    CHECK(calendar->isEnabled());
}

TEST_CASE("Exports: the current cohort's run sheet and calendar are written, problems reported by signal")
{
    tests::TempDatabase temp;
    models::Workspace workspace(temp.db());
    QWidget window;
    gui::ExportActions exports(workspace, &window);
    createCohort(workspace);
    QSignalSpy exported(&exports, &gui::ExportActions::exported);
    QSignalSpy problems(&exports, &gui::ExportActions::problem);

    const QString markdown = temp.dir() + QStringLiteral("/call-1.md");
    REQUIRE(exports.writeRunSheet(1, markdown, io::PaperSize::A4));
    CHECK(contents(markdown).startsWith("# Run sheet: Spring circle, Call 1"));
    const QString pdf = temp.dir() + QStringLiteral("/call-1.pdf");
    REQUIRE(exports.writeRunSheet(1, pdf, io::PaperSize::Letter));
    CHECK(contents(pdf).startsWith("%PDF-"));
    const QString ics = temp.dir() + QStringLiteral("/spring.ics");
    REQUIRE(exports.writeCalendar(ics));
    const QByteArray calendar = contents(ics);
    CHECK(calendar.contains("DTSTART;TZID=Europe/Berlin:20260317T180000"));
    CHECK(calendar.contains("URL:https://video.example.org/j/42"));
    CHECK(exported.count() == 3);
    CHECK(problems.isEmpty());

    CHECK_FALSE(exports.writeRunSheet(7, temp.dir() + QStringLiteral("/call-7.pdf"), io::PaperSize::A4));
    CHECK_FALSE(exports.writeCalendar(temp.dir() + QStringLiteral("/no/such/folder/spring.ics")));
    REQUIRE(problems.count() == 2);
    CHECK(problems.at(0).at(0).toString().contains(QStringLiteral("no call 7")));
    CHECK(problems.at(1).at(0).toString().contains(QStringLiteral("spring.ics")));
}

TEST_CASE("Cohort dialog: the video-call link is taken and checked")
{
    gui::CohortDialog dialog(QDate(2026, 3, 1), QStringLiteral("Europe/Berlin"));
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Spring circle"));
    auto *link = dialog.findChild<QLineEdit *>(QStringLiteral("videoLinkEdit"));
    REQUIRE(link);
    auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    link->setText(QStringLiteral("meet me in the usual room"));
    CHECK_FALSE(ok->isEnabled());
    link->setText(QStringLiteral(" https://video.example.org/j/42 "));
    CHECK(ok->isEnabled());
    CHECK(dialog.cohort().videoLink == "https://video.example.org/j/42");
}
