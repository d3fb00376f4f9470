// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/cohort.h"
#include "core/run/runstate.h"
#include "storage/result.h"
#include "storage/rowversion.h"

#include <optional>
#include <QString>

namespace convener::storage {

class Database;

// A run as stored, with who drives it: the token of the Convener that writes
// it (empty: none named) and, on a server, the login that last saved it.
struct StoredRun
{
    int callNumber = 0;
    core::RunState state;
    QString driver;
    RowStamp stamp;
    bool byThisLogin = false; // last saved by the login of this connection (always, in a file)

    bool underWay() const
    {
        return state.status == core::RunStatus::Running || state.status == core::RunStatus::Paused;
    }
};

// The live state of a cohort's calls, one row per call, written on every
// transition and control so that a crash loses nothing.
//
// One Convener at a time drives a call's run: it names itself with a token
// (driver) when it saves, and a save by another driver while the stored run
// is under way (running or paused) is refused as ChangedElsewhere (table
// CallRuns, naming who saved it last), so two hosts never each write half of
// a run. A run that ended, or was never driven by name, may be started
// afresh by anyone; takeOver() hands a run under way to another driver.
class RunRepository final
{
public:
    explicit RunRepository(Database &database);

    // Replaces what was saved for the call, unless another driver's run of it
    // is under way. An empty driver saves whoever drives (imports, tests).
    Status save(core::CohortId cohort, int callNumber, const core::RunState &state, const QString &driver = {});
    // Makes driver the run's driver, whoever drove it; returns the run as stored.
    Result<StoredRun> takeOver(core::CohortId cohort, int callNumber, const QString &driver);
    // The run of the call with its driver; nothing when the call was never run.
    Result<std::optional<StoredRun>> stored(core::CohortId cohort, int callNumber) const;
    // The most recently saved run under way, with its driver.
    Result<std::optional<StoredRun>> unfinishedRun(core::CohortId cohort) const;
    // The state of the call's run alone; nothing when the call was never run.
    Result<std::optional<core::RunState>> load(core::CohortId cohort, int callNumber) const;
    Status remove(core::CohortId cohort, int callNumber);

private:
    Database &m_database;
};

} // namespace convener::storage
