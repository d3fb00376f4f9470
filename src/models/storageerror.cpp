// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/storageerror.h"

#include <QCoreApplication>

namespace convener::models {
namespace {

using storage::Problem;
using storage::Table;

QString tr(const char *text)
{
    return QCoreApplication::translate("convener::models::StorageError", text);
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

} // namespace

QString describe(const storage::Error &e)
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

    // Cohorts, people and hosts.

    // A cohort's program and calls.

    // The live state of a call.

    // Breakout rooms, attendance and keep-apart pairs.

    // Retro boards.

    // Journals.

    case Problem::Said:
        return e.detail;
    }
    return e.detail;
}

} // namespace convener::models
