// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "gui/program/programpage.h"
#include "models/roster/cohortlistmodel.h"
#include "models/workspace.h"
#include "support/requirechild.h"
#include "storage/program/programrepository.h"
#include "storage/roster/rosterrepository.h"
#include "support/tempdatabase.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>
#include <string>
#include <vector>

namespace convener::tests {

// A cohort whose program has one empty call, so the whole agenda is built here.
struct ProgramPageFixture
{
    TempDatabase temp;
    models::Workspace workspace{temp.db()};
    core::CohortId cohort = 0;
    std::unique_ptr<gui::ProgramPage> page;

    ProgramPageFixture()
    {
        core::Cohort c;
        c.name = "Spring";
        c.startDate = "2026-03-02";
        c.weekday = 1;
        c.startTime = "19:00";
        c.timeZone = "Europe/Berlin";
        cohort = workspace.roster().createCohort(c).value();
        core::Member host;
        host.person.displayName = "Rosa";
        host.role = core::Role::Host;
        REQUIRE(workspace.roster().addMembers(cohort, {host}).ok());
        core::Program program;
        program.id = "blank";
        program.name = "Blank";
        core::ProgramCall call;
        call.id = "call-1";
        call.title = "First call";
        program.calls.push_back(call);
        REQUIRE(storage::ProgramRepository(temp.db()).followProgram(cohort, program, "blank").ok());
        workspace.cohorts()->reload();
        workspace.setCurrentCohort(cohort);
        page = std::make_unique<gui::ProgramPage>(workspace);
        page->resize(1300, 800);
        page->show();
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
    }

    template<typename T>
    T *find(const char *name) const
    {
        return tests::requireChild<T>(*page, name);
    }
    core::ProgramCall stored()
    {
        const auto call = storage::ProgramRepository(temp.db()).call(cohort, 1);
        REQUIRE(call.ok());
        return call.value().call;
    }
    std::vector<std::string> titles()
    {
        std::vector<std::string> out;
        for (const auto &s : stored().steps)
            out.push_back(s.title);
        return out;
    }
    void insert(const QString &search)
    {
        auto *edit = find<QLineEdit>("librarySearchEdit");
        edit->clear();
        QTest::keyClicks(edit, search);
        QTest::mouseClick(find<QPushButton>("insertPracticeButton"), Qt::LeftButton);
    }
};

} // namespace convener::tests
