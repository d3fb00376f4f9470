// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/storageerror.h"
#include "storage/serverroles.h"

#include "models/program/programproblemtext.h"
#include "models/retro/retrorefusal.h"
#include "models/rooms/roomrolerefusal.h"
#include "models/rooms/scheduleerrortext.h"
#include "models/roster/importproblemtext.h"
#include "storage/migrations.h"
#include "storage/roster/rosterrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace convener::models {
namespace {

using storage::Problem;
using storage::Table;

QString tr(const char *text)
{
    return QCoreApplication::translate("convener::models::StorageError", text);
}

// Why the room planner could not plan, in the scheduler's terms.
QString planReason(const storage::Error &e)
{
    return e.planFailure ? scheduleReason(*e.planFailure) : QString();
}

// What a table holds, as the object of "Could not read ..." and "Could not save ...".
QString contents(Table table)
{
    switch (table) {
    case Table::Database:
        return tr("the database");
    case Table::Cohorts:
        return tr("the cohorts");
    case Table::People:
        return tr("the people");
    case Table::Memberships:
        return tr("the cohort's members");
    case Table::CohortCalls:
        return tr("the cohort's calls");
    case Table::CallRuns:
        return tr("the live state of the call");
    case Table::BreakoutRounds:
        return tr("the breakout rounds");
    case Table::RoomAssignments:
        return tr("the rooms");
    case Table::Attendance:
        return tr("the attendance");
    case Table::KeepApart:
        return tr("the keep-apart pairs");
    case Table::RetroBoards:
        return tr("the retro board");
    case Table::RetroColumns:
        return tr("the board's columns");
    case Table::RetroGroups:
        return tr("the board's groups");
    case Table::RetroCards:
        return tr("the board's cards");
    case Table::RetroVotes:
        return tr("the board's votes");
    case Table::RetroActions:
        return tr("the action items");
    case Table::Journals:
        return tr("the journal");
    case Table::JournalEntries:
        return tr("the journal entries");
    case Table::JournalDrafts:
        return tr("the draft");
    }
    return tr("the database");
}

QString cause(const storage::Error &e)
{
    return e.cause.empty() ? QString() : describe(e.cause.front());
}

// The sentence for one problem, without the further ones.
QString sentence(const storage::Error &e)
{
    switch (e.problem) {
    case Problem::ReadFailed:
        return tr("Could not read %1: %2").arg(contents(e.table), e.detail);
    case Problem::WriteFailed:
    case Problem::SaveFailed:
        return tr("Could not save %1: %2").arg(contents(e.table), e.detail);
    case Problem::SaveStartFailed:
        return tr("Could not start saving %1: %2").arg(contents(e.table), e.detail);

    // The database file and its backups.
    case Problem::FileCreateFailed:
        return tr("Could not create %1: %2").arg(e.path, e.detail);
    case Problem::FileWriteFailed:
        return tr("Could not write %1: %2").arg(e.path, e.detail);
    case Problem::BackupTargetExists:
        return tr("%1 already exists; choose a new file for the backup.").arg(e.path);
    case Problem::BackupFolderFailed:
        return tr("Could not create the folder for %1.").arg(e.path);
    case Problem::AutomaticBackupFolderFailed:
        return tr("Could not create the backup folder %1.").arg(e.path);
    case Problem::BackupFailed:
        return tr("Could not back up to %1: %2").arg(e.path, e.detail);
    case Problem::BackupMissing:
        return tr("The backup %1 is not there.").arg(e.path);
    case Problem::DamagedNotMovedAside:
        return tr("Could not move the damaged %1 aside; nothing was changed.").arg(e.path);
    case Problem::RestoreCopyFailed:
        return tr("Could not copy %1 beside %2: %3 Nothing was changed.").arg(e.path, e.target, cause(e));
    case Problem::RestoreSourceUnusable:
        return tr("%1 cannot be restored from: %2 Nothing was changed.").arg(e.path, cause(e));
    case Problem::RestoreNotPutInPlace:
        return tr("The restored copy could not be put in place as %1 (%2). The earlier database was put back as it "
                  "was.")
            .arg(e.path, e.detail);
    case Problem::CheckFailed:
        return tr("The check could not run: %1").arg(e.detail);
    case Problem::DamageFound:
        return e.detail;
    case Problem::DanglingReference:
        return tr("row %1 of table %2 refers to a missing row of %3").arg(e.id).arg(e.name, e.detail);
    case Problem::BackupStopped:
        return tr("The backup was stopped before it was complete.");
    case Problem::BackupSourceUnreadable:
        return tr("Could not read %1 to back it up: %2").arg(e.path, e.detail);
    case Problem::BackupStartFailed:
        return tr("Could not start the backup %1: %2").arg(e.path, e.detail);
    case Problem::BackupWriteFailed:
        return tr("Could not write the backup %1: %2").arg(e.path, e.detail);
    case Problem::BackupCheckFailed:
        return tr("Could not check the backup %1: %2").arg(e.path, e.detail);
    case Problem::BackupUnhealthy:
        return tr("The backup %1 did not pass its check (%2), so it was not kept.").arg(e.path, e.detail);
    case Problem::BackupNotNamed:
        return tr("Could not give the backup its name %1.").arg(e.path);
    case Problem::DatabaseNotAFile:
        return tr("%1 is not a file. Choose a database file.").arg(e.path);
    case Problem::DatabaseUnreadable:
        return tr("Could not read %1: %2").arg(e.path, e.detail);
    case Problem::DatabaseNotSqlite:
        return tr("%1 is not a Convener database: it is not an SQLite file at all. Convener has not changed it.")
            .arg(e.path);
    case Problem::DatabaseMissing:
        return tr("There is no database at %1.").arg(e.path);
    case Problem::DatabaseNotCreated:
        return tr("Could not create the database %1. Check that the folder exists and is writable.").arg(e.path);
    case Problem::DatabaseNotConvener:
        return tr("%1 is an SQLite database of another program, not a Convener database. Convener has not changed "
                  "it.")
            .arg(e.path);
    case Problem::DatabaseTooNew:
        return tr("%1 was written by a newer Convener (database version %2; this Convener knows up to %3). Update "
                  "Convener to open it; the file has not been changed.")
            .arg(e.path)
            .arg(e.count)
            .arg(storage::Migrations::latestVersion());
    case Problem::DatabaseEmpty:
        return tr("%1 holds no Convener database: it is empty. Nothing was changed; opening it in Convener, or a "
                  "command that writes, creates one.")
            .arg(e.path);
    case Problem::DatabaseNeedsUpgrade:
        return tr("%1 was made by an earlier Convener (database version %2; this Convener uses version %3). A command "
                  "that only reads does not upgrade it: open it in Convener, or run a command that writes, and it is "
                  "upgraded after a backup. Nothing was changed.")
            .arg(e.path)
            .arg(e.count)
            .arg(storage::Migrations::latestVersion());
    case Problem::DatabaseReadOnly:
        return tr("%1 is read-only: its file permissions or its disk do not let Convener save to it. Nothing was "
                  "changed. Make it writable (for example with chmod u+w), or work on a copy.")
            .arg(e.path);
    case Problem::DatabaseHardLinked:
        return tr("%1 has %2 names on disk (hard links), so two Convener windows could open it under different names "
                  "and overwrite each other's work. Nothing was changed. Copy it to a file of its own and open the "
                  "copy.")
            .arg(e.path)
            .arg(e.count);
    case Problem::DatabaseLocked: {
        const QString who = e.id > 0 ? tr(" (process %1 on %2)").arg(e.id).arg(e.name) : QString();
        return tr("The database %1 is already open in another Convener%2. Close that window first, or open a "
                  "different database.")
            .arg(e.path, who);
    }
    case Problem::LockFileFailed:
        return tr("Could not create the lock file %1 next to the database. Check that the folder is writable.")
            .arg(e.path);
    case Problem::DatabaseDamaged:
        return tr("The database %1 is damaged (SQLite says: %2). Convener has not changed it. Restore a backup, or "
                  "open another database.")
            .arg(e.path, e.detail);
    case Problem::DatabaseCheckFoundDamage:
        return tr("The database %1 is damaged (%2). Convener has not changed it. Restore a backup, or open another "
                  "database.")
            .arg(e.path, e.detail);
    case Problem::DatabaseOpenFailed:
        return tr("Could not open the database %1: %2").arg(e.path, e.detail);
    case Problem::DatabaseSetupFailed:
        return tr("Could not set up the database %1: %2").arg(e.path, e.detail);
    case Problem::DatabaseReadFailed:
        return tr("Could not read the database %1: %2").arg(e.path, e.detail);
    case Problem::DatabaseCheckRunFailed:
        return tr("Could not check the database %1: %2").arg(e.path, e.detail);
    case Problem::UpgradeBackupFailed:
        return tr("Convener needs to upgrade %1 and backs it up first, but the backup failed: %2 Nothing was "
                  "changed.")
            .arg(e.path, cause(e));
    case Problem::UpgradeFailed:
        return tr("Could not bring the database %1 up to date: %2. It was left as it was before.")
            .arg(e.path, cause(e));
    case Problem::MigrationStepFailed:
        return e.count == 0 ? tr("the schema version could not be read")
                            : tr("step %1 failed: %2").arg(e.count).arg(e.detail);
    case Problem::DatabaseDiskFull:
        if (e.path.isEmpty()) {
            //: %1 is what was being saved ("the people")
            return tr("Could not save %1: the database's disk is full (on a team server: its disk or its quota). "
                      "Nothing of this change was stored; what was saved before is safe. Free some space (on a "
                      "server, ask its administrator) and try again.")
                .arg(contents(e.table));
        }
        return tr("There is no room left on the disk of %1, so Convener cannot save to it. Nothing was changed. Free "
                  "some space and try again.")
            .arg(e.path);

    // A team server.
    case Problem::ServerAddressInvalid:
        return tr("'%1' is not a server address Convener can read (at '%2'). Write it as "
                  "postgresql://user@host:port/database, for example postgresql://maria@db.example.org:5432/cohorts.")
            .arg(e.name, e.value);
    case Problem::ServerUnreachable:
        return tr("Could not reach the team server %1: %2 Check the address and your network, or ask whoever runs "
                  "the server whether it is up.")
            .arg(e.path, e.detail);
    case Problem::ServerLoginRefused:
        return tr("The team server %1 did not accept the login '%2': the user or the password is wrong, or the "
                  "login has ended. Nothing was changed.")
            .arg(e.path, e.name);
    case Problem::ServerPasswordMissing:
        return tr("The team server %1 wants a password for the login '%2', and none was given: not in the "
                  "address, PGPASSWORD, ~/.pgpass or this computer's keychain.")
            .arg(e.path, e.name);
    case Problem::ServerNotInTeam: {
        const storage::GroupRoles roles = storage::GroupRoles::of(e.value);
        return tr("The team server %1 knows the login '%2', but it is not on the team of the database '%3', so "
                  "it may not connect. Ask the database's owner or a host to add it: GRANT %4 TO %2 (or %5).")
            .arg(e.path, e.name, e.value, roles.coHosts, roles.hosts);
    }
    case Problem::ServerUpgradeNeedsOwner:
        return tr("The team server %1 holds the team's data in the form an earlier Convener wrote (schema version "
                  "%2; this Convener uses %3), and only the database's owner, '%4', may bring it up to date. Ask them "
                  "to open it once with this version of Convener, or to run convener-cli server init with their own "
                  "login; until then, use the Convener version the team used before. Nothing was changed.")
            .arg(e.path)
            .arg(e.count)
            .arg(storage::Migrations::latestVersion())
            .arg(e.name);
    case Problem::ServerCertificateRejected:
        return tr("The team server %1 could not prove it is the server you asked for (%2). Convener did not send "
                  "anything to it. Check the address, or the certificate the server's owner gave you.")
            .arg(e.path, e.detail);
    case Problem::ServerDatabaseMissing:
        return tr("The team server %1 has no database named '%2'. Check the name, or ask the server's owner to "
                  "create it.")
            .arg(e.path, e.name);
    case Problem::ServerTooOld: {
        const int major = e.count / 10000;
        return tr("The team server %1 runs PostgreSQL %2; Convener needs PostgreSQL 13 or newer. Nothing was "
                  "changed.")
            .arg(e.path)
            .arg(major);
    }
    case Problem::ServerNotInitialised:
        return tr("The database %1 has no Convener data yet. Set it up once with: convener-cli server init %1")
            .arg(e.path);
    case Problem::ServerNotEmpty:
        return QCoreApplication::translate("convener::models::StorageError",
            "The database %1 already holds %n table(s) of another program, so Convener will not set it up there. "
            "Nothing was changed. Use an empty database.",
            nullptr, e.count)
            .arg(e.path);
    case Problem::ServerConnectionLost:
        if (e.path.isEmpty())
            return tr("The connection to the team server was lost (%1); Convener connects again by itself.")
                .arg(e.detail);
        return tr("The connection to the team server %1 was lost (%2); Convener connects again by itself.")
            .arg(e.path, e.detail);
    case Problem::ServerReadOnly:
        return tr("The team server %1 only allows reading for this login: %2").arg(e.path, e.detail);
    case Problem::CopySourceOutdated:
        return tr("%1 has an older Convener schema (version %2). Open it for writing once (for example with "
                  "convener-cli db check after opening it in Convener) so it is upgraded, then copy it.")
            .arg(e.path)
            .arg(e.count);
    case Problem::CopyTargetNotEmpty:
        return tr("%1 already holds data (%2 rows), and a copy never mixes two databases. Nothing was copied. "
                  "Copy into a new file, or a server database just set up with convener-cli server init.")
            .arg(e.path)
            .arg(e.count);
    case Problem::CopyFailed:
        return e.name.isEmpty() ? tr("The copy could not be stored: %1. Nothing was kept.").arg(e.detail)
                                : tr("Copying %1 failed: %2. Nothing was kept.").arg(e.name, e.detail);
    case Problem::CopyMismatch:
        return tr("The copy of %1 does not read back the same as the original (%2), so nothing was kept.")
            .arg(e.name, e.detail);
    case Problem::FileOnlyCommand:
        return tr("'%1' works on a database file, and %2 is a team server. See docs/team-server.md for backing up "
                  "and restoring a server.")
            .arg(e.name, e.path);
    case Problem::ChangedElsewhere: {
        if (e.table == Table::CallRuns) {
            const QDateTime at = QDateTime::fromString(e.value, Qt::ISODate);
            const QString who = e.name.isEmpty() ? tr("Another Convener") : e.name;
            //: %1 who drives the run, %2 the call's number, %3 the local time of their last change
            return tr("%1 is driving the live run of call %2 (last change at %3), so this Convener did not store "
                      "its own and now follows theirs. Use Take over in the Live area to drive the run from here.")
                .arg(who)
                .arg(e.call)
                .arg(at.isValid() ? QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)
                                  : tr("an unknown time"));
        }
        const QString who = e.name.isEmpty() ? tr("Someone else") : e.name;
        QString what = contents(e.table);
        if (e.table == Table::CohortCalls && e.call > 0)
            what = tr("call %1").arg(e.call);
        else if (e.table == Table::People)
            what = tr("this person's details");
        else if (e.table == Table::Attendance && e.call > 0)
            what = tr("this person's attendance at call %1").arg(e.call);
        else if (e.table == Table::BreakoutRounds && e.call > 0)
            what = tr("the rooms of call %1").arg(e.call);
        else if (e.table == Table::RetroBoards)
            what = tr("the retro board's phase or settings");
        else if (e.table == Table::RetroActions)
            what = tr("this action item");
        else if (e.table == Table::RetroCards)
            what = tr("this card");
        else if (e.table == Table::RetroColumns)
            what = tr("this column's title or groups");
        const QDateTime at = QDateTime::fromString(e.value, Qt::ISODate);
        if (at.isValid()) {
            //: %1 is what changed ("call 3"), %2 the local time it was changed
            what = tr("%1 at %2").arg(what, QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat));
        }
        return tr("%1 changed %2 after you last saw it, so your change was not saved. The view now shows "
                  "their version; make your change again if it is still needed.")
            .arg(who, what);
    }

