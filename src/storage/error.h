// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/csvreader.h"
#include "core/program/programproblem.h"
#include "core/rooms/roomplanfailure.h"
#include "core/rooms/roomrolerefusal.h"

#include <cstdint>
#include <optional>
#include <QString>
#include <vector>

namespace convener::storage {

// The tables a driver failure names, so that the words for "what could not be
// read" are chosen where they can be translated (models), not here.
enum class Table {
    Database, // the file or the connection as a whole
    Cohorts,
    People,
    Memberships,
    CohortCalls,
    CallRuns,
    BreakoutRounds,
    RoomAssignments,
    Attendance,
    KeepApart,
    RetroBoards,
    RetroColumns,
    RetroGroups,
    RetroCards,
    RetroVotes,
    RetroActions,
    Journals,
    JournalEntries,
    JournalDrafts,
};

// What went wrong, one value for each thing a person can be told. Storage
// never words a failure: it names the problem and hands over the facts, and
// models::describe() makes the sentence behind tr().
enum class Problem {
    // Any area: the database driver refused a statement or a transaction.
    ReadFailed, // table, detail
    WriteFailed, // table, detail
    SaveStartFailed, // table (what was being saved), detail
    SaveFailed, // table, detail

    // The database file and its backups.
    FileCreateFailed, // path, detail
    FileWriteFailed, // path, detail
    BackupTargetExists, // path
    BackupFolderFailed, // path: the backup that needed the folder
    AutomaticBackupFolderFailed, // path: the folder
    BackupFailed, // path, detail
    BackupMissing, // path
    DamagedNotMovedAside, // path
    RestoreCopyFailed, // path: the backup, target: the database, cause: why the copy failed
    RestoreSourceUnusable, // path: the backup, cause: why (it cannot be opened for reading, is empty, damaged, ...)
    RestoreNotPutInPlace, // path: the database, name: where the earlier one is kept, detail
    CheckFailed, // detail
    DamageFound, // detail: SQLite's words for it
    DanglingReference, // id: the row, name: its table, detail: the table whose row is missing
    BackupStopped,
    BackupSourceUnreadable, // path: the database, detail
    BackupStartFailed, // path, detail
    BackupWriteFailed, // path, detail
    BackupCheckFailed, // path, detail
    BackupUnhealthy, // path, detail: the first problems the check found
    BackupNotNamed, // path
    DatabaseNotAFile, // path
    DatabaseUnreadable, // path, detail
    DatabaseNotSqlite, // path
    DatabaseMissing, // path
    DatabaseNotCreated, // path
    DatabaseNotConvener, // path
    DatabaseTooNew, // path, count: the file's schema version
    DatabaseEmpty, // path: an empty file, or an SQLite file without tables, opened for reading
    DatabaseNeedsUpgrade, // path, count: the file's schema version
    DatabaseReadOnly, // path: the file or its disk does not allow writing
    DatabaseHardLinked, // path, count: the names the file has
    DatabaseLocked, // path, id: the process holding it (0 when unknown), name: its host
    LockFileFailed, // path: the lock file
    DatabaseDamaged, // path, detail: SQLite's words
    DatabaseCheckFoundDamage, // path, detail: the first problems the check found
    DatabaseOpenFailed, // path, detail
    DatabaseSetupFailed, // path, detail
    DatabaseReadFailed, // path, detail
    DatabaseCheckRunFailed, // path, detail
    UpgradeBackupFailed, // path, cause: why the backup failed
    UpgradeFailed, // path, cause: the step that failed
    MigrationStepFailed, // count: the schema version of the step (0: the current version could not be read), detail
    DatabaseDiskFull, // path, detail: the disk (or the server's quota) has no room for the write

