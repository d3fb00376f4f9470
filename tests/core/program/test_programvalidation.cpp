// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// Validation names each problem and its facts; tests/models/program checks the words.
#include "core/program/programvalidation.h"
#include "support/validationsteps.h"

#include <catch2/catch.hpp>

using namespace convener::core;
using namespace std::chrono_literals;
using Kind = ProgramProblemKind;

namespace {
using convener::tests::callOf;
using convener::tests::plain;
using convener::tests::troika;

// The kind and path of each problem, easy to compare whole.
using Found = std::vector<std::pair<Kind, std::string>>;

Found found(const std::vector<ProgramProblem> &problems)
{
    Found out;
    for (const ProgramProblem &p : problems)
        out.emplace_back(p.kind, p.path);
    return out;
}
} // namespace

TEST_CASE("Validation: a sound step and call have no problems")
{
    CHECK(validateStep(troika()).empty());
    CHECK(validateStep(plain("a", 10min)).empty());
    CHECK(validateCall(callOf({plain("a", 10min), troika(), plain("b", 5min)})).empty());
}

TEST_CASE("Validation: a step with no duration is an error at its path")
{
    Step s = plain("a", 0s);
    s.duration.reset();
    const auto problems = validateStep(s, "calls[1].steps[3]");
    CHECK(found(problems) == Found { { Kind::StepWithoutDuration, "calls[1].steps[3].duration" } });
    CHECK(problems[0].severity == ProblemSeverity::Error);
}

TEST_CASE("Validation: a minimum longer than the planned duration names both, in seconds")
{
    Step t = troika();
    t.phases[0].minimum = 5min;
    const auto problems = validateStep(t);
    REQUIRE(found(problems) == Found { { Kind::MinimumOverDuration, "phases[0].minimum" } });
    CHECK(problems[0].count == 300);
    CHECK(problems[0].limit == 240);
}

TEST_CASE("Validation: a duration beside phases is ignored, with warnings")
{
    Step s = troika();
    s.duration = 10min;
    s.minimum = 5min;
    const auto problems = validateStep(s);
    CHECK(found(problems)
        == Found { { Kind::DurationBesidePhases, "duration" }, { Kind::MinimumBesidePhases, "minimum" } });
    CHECK_FALSE(hasErrors(problems));
}

TEST_CASE("Validation: a group size that disagrees with the space names the space and both sizes")
{
    Step s = plain("a", 10min);
    s.space = StepSpace::Pair;
    s.groupSize = 3;
    const auto problems = validateStep(s);
    REQUIRE(found(problems) == Found { { Kind::GroupSizeOfSpace, "group_size" } });
    CHECK(problems[0].space == StepSpace::Pair);
    CHECK(problems[0].count == 3);
    CHECK(problems[0].limit == 2);
    s.space = StepSpace::Circle;
    s.breakout = true;
    s.groupSize.reset();
    CHECK(found(validateStep(s)) == Found { { Kind::CircleInBreakout, "breakout" } });
}

TEST_CASE("Validation: roles that do not fit the group give the people they need")
{
    Step s = troika();
    s.space = StepSpace::Group;
    s.groupSize = 7;
    s.roles = {{"case-giver", 1, 1, {}}, {"timekeeper", 1, 1, {}}, {"coach", 3, 4, {}}};
    s.rotation = {};
    auto problems = validateStep(s);
    REQUIRE(found(problems) == Found { { Kind::RolesNeedBetween, "group_size" } });
    CHECK(problems[0].count == 7);
    CHECK(problems[0].least == 5);
    CHECK(problems[0].limit == 6);
    s.roles = {{"", 1, 1, {}}, {"client", 2, 1, {}}, {"client", 1, 1, {}}};
    problems = validateStep(s);
    REQUIRE(found(problems)
        == Found { { Kind::RoleWithoutName, "roles[0].name" }, { Kind::RoleMostBelowLeast, "roles[1].max" },
            { Kind::RoleNameTaken, "roles[2].name" } });
    CHECK(problems[1].count == 1);
    CHECK(problems[1].least == 2);
    CHECK(problems[2].text == "client");
    CHECK(problems[2].otherPath == "roles[1]");
    s.roles = { { "client", 1, 1, {} }, { "consultant", 2, 2, {} } };
    s.groupSize = 4;
    problems = validateStep(s);
    REQUIRE(found(problems) == Found { { Kind::RolesNeedExactly, "group_size" } });
    CHECK(problems[0].least == 3);
}

TEST_CASE("Validation: rotation and thresholds name their problems")
{
    Step s = troika();
    s.rotation.role = "speaker";
    const auto problems = validateStep(s);
    REQUIRE(found(problems) == Found { { Kind::NoSuchRotatingRole, "rotation.role" } });
    CHECK(problems[0].text == "speaker");
    Step t = plain("a", 5min);
    t.thresholds.warning = 30s;
    const auto late = validateStep(t);
    REQUIRE(found(late) == Found { { Kind::WarningAfterFinalMinute, "thresholds" } });
    CHECK(late[0].count == 30);
    CHECK(late[0].limit == 60);
}