    // Cohorts, people and hosts.
    case Problem::NoSuchCohort:
        return tr("There is no cohort with id %1.").arg(e.id);
    case Problem::CohortNotListed:
        return tr("This cohort is no longer in the list; nothing was changed.");
    case Problem::CohortNotCurrent:
        return tr("Only the cohort you are working with can be edited here.");
    case Problem::CohortNameTaken:
        return tr("There is already a cohort named '%1'. Choose another name.").arg(e.name);
    case Problem::CohortNameMissing:
        return tr("A cohort needs a name.");
    case Problem::CohortStartDateInvalid:
        return tr("The start date '%1' is not a date written as YYYY-MM-DD.").arg(e.name);
    case Problem::CohortWeekdayInvalid:
        return tr("The weekday must be 1 (Monday) to 7 (Sunday).");
    case Problem::CohortStartTimeInvalid:
        return tr("The start time '%1' is not a time written as HH:MM.").arg(e.name);
    case Problem::CohortVideoLinkInvalid:
        return tr("The video-call link '%1' is not a web address starting with https:// or http://.").arg(e.name);
    case Problem::DatedCallsNeedStart:
        return tr("The calls of '%1' have dates, so the cohort needs the date and time of its first call to move "
                  "them by.")
            .arg(e.name);
    case Problem::CallStartUnreadable:
        return tr("Call %1 has the planned start '%2', which is not a date and time written as YYYY-MM-DDTHH:MM; "
                  "nothing was changed.")
            .arg(e.call)
            .arg(e.name);
    case Problem::PeopleNeedNames:
        return tr("Every person needs a name; nothing was saved.");
    case Problem::PersonNeedsName:
        return tr("A person needs a name.");
    case Problem::PersonGone:
        return tr("Could not restore %1: the person is no longer in the database.").arg(e.name);
    case Problem::MemberGone:
        return tr("%1 is no longer in this cohort.").arg(e.name);
    case Problem::ImportFileUnreadable:
        return tr("%1: could not open the file: %2").arg(e.path, e.detail);
    case Problem::ImportFileTooLarge:
        return tr("%1: the file is %2 MB; a participant list is expected to be far smaller.").arg(e.path).arg(e.count);
    case Problem::ImportFileMalformed:
        return tr("%1:%2:%3: %4")
            .arg(e.path)
            .arg(e.line)
            .arg(e.column)
            .arg(e.csvError ? describe(*e.csvError) : e.detail);

