// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "gui/exportactions.h"
#include "gui/live/livepage.h"
#include "gui/mainwindow.h"
#include "gui/people/cohortdialog.h"
#include "gui/program/runsheetexportdialog.h"
#include "models/program/callstepsmodel.h"
#include "models/rooms/roomhandoverexporter.h"
#include "models/roster/cohortlistmodel.h"
#include "models/roster/rostermodel.h"
#include "models/workspace.h"
#include "storage/program/programrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/requirechild.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTimeEdit>
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

// Every test starts without a remembered paper size and leaves none behind.
struct CleanPaperSetting
{
    CleanPaperSetting() { clear(); }
    ~CleanPaperSetting() { clear(); }
    CleanPaperSetting(const CleanPaperSetting &) = delete;
    CleanPaperSetting &operator=(const CleanPaperSetting &) = delete;
    static void clear()
    {
        QSettings settings;
        settings.remove(gui::ExportActions::paperSettingsKey());
        settings.sync();
    }
};

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
    // Typed without https://, as hosts copy it from a meeting invitation.
    link->setText(QStringLiteral("zoom.us/j/123456789?pwd=abc"));
    CHECK(ok->isEnabled());
    CHECK(dialog.cohort().videoLink == "https://zoom.us/j/123456789?pwd=abc");
}

TEST_CASE("Exports: the run sheet's paper size is the locale's until the host chooses one, then it is remembered")
{
    CleanPaperSetting clean;
    CHECK(gui::ExportActions::rememberedPaperSize() == gui::ExportActions::localPaperSize());
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(gui::ExportActions::localPaperSize() == io::PaperSize::Letter);
    CHECK(gui::ExportActions::rememberedPaperSize() == io::PaperSize::Letter);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CHECK(gui::ExportActions::rememberedPaperSize() == io::PaperSize::A4);

    gui::ExportActions::rememberPaperSize(io::PaperSize::Letter);
    CHECK(QSettings().value(gui::ExportActions::paperSettingsKey()).toString() == QStringLiteral("letter"));
    CHECK(gui::ExportActions::rememberedPaperSize() == io::PaperSize::Letter);

    // A value this version does not know falls back to the locale's size.
    QSettings().setValue(gui::ExportActions::paperSettingsKey(), QStringLiteral("tabloid"));
    CHECK(gui::ExportActions::rememberedPaperSize() == io::PaperSize::A4);
    QLocale::setDefault(before);
}

TEST_CASE("Exports: the run-sheet dialog offers the calls and the paper size, starting on the one given")
{
    gui::RunSheetExportDialog dialog({QStringLiteral("Call 1: Meeting"), QStringLiteral("Call 2: Troika")}, {1, 2},
                                     io::PaperSize::Letter);
    auto *calls = tests::requireChild<QComboBox>(dialog, "callCombo");
    auto *paper = tests::requireChild<QComboBox>(dialog, "paperCombo");
    CHECK(calls->count() == 2);
    CHECK(paper->count() == 2);
    CHECK(dialog.paperSize() == io::PaperSize::Letter);
    CHECK(dialog.callNumber() == 1);
    calls->setCurrentIndex(1);
    paper->setCurrentIndex(paper->findData(static_cast<int>(io::PaperSize::A4)));
    CHECK(dialog.callNumber() == 2);
    CHECK(dialog.paperSize() == io::PaperSize::A4);
}

TEST_CASE("Exports: a run sheet PDF is laid out on the paper size chosen")
{
    tests::TempDatabase temp;
    models::Workspace workspace(temp.db());
    QWidget window;
    gui::ExportActions exports(workspace, &window);
    createCohort(workspace);
    const QString a4 = temp.dir() + QStringLiteral("/a4.pdf");
    const QString letter = temp.dir() + QStringLiteral("/letter.pdf");
    REQUIRE(exports.writeRunSheet(1, a4, io::PaperSize::A4));
    REQUIRE(exports.writeRunSheet(1, letter, io::PaperSize::Letter));
    CHECK(contents(a4).contains("/MediaBox [0 0 595."));
    // Points: A4 is 595 x 842, US Letter 612 x 792.
    CHECK(contents(letter).contains("/MediaBox [0 0 612.000000 792.000000]"));
}

