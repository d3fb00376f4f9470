// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <QString>

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

    // Cohorts, people and hosts.

    // A cohort's program and calls.

    // The live state of a call.

    // Breakout rooms, attendance and keep-apart pairs.

    // Retro boards.

    // Journals.

    // Not yet given a kind of its own: detail holds the whole sentence.
    Said,
};

// A storage failure: the problem and its facts. Which facts are set depends on
// the problem (see each value above); the rest keep their defaults.
struct Error
{
    Problem problem = Problem::Said;
    Table table = Table::Database;
    std::int64_t id = 0; // the cohort, person, card, ... the problem is about
    int call = 0; // a call's number
    int round = 0; // a breakout round's number
    int count = 0; // a limit, a room number, a size
    QString name; // a name or text as the person typed it
    QString path; // a file, as the person would type it
    QString detail; // the driver's or the system's own words, untranslated

    Error() = default;
    Error(Problem p)
        : problem(p)
    {
    } // NOLINT: a bare problem reads as an error
    // A sentence made before its problem had a kind; goes away with Problem::Said.
    Error(const QString &sentence)
        : problem(Problem::Said)
        , detail(sentence)
    {
    } // NOLINT

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
};

} // namespace convener::storage