        // A cohort's program and calls.
    case Problem::NoSuchCall:
        return tr("This cohort has no call %1.").arg(e.call);
    case Problem::CallUnreadable:
        return tr("Call %1 of this cohort could not be read: %2")
            .arg(e.call)
            .arg(e.programProblem ? describe(*e.programProblem) : tr("it is not a call"));
    case Problem::CallGone:
        return tr("Call %1 is no longer in the database.").arg(e.call);
    case Problem::CallsAlreadyChosen:
        return tr("The cohort '%1' already has its calls; adapt them instead of choosing a program again.").arg(e.name);
    case Problem::NoSuchBuiltinProgram:
        return tr("There is no built-in program '%1'. 'convener-cli template list' shows the programs there are.")
            .arg(e.name);

        // Files written out.
    case Problem::ExportOpenFailed:
    case Problem::ExportWriteFailed:
        return tr("Could not write %1: %2").arg(e.path, e.detail);
    case Problem::ExportCommitFailed:
        return tr("Could not save %1: %2").arg(e.path, e.detail);
    case Problem::ExportDiskFull:
        return tr("Could not write %1: the disk is full. Nothing was written there, and a file that was there "
                  "before is as it was. Free some space and export again.")
            .arg(e.path);
    case Problem::ExportTargetNotAFile:
        return tr("Could not write %1: it is not a regular file (a folder, a device or a pipe), and an export only "
                  "writes a new file or replaces a file. Choose another name.")
            .arg(e.path);
    case Problem::ExportTargetIsLink:
        return tr("Could not write %1: it is a symbolic link, which an export does not follow. Give the path of the "
                  "file it points to, or another name.")
            .arg(e.path);
    case Problem::CohortWithoutCalls:
        return tr("The cohort '%1' has no calls yet; choose a program for it first.").arg(e.name);
    case Problem::CalendarZoneUnknown:
        return tr("The time zone '%1' of the cohort '%2' is not one a calendar knows. "
                  "Choose a zone such as Europe/Berlin in the cohort's settings.")
            .arg(e.value, e.name);
    case Problem::CalendarCallWithoutStart:
        return tr("Call %1 of the cohort '%2' has no valid start ('%3'); give the cohort a "
                  "start date or set the call's date and time.")
            .arg(e.call)
            .arg(e.name, e.value);
    case Problem::CalendarNotWritten:
        return tr("Could not write the calendar of the cohort '%1': %2").arg(e.name, e.detail);

