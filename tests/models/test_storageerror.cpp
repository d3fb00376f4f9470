// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/storageerror.h"

#include <catch2/catch.hpp>
#include <QDateTime>
#include <QLocale>

using namespace convener;
using storage::Error;
using storage::Problem;
using storage::Table;

TEST_CASE("Storage errors: a driver failure names what could not be read or saved, with the driver's words")
{
    CHECK(models::describe(
              Error(Problem::ReadFailed).inTable(Table::RetroCards).withDetail(QStringLiteral("disk I/O error")))
        == QStringLiteral("Could not read the board's cards: disk I/O error"));
    CHECK(models::describe(
              Error(Problem::WriteFailed).inTable(Table::People).withDetail(QStringLiteral("database or disk is full")))
        == QStringLiteral("Could not save the people: database or disk is full"));
    CHECK(models::describe(
              Error(Problem::SaveStartFailed).inTable(Table::Cohorts).withDetail(QStringLiteral("database is locked")))
        == QStringLiteral("Could not start saving the cohorts: database is locked"));
}

TEST_CASE("Storage errors: a write a full disk refused says what was not saved and that nothing else was lost")
{
    const QString text
        = models::describe(Error(Problem::DatabaseDiskFull)
                               .inTable(Table::People)
                               .withDetail(QStringLiteral("ERROR:  could not extend file: No space left on device")));
    CHECK(text.startsWith(QStringLiteral("Could not save the people: the database's disk is full")));
    CHECK(text.contains(QStringLiteral("what was saved before is safe")));
    // Opening a file on a full disk names the file.
    CHECK(models::describe(Error(Problem::DatabaseDiskFull).withPath(QStringLiteral("/home/ana/cohorts.sqlite")))
              .contains(QStringLiteral("/home/ana/cohorts.sqlite")));
    // The run's driver, named when another Convener saved it last.
    const QString driven = models::describe(Error(Problem::ChangedElsewhere)
                                                .inTable(Table::CallRuns)
                                                .withCall(2)
                                                .withName(QStringLiteral("maya"))
                                                .withValue(QStringLiteral("2026-12-08T17:04:00Z")));
    CHECK(driven.startsWith(QStringLiteral("maya is driving the live run of call 2")));
    CHECK(driven.contains(QStringLiteral("Take over")));
}

TEST_CASE("Storage errors: further problems of one check follow the first in one paragraph")
{
    Error e(Problem::CohortNameMissing);
    e.more.push_back(Error(Problem::CohortStartTimeInvalid).withName(QStringLiteral("7:30")));
    CHECK(models::describe(e)
        == QStringLiteral("A cohort needs a name. The start time '7:30' is not a time written as HH:MM."));
}

TEST_CASE("Storage errors: each problem of a cohort as typed is told with what was typed")
{
    core::Cohort c;
    c.name = " ";
    c.startDate = "2026-02-30";
    c.weekday = 9;
    c.startTime = "25:00";
    c.videoLink = "the usual room";
    CHECK(models::describe(core::validateCohort(c))
        == QStringLiteral(
            "A cohort needs a name. "
            "The start date '2026-02-30' is not a date written as YYYY-MM-DD. "
            "The weekday must be 1 (Monday) to 7 (Sunday). "
            "The start time '25:00' is not a time written as HH:MM. "
            "The video-call link 'the usual room' is not a web address starting with https:// or http://."));
    c = core::Cohort();
    c.name = "Fine";
    CHECK(models::describe(core::validateCohort(c)).isEmpty());
}

