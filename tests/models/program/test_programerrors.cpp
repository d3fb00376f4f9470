// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/storageerror.h"

#include <catch2/catch.hpp>

using namespace convener;
using storage::Error;
using storage::Problem;

TEST_CASE("Program errors: a missing or unreadable call is named by its number")
{
    CHECK(models::describe(Error(Problem::NoSuchCall).withId(4).withCall(9))
        == QStringLiteral("This cohort has no call 9."));
    core::ProgramProblem unreadable(core::ProgramProblemKind::JsonUnreadable);
    unreadable.json.detail = "unexpected end of input";
    CHECK(models::describe(Error(Problem::CallUnreadable).withCall(3).withProgramProblem(unreadable))
        == QStringLiteral("Call 3 of this cohort could not be read: unexpected end of input"));
    CHECK(
        models::describe(Error(Problem::CallUnreadable)
                             .withCall(3)
                             .withProgramProblem(core::ProgramProblem(core::ProgramProblemKind::MissingField, "steps")))
        == QStringLiteral("Call 3 of this cohort could not be read: required field is missing"));
    CHECK(models::describe(Error(Problem::CallUnreadable).withCall(3))
        == QStringLiteral("Call 3 of this cohort could not be read: it is not a call"));
    CHECK(models::describe(Error(Problem::CallGone).withCall(2))
        == QStringLiteral("Call 2 is no longer in the database."));
}

TEST_CASE("Program errors: choosing a program says what to do instead")
{
    CHECK(models::describe(Error(Problem::CallsAlreadyChosen).withId(1).withName(QStringLiteral("Thursday circle")))
        == QStringLiteral(
            "The cohort 'Thursday circle' already has its calls; adapt them instead of choosing a program again."));
    CHECK(models::describe(Error(Problem::NoSuchBuiltinProgram).withName(QStringLiteral("nope")))
        == QStringLiteral(
            "There is no built-in program 'nope'. 'convener-cli template list' shows the programs there are."));
}

TEST_CASE("Program errors: a name with a percent sign is shown as typed")
{
    CHECK(models::describe(Error(Problem::CallsAlreadyChosen).withName(QStringLiteral("100% %1 circle")))
              .startsWith(QStringLiteral("The cohort '100% %1 circle' already")));
}