        // The live state of a call.
    case Problem::SavedRunUnreadable:
        return tr("The saved live state of call %1 could not be read; start the call again.").arg(e.call);

        // Breakout rooms, attendance and keep-apart pairs.
    case Problem::AttendanceOfStranger:
        return tr("Person %1 is not a member of the cohort; no attendance was saved.").arg(e.id);
    case Problem::BadArrivalTime:
        return tr("The arrival time '%1' is not a time like 18:20; no attendance was saved.").arg(e.name);
    case Problem::NoRoomsPlanned:
        return tr("Call %1 has no rooms planned yet.").arg(e.call);
    case Problem::NothingPlannedToRecord:
        return tr("Call %1 has no rooms planned yet; plan them first.").arg(e.call);
    case Problem::NoSuchRound:
        return tr("Call %1 has no round %2; its rounds are 1 to %3.").arg(e.call).arg(e.round).arg(e.count);
    case Problem::NoPlannedRound:
        return tr("Call %1 has no planned round %2.").arg(e.call).arg(e.round);
    case Problem::RoundWithoutNumber:
    case Problem::RoundGroupTooSmall:
    case Problem::RoomEmpty:
    case Problem::SeatedStranger:
    case Problem::SeatedTwice: {
        QString text;
        if (e.problem == Problem::RoundWithoutNumber)
            text = tr("A round of call %1 has no number.").arg(e.call);
        else if (e.problem == Problem::RoundGroupTooSmall)
            text = tr("The rooms of round %1 of call %2 need a group size of at least 2.").arg(e.round).arg(e.call);
        else if (e.problem == Problem::RoomEmpty)
            text = tr("Room %1 of round %2 of call %3 is empty.").arg(e.count).arg(e.round).arg(e.call);
        else if (e.problem == Problem::SeatedStranger)
            text = tr("Person %1 in round %2 of call %3 is not a member of the cohort.")
                       .arg(e.id)
                       .arg(e.round)
                       .arg(e.call);
        else
            text = tr("Person %1 sits in two rooms of round %2 of call %3.").arg(e.id).arg(e.round).arg(e.call);
        // A whole plan is refused at once: none of it was stored.
        return e.table == Table::BreakoutRounds ? tr("%1 The plan was not saved.").arg(text) : text;
    }
    case Problem::RecordedRoundInPlan:
        return tr("round %1 of call %2 has been recorded; a plan cannot replace it.").arg(e.round).arg(e.call);
    case Problem::RoundTwiceInPlan:
        return tr("The plan has round %1 of call %2 twice.").arg(e.round).arg(e.call);
    case Problem::RoundIsHistory:
        return tr("round %1 of call %2 has been recorded; it is history and stays as it was run.")
            .arg(e.round)
            .arg(e.call);
    case Problem::RoundAlreadyRecorded:
        return tr("round %1 of call %2 is already recorded.").arg(e.round).arg(e.call);
    case Problem::EarlierRoundNotRecorded:
        return tr("Record round %1 of call %2 first: rounds are recorded in the order they run.")
            .arg(e.round)
            .arg(e.call);
    case Problem::RoundHasNobody:
        return tr("round %1 of call %2 has nobody in its rooms; plan it again first.").arg(e.round).arg(e.call);
    case Problem::PersonNotInRound:
        return tr("Person %1 is not in round %2 of call %3.").arg(e.id).arg(e.round).arg(e.call);
    case Problem::NoSuchRoom:
        return tr("Room %1 does not exist in round %2 of call %3; choose a room from 1 to %4.")
            .arg(e.id)
            .arg(e.round)
            .arg(e.call)
            .arg(e.count);
    case Problem::RoleChangeRefused:
        return tr("Round %1 of call %2: %3")
            .arg(QString::number(e.round), QString::number(e.call),
                e.roleRefusal ? describe(*e.roleRefusal) : QString());
    case Problem::NoBreakoutSteps:
        return tr("Call %1 has no breakout steps, so there are no rooms to plan.").arg(e.call);
    case Problem::NothingLeftToPlan:
        return tr("Every round of the call has been recorded; there is nothing left to plan.");
    case Problem::RoundUnplannable:
        return e.name.isEmpty() ? tr("Round %1: %2.").arg(QString::number(e.round), planReason(e))
                                : tr("Round %1 (%2): %3.").arg(QString::number(e.round), e.name, planReason(e));
    case Problem::KeepApartUnplannable:
        return tr("Keep-apart pairs: %1.").arg(planReason(e));
    case Problem::TooFewPeopleToPlan:
        return tr("Too few people to plan rooms: %1.").arg(planReason(e));
    case Problem::Unplannable:
        return tr("%1.").arg(planReason(e));
    case Problem::KeptApartFromThemselves:
        return tr("A person cannot be kept apart from themselves.");
    case Problem::KeepApartStranger:
        return tr("Person %1 is not a member of the cohort.").arg(e.id);

