// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/program.h"
#include "core/roster/cohort.h"
#include "storage/result.h"
#include "storage/rowversion.h"

#include <string>
#include <vector>

namespace convener::storage {

class Database;

// One call of a cohort, as the cohort will run it.
struct CohortCall
{
    qint64 id = 0;
    core::CohortId cohort = 0;
    int number = 0;                          // 1-based, in program order
    core::ProgramCall call;                  // call.plannedStart is the local date and time
    RowStamp stamp; // as read; saveCall() checks its version

    bool operator==(const CohortCall &) const = default;
};

// The program a cohort follows and its calls. A cohort gets its own copy of
// every call, dated from its start date, weekday and time, so a week's call can
// be adapted without touching the template or the other cohorts.
class ProgramRepository final
{
public:
    explicit ProgramRepository(Database &database);

    // Gives the cohort its calls from program; programId names the template it came from.
    // Refused when the cohort already has calls.
    Status followProgram(core::CohortId cohort, const core::Program &program, const std::string &programId);
    // The same with a program of the built-in library, by its id ("practice-program").
    Status followBuiltinProgram(core::CohortId cohort, const std::string &programId);

    Result<std::vector<CohortCall>> calls(core::CohortId cohort) const;
    Result<CohortCall> call(core::CohortId cohort, int number) const;
    // Stores an adapted call (its steps, timings, notes, planned start) and
    // returns its new version. Refused with ChangedElsewhere when the stored
    // call is no longer at call.stamp.version (unless that is 0).
    Result<RowVersion> saveCall(const CohortCall &call);

    // The name of the program the cohort follows, empty when none.
    Result<std::string> programName(core::CohortId cohort) const;

private:
    Database &m_database;
};

} // namespace convener::storage