    // A team server (PostgreSQL). path: the server as the person would type it, without a password.
    ServerAddressInvalid, // name: the address as given, value: the part that could not be read
    ServerUnreachable, // path, detail: the driver's words
    ServerLoginRefused, // path, name: the user
    ServerPasswordMissing, // path, name: the user: the server wants a password and none was given (address, PGPASSWORD,
                           // ~/.pgpass)
    ServerNotInTeam, // path, name: the user, value: the database: the login is not one of the database's
                     // group roles' members (see storage/serverroles.h)
    ServerCertificateRejected, // path, detail: the driver's words
    ServerDatabaseMissing, // path, name: the database
    ServerTooOld, // path, count: the server's version number (as server_version_num, e.g. 120005)
    ServerNotInitialised, // path: an empty database, waiting for `server init`
    ServerNotEmpty, // path, count: the tables of another program found there
    ServerUpgradeNeedsOwner, // path, name: the login that owns the schema, count: the database's schema version:
                             // an earlier Convener's database that only its owner may upgrade
    ServerConnectionLost, // path, detail
    ServerReadOnly, // path, detail: a login or a server that only allows reading
    ChangedElsewhere, // table, id: the row, name: who changed it, value: when (ISO 8601, UTC)

    // Copying a whole database between engines (db copy, a server's backup).
    CopySourceOutdated, // path: the source, count: its schema version (open it for writing once to upgrade it)
    CopyTargetNotEmpty, // path: the target, count: the rows it holds
    CopyFailed, // name: the table (empty: the transaction), detail
    CopyMismatch, // name: the table, detail: the counts and checksums of both sides
    FileOnlyCommand, // name: the command, path: the server: it works on a database file only

    // Cohorts, people and hosts.
    NoSuchCohort, // id
    CohortNotListed, // id: a cohort edited after it left the list
    CohortNotCurrent, // id: a cohort other than the one being worked with
    CohortNameTaken, // name
    CohortNameMissing,
    CohortStartDateInvalid, // name: the date as given
    CohortWeekdayInvalid,
    CohortStartTimeInvalid, // name: the time as given
    CohortVideoLinkInvalid, // name: the link as given
    DatedCallsNeedStart, // name: the cohort
    CallStartUnreadable, // call, name: the planned start as stored
    PeopleNeedNames, // a batch of new people, one without a name; nothing was saved
    PersonNeedsName,
    PersonGone, // name: the person to restore
    MemberGone, // name: the member who left the cohort meanwhile
    ImportFileUnreadable, // path, detail
    ImportFileTooLarge, // path, count: its size in MB
    ImportFileMalformed, // path, line, column, csvError: what the reader found (else detail: words to show)

    // A cohort's program and calls.
    NoSuchCall, // id (the cohort), call
    CallUnreadable, // id (the cohort), call, programProblem (the reader's first; none: the row holds no call)
    CallGone, // id (the cohort), call: it was removed while being edited
    CallsAlreadyChosen, // id, name (the cohort)
    NoSuchBuiltinProgram, // name (the program's id as typed)

    // Files written out: exports of a cohort's run sheets and calendar, rosters and boards.
    ExportOpenFailed, // path, detail
    ExportWriteFailed, // path, detail
    ExportCommitFailed, // path, detail
    ExportDiskFull, // path: nothing was written there; an earlier file at the path is as it was
    ExportTargetNotAFile, // path: a folder, a device, a pipe or a socket
    ExportTargetIsLink, // path: a symbolic link, which an export does not follow
    CohortWithoutCalls, // name: the cohort
    CalendarZoneUnknown, // name: the cohort, value: its time zone as stored
    CalendarCallWithoutStart, // call, name: the cohort, value: the call's start as stored
    CalendarNotWritten, // name: the cohort, detail: the calendar library's words

    // The live state of a call.
    SavedRunUnreadable, // call