    // Retro boards.
    case Problem::RetroBoardGone:
        return tr("The retro board is no longer in the database.");
    case Problem::RetroBoardCallTooLow:
        return tr("A retro board belongs to a call numbered from 1.");
    case Problem::RetroBoardColumnCount:
        return tr("A retro board needs between 1 and %1 columns.").arg(e.count);
    case Problem::RetroBoardExists:
        return tr("Call %1 of this cohort already has a retro board.").arg(e.call);
    case Problem::RetroBoardColumnUntitled:
        return tr("Every column of a retro board needs a title.");
    case Problem::RetroColumnNotOnBoard:
        return tr("That column is not on this board.");
    case Problem::RetroColumnGone:
        return tr("That column is no longer on the board.");
    case Problem::RetroColumnsFixed:
        return tr("Only the columns of a board with custom columns can be renamed; this board follows a template.");
    case Problem::RetroColumnUntitled:
        return tr("A column needs a title.");
    case Problem::RetroColumnTitleTaken:
        return tr("The board already has a column \"%1\"; give each column its own title.").arg(e.name);
    case Problem::RetroCardsRevealed:
        return tr("The cards have been revealed; they cannot be hidden again.");
    case Problem::RetroTimerTooShort:
        return tr("A phase timer needs a duration of at least one second.");
    case Problem::RetroCardNotGrouped:
        return tr("That card is not in a group.");
    case Problem::RetroGroupNotMade:
        return tr("Could not make a group.");
    case Problem::RetroGroupUntitled:
        return tr("A group needs a title.");
    case Problem::RetroGroupGone:
        return tr("That group is no longer on the board.");
    case Problem::RetroActionUndescribed:
        return tr("An action item needs a description.");
    case Problem::RetroActionGone:
        return tr("That action item is no longer on the board.");
    // The board's rules have their words in models/retro/retrorefusal.cpp, one sentence per rule.
    case Problem::RetroOutOfPhase:
        return describe(core::RetroRefusal::outOfPhase(
            static_cast<core::RetroEdit>(e.count), static_cast<core::RetroPhase>(e.round)));
    case Problem::RetroCardTextMissing:
        return describe(core::RetroRefusal(core::RetroRefusal::Kind::CardTextMissing));
    case Problem::RetroCardTextTooLong:
        return describe(core::RetroRefusal(core::RetroRefusal::Kind::CardTextTooLong, e.count));
    case Problem::RetroVoterMissing:
        return describe(core::RetroRefusal(core::RetroRefusal::Kind::VoterMissing));
    case Problem::RetroCardGone:
        return describe(core::RetroRefusal(core::RetroRefusal::Kind::CardGone));
    case Problem::RetroVotesUsedUp:
        return describe(core::RetroRefusal(core::RetroRefusal::Kind::VotesUsedUp, e.count));
    case Problem::RetroCardVotesUsedUp:
        return describe(core::RetroRefusal(core::RetroRefusal::Kind::CardVotesUsedUp, e.count));
    case Problem::RetroNoVoteToRetract:
        return describe(core::RetroRefusal(core::RetroRefusal::Kind::NoVoteToRetract));
    case Problem::RetroVotesPerPersonOutOfRange:
        return describe(core::RetroRefusal(core::RetroRefusal::Kind::VotesPerPersonOutOfRange, e.count));
    case Problem::RetroVotesPerCardOutOfRange:
        return describe(core::RetroRefusal(core::RetroRefusal::Kind::VotesPerCardOutOfRange));
    case Problem::RetroLimitsBelowVotesCast:
        return describe(core::RetroRefusal(core::RetroRefusal::Kind::LimitsBelowVotesCast));
    case Problem::RetroAnonymityKept:
        return describe(core::RetroRefusal(core::RetroRefusal::Kind::AnonymityKept));
    case Problem::RetroGroupSameCard:
        return describe(core::RetroRefusal(core::RetroRefusal::Kind::GroupSameCard));
    case Problem::RetroGroupAcrossColumns:
        return describe(core::RetroRefusal(core::RetroRefusal::Kind::GroupAcrossColumns));
    case Problem::RetroAlreadyGrouped:
        return describe(core::RetroRefusal(core::RetroRefusal::Kind::AlreadyGrouped));
    case Problem::RetroDueCallOutOfRange:
        return describe(core::RetroRefusal(core::RetroRefusal::Kind::DueCallOutOfRange, e.count));