TEST_CASE("Edit cohort: the dialog opens on the current cohort and stores a new video-call link and name")
{
    tests::TempDatabase temp;
    models::Workspace workspace(temp.db());
    gui::MainWindow window(workspace, QDate(2026, 3, 1), QStringLiteral("Europe/Berlin"));
    auto *edit = tests::requireChild<QAction>(window, "actionEditCohort");
    CHECK_FALSE(edit->isEnabled());
    core::Cohort c;
    c.name = "Spring circle";
    c.startDate = "2026-03-17";
    c.weekday = 2;
    c.timeZone = "Europe/Berlin";
    c.videoLink = "https://video.example.org/j/42";
    const auto id = workspace.cohorts()->create(c, "practice-program", {"Amara", "Björn"});
    REQUIRE(id != 0);
    workspace.setCurrentCohort(id);
    REQUIRE(edit->isEnabled());

    edit->trigger();
    auto *dialog = tests::requireChild<gui::CohortDialog>(window, "CohortDialog");
    CHECK(dialog->isVisible());
    auto *name = tests::requireChild<QLineEdit>(*dialog, "nameEdit");
    auto *link = tests::requireChild<QLineEdit>(*dialog, "videoLinkEdit");
    CHECK(name->text() == QStringLiteral("Spring circle"));
    CHECK(link->text() == QStringLiteral("https://video.example.org/j/42"));
    CHECK(tests::requireChild<QLineEdit>(*dialog, "hostsEdit")->text() == QStringLiteral("Amara, Björn"));
    CHECK_FALSE(tests::requireChild<QComboBox>(*dialog, "programCombo")->isVisible());
    auto *ok = tests::requireChild<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    auto *problem = tests::requireChild<QLabel>(*dialog, "problemLabel");

    name->setText(QStringLiteral("  "));
    CHECK_FALSE(ok->isEnabled());
    CHECK(problem->text().contains(QStringLiteral("needs a name")));
    name->setText(QStringLiteral("Spring circle 2026"));
    link->setText(QStringLiteral("the usual room"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(problem->text().contains(QStringLiteral("https://")));
    link->setText(QStringLiteral("https://video.example.org/j/43"));
    REQUIRE(ok->isEnabled());
    ok->click();

    const auto stored = workspace.roster().cohort(id);
    REQUIRE(stored.ok());
    CHECK(stored.value().videoLink == "https://video.example.org/j/43");
    CHECK(stored.value().name == "Spring circle 2026");
    CHECK(window.cohortCombo()->currentText() == QStringLiteral("Spring circle 2026"));
    CHECK(window.windowTitle().startsWith(QStringLiteral("Spring circle 2026")));
    CHECK(workspace.currentCohort() == id);
    CHECK(workspace.roomHandover()->handover(1).cohortName == "Spring circle 2026");
}

TEST_CASE("Edit cohort: a refused name keeps the dialog open with the changes, and a new start moves the calls")
{
    tests::TempDatabase temp;
    models::Workspace workspace(temp.db());
    gui::MainWindow window(workspace, QDate(2026, 3, 1), QStringLiteral("Europe/Berlin"));
    core::Cohort other;
    other.name = "Autumn circle";
    REQUIRE(workspace.cohorts()->create(other) != 0);
    const auto id = createCohort(workspace); // Tuesday 2026-03-17 at 18:00, four calls

    window.editCohort();
    auto *dialog = tests::requireChild<gui::CohortDialog>(window, "CohortDialog");
    auto *reschedule = tests::requireChild<QLabel>(*dialog, "rescheduleLabel");
    CHECK(reschedule->isVisibleTo(dialog));
    CHECK(reschedule->text().contains(QStringLiteral("Calls with a date: 4")));
    tests::requireChild<QDateEdit>(*dialog, "startDateEdit")->setDate(QDate(2026, 3, 18));
    tests::requireChild<QTimeEdit>(*dialog, "timeEdit")->setTime(QTime(19, 0));
    CHECK(reschedule->text().contains(QStringLiteral("every call with a date, held or not, moves")));
    tests::requireChild<QLineEdit>(*dialog, "nameEdit")->setText(QStringLiteral("autumn CIRCLE"));
    tests::requireChild<QLineEdit>(*dialog, "hostsEdit")->setText(QStringLiteral("Chen"));
    auto *ok = tests::requireChild<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    ok->click();
    CHECK(dialog->isVisible());
    CHECK(tests::requireChild<QLabel>(*dialog, "problemLabel")->text().contains(QStringLiteral("already a cohort")));
    CHECK(workspace.roster().cohort(id).value().name == "Spring circle");
    CHECK(workspace.roster().members(id).value().empty());

    tests::requireChild<QLineEdit>(*dialog, "nameEdit")->setText(QStringLiteral("Spring circle"));
    ok->click();
    const auto calls = storage::ProgramRepository(temp.db()).calls(id).value();
    REQUIRE(calls.size() == 4);
    CHECK(calls[0].call.plannedStart == "2026-03-18T19:00");
    CHECK(calls[3].call.plannedStart == "2026-04-08T19:00");
    CHECK(workspace.program()->calls().front().call.plannedStart == "2026-03-18T19:00");
    REQUIRE(workspace.people()->rowCount() == 1);
    CHECK(workspace.people()->member(0).person.displayName == "Chen");
    CHECK(workspace.people()->member(0).role == core::Role::Host);
    CHECK(workspace.roster().cohort(id).value().weekday == 3);

    // The other areas show the new dates and name without switching cohorts.
    const QDateTime moved(QDate(2026, 3, 18), QTime(19, 0));
    auto *live = window.findChild<gui::LivePage *>();
    REQUIRE(live);
    const QString liveText = QLocale().toString(moved, QStringLiteral("ddd d MMM, HH:mm"));
    CHECK(tests::requireChild<QComboBox>(*live, "callCombo")->itemText(0).contains(liveText));
    const QString roomsText = QLocale().toString(moved.date(), QLocale::ShortFormat);
    CHECK(tests::requireChild<QComboBox>(window, "roomsCallCombo")->itemText(0).contains(roomsText));
}