    // Breakout rooms, attendance and keep-apart pairs.
    AttendanceOfStranger, // call, id (the person): no attendance was saved
    BadArrivalTime, // call, id (the person), name (the time as typed): no attendance was saved
    NoRoomsPlanned, // call
    NothingPlannedToRecord, // call
    NoSuchRound, // call, round, count (the call's last round)
    NoPlannedRound, // call, round
    // The next five check a round's rooms; table says what was refused:
    // BreakoutRounds a whole plan (which was not saved), RoomAssignments one round's rooms.
    RoundWithoutNumber, // call, table
    RoundGroupTooSmall, // call, round, table
    RoomEmpty, // call, round, count (the room), table
    SeatedStranger, // call, round, id (the person), table
    SeatedTwice, // call, round, id (the person), table
    RecordedRoundInPlan, // call, round: a plan cannot replace it
    RoundTwiceInPlan, // call, round
    RoundIsHistory, // call, round: a recorded round is not edited
    RoundAlreadyRecorded, // call, round
    EarlierRoundNotRecorded, // call, round (the earlier round, to record first)
    RoundHasNobody, // call, round
    PersonNotInRound, // call, round, id (the person)
    NoSuchRoom, // call, round, id (the room asked for), count (the last room there is to choose: a new one)
    RoleChangeRefused, // call, round, roleRefusal (why, and what the round's step allows)
    NoBreakoutSteps, // call
    NothingLeftToPlan, // call: every round of it has been recorded
    RoundUnplannable, // call, round, name (the step's title; may be empty), planFailure (the scheduler's reason)
    KeepApartUnplannable, // call, planFailure
    TooFewPeopleToPlan, // call, planFailure
    Unplannable, // call, planFailure
    KeptApartFromThemselves, // id (the person)
    KeepApartStranger, // id (the person)

    // Retro boards.
    RetroBoardGone, // id: the board
    RetroBoardCallTooLow, // call: the number asked for
    RetroBoardColumnCount, // count: the most columns a board holds
    RetroBoardExists, // id: the cohort, call
    RetroBoardColumnUntitled, // a column of a new board has no title
    RetroColumnNotOnBoard, // id: the column a card was written for
    RetroColumnGone, // id: the column
    RetroColumnsFixed, // id: the board, which follows a template
    RetroColumnUntitled, // a column renamed to nothing
    RetroColumnTitleTaken, // name: the title of the column that has it
    RetroCardsRevealed, // id: the board
    RetroTimerTooShort, // a phase timer of no time
    RetroCardNotGrouped, // id: the card
    RetroGroupNotMade, // no id for a new group
    RetroGroupUntitled, // a group renamed to nothing
    RetroGroupGone, // id: the group
    RetroActionUndescribed, // an action item without text
    RetroActionGone, // id: the action item
    // What the board's rules refused (core::RetroRefusal; models/retro/retrorefusal.h words it).
    RetroOutOfPhase, // count: the refused core::RetroEdit, round: the board's core::RetroPhase (enum values)
    RetroCardTextMissing, // a card without text
    RetroCardTextTooLong, // count: the most bytes a card holds
    RetroVoterMissing, // a vote with nobody casting it
    RetroCardGone, // id: the card, when storage looked it up itself
    RetroVotesUsedUp, // count: the votes each person gets
    RetroCardVotesUsedUp, // count: the votes one person may give one card
    RetroNoVoteToRetract, // the person has no vote on the card
    RetroVotesPerPersonOutOfRange, // count: the most votes a board may give each person
    RetroVotesPerCardOutOfRange, // votes per card below 1 or above votes per person
    RetroLimitsBelowVotesCast, // new limits below the votes already cast
    RetroAnonymityKept, // authors asked for on an anonymous board with cards
    RetroGroupSameCard, // a card dropped onto itself
    RetroGroupAcrossColumns, // cards of different columns
    RetroAlreadyGrouped, // both cards in one group already
    RetroDueCallOutOfRange, // count: the highest call number

