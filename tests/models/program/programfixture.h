// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/program/callstepsmodel.h"
#include "models/roster/cohortlistmodel.h"
#include "models/workspace.h"
#include "storage/program/programrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QUndoStack>

#include <string>
#include <vector>

namespace convener::tests {

// A cohort on the four-call practice program, its first call on screen.
struct ProgramFixture
{
    TempDatabase temp;
    models::Workspace workspace{temp.db()};
    models::CallStepsModel &model = *workspace.program();
    QUndoStack &stack = *workspace.undoStack();
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    core::CohortId cohort = 0;

    ProgramFixture()
    {
        core::Cohort c;
        c.name = "Winter";
        c.startDate = "2026-12-07";
        c.weekday = 1;
        c.startTime = "18:00";
        c.timeZone = "Europe/London";
        cohort = workspace.cohorts()->create(c, "practice-program");
        REQUIRE(cohort != 0);
        workspace.setCurrentCohort(cohort);
        REQUIRE(model.callNumber() == 1);
    }

    // What the database holds for a call, read back independently of the model.
    core::ProgramCall stored(int number = 1)
    {
        const auto call = storage::ProgramRepository(temp.db()).call(cohort, number);
        REQUIRE(call.ok());
        return call.value().call;
    }

    std::vector<std::string> ids(const core::ProgramCall &call) const
    {
        std::vector<std::string> out;
        for (const auto &s : call.steps)
            out.push_back(s.id);
        return out;
    }
};

} // namespace convener::tests
