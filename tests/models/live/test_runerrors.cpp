// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/storageerror.h"

#include <catch2/catch.hpp>

using namespace convener;
using storage::Error;
using storage::Problem;

TEST_CASE("Run errors: a damaged saved live state names its call and what to do")
{
    CHECK(models::describe(Error(Problem::SavedRunUnreadable).withCall(2))
        == QStringLiteral("The saved live state of call 2 could not be read; start the call again."));
}

TEST_CASE("Run errors: a refused write of the live state says what could not be saved")
{
    CHECK(models::describe(Error(Problem::SaveStartFailed)
                               .inTable(storage::Table::CallRuns)
                               .withDetail(QStringLiteral("database is locked")))
        == QStringLiteral("Could not start saving the live state of the call: database is locked"));
    CHECK(
        models::describe(
            Error(Problem::WriteFailed).inTable(storage::Table::CallRuns).withDetail(QStringLiteral("disk I/O error")))
        == QStringLiteral("Could not save the live state of the call: disk I/O error"));
}