    // Journals.
    JournalIdDamaged, // id: the person whose journal it is
    JournalKeysMismatched, // id: the person; a new journal's two key records do not match
    JournalCreateFailed, // id: the person, detail (the driver's; the person may have a journal already)
    JournalKeyRecordWrongKind, // id: the journal (its row)
    JournalKeyRecordOfAnother, // id: the journal (its row)
    JournalEntryNotSealed, // id: the journal (its row)
    JournalDraftNotSealed, // id: the journal (its row)
    JournalArchiveWithoutPassphrase, // id: the person importing it
    JournalArchiveEntryNotSealed, // id: the person importing it
    JournalArchiveDraftNotSealed, // id: the person importing it
    JournalAnotherHeld, // id: the person, who keeps another journal here
    JournalImportFailed, // id: the person, detail (the driver's; the journal may be someone else's here)
    DemoJournalSetUpFailed, // detail: the crypto library's words
};

// A storage failure: the problem and its facts. Which facts are set depends on
// the problem (see each value above); the rest keep their defaults.
struct Error
{
    Problem problem;
    Table table = Table::Database;
    std::int64_t id = 0; // the cohort, person, card, ... the problem is about
    int call = 0; // a call's number
    int round = 0; // a breakout round's number
    int count = 0; // a limit, a room number, a size
    int line = 0; // a line of a file, from 1
    int column = 0; // a column of that line, from 1
    QString name; // a name or text as the person typed it
    QString path; // a file, as the person would type it
    QString target; // a second file: where something was copied or moved to
    QString value; // a value as stored that the sentence quotes besides a name (a time zone, a start)
    QString detail; // the driver's or the system's own words, untranslated
    std::vector<Error> cause; // at most one: the failure this one comes from, told inside its sentence
    std::vector<Error> more; // further problems found by the same check, told after this one
    // A host's role change the round's step does not allow: too many facts of
    // their own (the step, the role asked, the choices) to spread over the above.
    std::optional<core::RoomRoleRefusal> roleRefusal;
    // What the program reader found wrong with a stored document.
    std::optional<core::ProgramProblem> programProblem;
    // What the CSV reader found wrong with a file to import.
    std::optional<core::CsvError> csvError;
    // Why the room planner could not plan: the scheduler's reason and the people it names.
    std::optional<core::RoomPlanFailure> planFailure;

    Error(Problem p)
        : problem(p)
    {
    } // NOLINT: a bare problem reads as an error

    // The facts, chained: Error(Problem::NoSuchRound).withCall(2).withRound(5).
    Error &inTable(Table t)
    {
        table = t;
        return *this;
    }
    Error &withId(std::int64_t v)
    {
        id = v;
        return *this;
    }
    Error &withCall(int v)
    {
        call = v;
        return *this;
    }
    Error &withRound(int v)
    {
        round = v;
        return *this;
    }
    Error &at(int l, int c)
    {
        line = l;
        column = c;
        return *this;
    }
    Error &withCount(int v)
    {
        count = v;
        return *this;
    }
    Error &withName(const QString &v)
    {
        name = v;
        return *this;
    }
    Error &withTarget(const QString &v)
    {
        target = v;
        return *this;
    }
    Error &withValue(const QString &v)
    {
        value = v;
        return *this;
    }
    Error &because(const Error &v)
    {
        cause = { v };
        return *this;
    }
    Error &withPath(const QString &v)
    {
        path = v;
        return *this;
    }
    Error &withDetail(const QString &v)
    {
        detail = v;
        return *this;
    }
    Error &withRoleRefusal(const core::RoomRoleRefusal &v)
    {
        roleRefusal = v;
        return *this;
    }
    Error &withProgramProblem(const core::ProgramProblem &v)
    {
        programProblem = v;
        return *this;
    }
    Error &withCsvError(const core::CsvError &v)
    {
        csvError = v;
        return *this;
    }
    Error &withPlanFailure(const core::RoomPlanFailure &v)
    {
        planFailure = v;
        return *this;
    }
};

} // namespace convener::storage