TEST_CASE("Validation: a prompt naming minutes the step no longer has is warned about; {minutes} never is")
{
    // Troika's phases last 4 and 5 minutes, a turn 9, three turns 27.
    Step s = troika();
    s.prompts = { "Client, share your challenge for 4 minutes; consultants confer for 5 min.",
        "Each of you has {minutes} minutes as client.", "Three rounds of 9 minutes, 27 in all.",
        "Keep your mind open; take 2 minimum breaths.", "After 10 minutes, swap." };
    const auto problems = validateStep(s);
    REQUIRE(found(problems) == Found { { Kind::PromptMinutesDiffer, "prompts[4]" } });
    CHECK(problems[0].severity == ProblemSeverity::Warning);
    CHECK(problems[0].count == 10);
    CHECK(problems[0].text == "4, 5, 9, 27");

    // The co-host makes the share phase 6 minutes: the first prompt now misleads.
    s.phases[0].duration = 6min;
    s.prompts.resize(1);
    const auto changed = validateStep(s);
    REQUIRE(found(changed) == Found { { Kind::PromptMinutesDiffer, "prompts[0]" } });
    CHECK(changed[0].count == 4);

    // A plain step of 10 minutes: "10-min" and "10 Minutes" are its length.
    Step plainStep = plain("a", 10min);
    plainStep.prompts = { "A 10-min pause.", "Back in 10 Minutes." };
    CHECK(validateStep(plainStep).empty());
}

TEST_CASE("Validation: template mistakes and an unrotated {role} are named at their text")
{
    Step s = plain("a", 5min);
    s.prompts = {"Speak for {minute} minutes", "The {role} starts"};
    const auto problems = validateStep(s);
    REQUIRE(found(problems)
        == Found {
            { Kind::TemplateUnknownVariable, "prompts[0]" }, { Kind::TemplateRoleWithoutRotation, "prompts[1]" } });
    CHECK(problems[0].text == "minute");
    CHECK(problems[1].severity == ProblemSeverity::Warning);
}

TEST_CASE("Validation: missing and repeated ids name the item that has the id")
{
    ProgramCall c = callOf({ plain("a", 1min), plain("b", 1min), plain("b", 1min) });
    c.steps[0].title.clear();
    const auto problems = validateCall(c);
    REQUIRE(
        found(problems) == Found { { Kind::StepWithoutTitle, "steps[0].title" }, { Kind::IdTaken, "steps[2].id" } });
    CHECK(problems[1].text == "b");
    CHECK(problems[1].otherPath == "steps[1]");
}

TEST_CASE("Validation: a call over its length gives the durations, and the compressed one when it cannot fit")
{
    Step big = plain("big", 80min);
    big.minimum = 60min;
    ProgramCall c = callOf({big, plain("end", 15min)});
    auto problems = validateCall(c);
    REQUIRE(found(problems) == Found { { Kind::StepsFitOnlyCompressed, "length" } });
    CHECK(problems[0].severity == ProblemSeverity::Warning);
    CHECK(problems[0].count == 95 * 60);
    CHECK(problems[0].limit == 90 * 60);
    c.steps[0].minimum.reset();
    problems = validateCall(c, "calls[2]");
    REQUIRE(found(problems) == Found { { Kind::StepsOverrunCall, "calls[2].length" } });
    CHECK(problems[0].least == 95 * 60);
}

TEST_CASE("Validation: a call needs a positive length, a well-formed start and some steps")
{
    ProgramCall c = callOf({});
    c.length = 0s;
    c.plannedStart = "2026-02-30T18:00";
    const auto problems = validateCall(c);
    REQUIRE(found(problems)
        == Found { { Kind::CallLengthOutOfRange, "length" }, { Kind::CallStartInvalid, "start" },
            { Kind::CallWithoutSteps, "steps" } });
    CHECK(problems[1].text == "2026-02-30T18:00");
}

TEST_CASE("Validation: a program reports each call's problems at their path")
{
    Program p;
    p.id = "p";
    p.name = "";
    p.calls = { callOf({ plain("a", 1min) }), callOf({ plain("a", 1min), plain("x", 0s) }) };
    CHECK(found(validateDocument(ProgramDocument { p }))
        == Found { { Kind::ProgramWithoutName, "name" }, { Kind::StepWithoutDuration, "calls[1].steps[1].duration" },
            { Kind::IdTaken, "calls[1].id" } });
    CHECK(found(validateProgram(Program { "q", "Q", "", "", {}, {} }))
        == Found { { Kind::ProgramWithoutCalls, "calls" } });
}

TEST_CASE("Validation: only errors count as errors")
{
    const ProgramProblem error(Kind::StepWithoutDuration, "duration");
    const ProgramProblem warning(Kind::CallWithoutSteps, "steps", ProblemSeverity::Warning);
    CHECK(hasErrors({ error, warning }));
    CHECK_FALSE(hasErrors({warning}));
}