    // Journals.
    case Problem::JournalIdDamaged:
        return tr("The journal of person %1 has a damaged id in the database.").arg(e.id);
    case Problem::JournalKeysMismatched:
        return tr("The journal's key records do not belong together; nothing was saved.");
    case Problem::JournalCreateFailed:
        return tr("Could not create the journal (does this person already have one?): %1").arg(e.detail);
    case Problem::JournalKeyRecordWrongKind:
        return tr("The new key record is of the wrong kind; nothing was changed.");
    case Problem::JournalKeyRecordOfAnother:
        return tr("The new key record belongs to another journal; nothing was changed.");
    case Problem::JournalEntryNotSealed:
        return tr("The journal entry was not sealed properly; nothing was saved.");
    case Problem::JournalDraftNotSealed:
        return tr("The draft was not sealed properly; nothing was saved.");
    case Problem::JournalArchiveWithoutPassphrase:
        return tr("The journal archive carries no passphrase record; nothing was imported.");
    case Problem::JournalArchiveEntryNotSealed:
        return tr("The journal archive holds an entry that is not sealed; nothing was imported.");
    case Problem::JournalArchiveDraftNotSealed:
        return tr("The journal archive holds a draft that is not sealed; nothing was imported.");
    case Problem::JournalAnotherHeld:
        return tr("This person already has another journal here. One person keeps one journal; nothing was imported.");
    case Problem::JournalImportFailed:
        return tr("Could not import the journal (is it already in this database for someone else?): %1").arg(e.detail);
    case Problem::DemoJournalSetUpFailed:
        return tr("Could not set up the demo journal: %1").arg(e.detail);
    }
    return e.detail;
}

} // namespace

QString describe(const storage::Error &error)
{
    QString text = sentence(error);
    for (const storage::Error &further : error.more)
        text += QLatin1Char(' ') + describe(further);
    return text;
}

QString describe(const storage::DatabaseError &error)
{
    return error.isError() ? describe(error.error) : QString();
}

QString describe(const std::vector<core::CohortProblem> &problems)
{
    return problems.empty() ? QString() : describe(storage::cohortError(problems));
}

} // namespace convener::models