TEST_CASE("Storage errors: the roster's refusals name the cohort, the person or the file")
{
    CHECK(
        models::describe(Error(Problem::NoSuchCohort).withId(42)) == QStringLiteral("There is no cohort with id 42."));
    CHECK(models::describe(Error(Problem::CohortNameTaken).withName(QStringLiteral("Spring")))
        == QStringLiteral("There is already a cohort named 'Spring'. Choose another name."));
    CHECK(models::describe(Error(Problem::CallStartUnreadable).withCall(3).withName(QStringLiteral("soon")))
        == QStringLiteral("Call 3 has the planned start 'soon', which is not a date and time written as "
                          "YYYY-MM-DDTHH:MM; nothing was changed."));
    CHECK(models::describe(Error(Problem::MemberGone).withName(QStringLiteral("Ada")))
        == QStringLiteral("Ada is no longer in this cohort."));
    CHECK(models::describe(Error(Problem::ImportFileMalformed)
                               .withPath(QStringLiteral("/tmp/p.csv"))
                               .at(4, 7)
                               .withDetail(QStringLiteral("a quote is not closed")))
        == QStringLiteral("/tmp/p.csv:4:7: a quote is not closed"));
    CHECK(models::describe(Error(Problem::ImportFileTooLarge).withPath(QStringLiteral("/tmp/p.csv")).withCount(12))
        == QStringLiteral("/tmp/p.csv: the file is 12 MB; a participant list is expected to be far smaller."));
}

TEST_CASE("Storage errors: a file written out names the file, the cohort and what was wrong")
{
    const QString path = QStringLiteral("/home/host/run-sheet.md");
    CHECK(models::describe(
              Error(Problem::ExportWriteFailed).withPath(path).withDetail(QStringLiteral("No space left on device")))
        == QStringLiteral("Could not write /home/host/run-sheet.md: No space left on device"));
    CHECK(models::describe(
              Error(Problem::ExportCommitFailed).withPath(path).withDetail(QStringLiteral("Permission denied")))
        == QStringLiteral("Could not save /home/host/run-sheet.md: Permission denied"));
    CHECK(models::describe(Error(Problem::CohortWithoutCalls).withName(QStringLiteral("Spring")))
        == QStringLiteral("The cohort 'Spring' has no calls yet; choose a program for it first."));
    CHECK(models::describe(Error(Problem::CalendarZoneUnknown)
                               .withName(QStringLiteral("Spring"))
                               .withValue(QStringLiteral("Mars/Olympus")))
        == QStringLiteral("The time zone 'Mars/Olympus' of the cohort 'Spring' is not one a calendar knows. "
                          "Choose a zone such as Europe/Berlin in the cohort's settings."));
    CHECK(models::describe(Error(Problem::CalendarCallWithoutStart)
                               .withCall(3)
                               .withName(QStringLiteral("Spring"))
                               .withValue(QStringLiteral("someday")))
        == QStringLiteral("Call 3 of the cohort 'Spring' has no valid start ('someday'); give the cohort a "
                          "start date or set the call's date and time."));
}

TEST_CASE("Storage errors: a cohort edited from a stale list or another cohort's screen is refused in words")
{
    CHECK(models::describe(Error(Problem::CohortNotListed).withId(4))
        == QStringLiteral("This cohort is no longer in the list; nothing was changed."));
    CHECK(models::describe(Error(Problem::CohortNotCurrent).withId(4))
        == QStringLiteral("Only the cohort you are working with can be edited here."));
}

TEST_CASE("Storage errors: a change refused because someone else changed the row names who, what and when")
{
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-01-13T17:02:41Z"), Qt::ISODate);
    const QString local = QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
    CHECK(models::describe(Error(Problem::ChangedElsewhere)
                               .inTable(Table::CohortCalls)
                               .withCall(3)
                               .withName(QStringLiteral("maya"))
                               .withValue(QStringLiteral("2026-01-13T17:02:41Z")))
        == QStringLiteral("maya changed call 3 at %1 after you last saw it, so your change was not saved. The view "
                          "now shows their version; make your change again if it is still needed.")
               .arg(local));
    // A row changed in a database file, or a stamp that does not read: no name, no time.
    CHECK(models::describe(Error(Problem::ChangedElsewhere).inTable(Table::People))
        == QStringLiteral(
            "Someone else changed this person's details after you last saw it, so your change was not saved. The "
            "view now shows their version; make your change again if it is still needed."));
}
