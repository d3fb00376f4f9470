// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/cohort.h"
#include "core/run/runstate.h"
#include "storage/result.h"

#include <optional>

namespace convener::storage {

class Database;

// A saved run and the call it belongs to.
struct SavedRun
{
    int callNumber = 0;
    core::RunState state;
};

// The live state of a cohort's calls, one row per call, written on every
// transition and control so that a crash loses nothing.
class RunRepository final
{
public:
    explicit RunRepository(Database &database);

    // Replaces what was saved for the call.
    Status save(core::CohortId cohort, int callNumber, const core::RunState &state);
    // Nothing when the call was never run.
    Result<std::optional<core::RunState>> load(core::CohortId cohort, int callNumber) const;
    // The most recently saved run that is under way (running or paused): what
    // to offer to resume when the app starts.
    Result<std::optional<SavedRun>> unfinished(core::CohortId cohort) const;
    Status remove(core::CohortId cohort, int callNumber);

private:
    Database &m_database;
};

} // namespace convener::storage
