// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// The words of the problems validation finds, as the editor and the CLI show them.
#include "core/program/programvalidation.h"
#include "models/program/programproblemtext.h"
#include "support/validationsteps.h"

#include <catch2/catch.hpp>

using namespace convener::core;
using namespace std::chrono_literals;

namespace {
using convener::tests::callOf;
using convener::tests::plain;
using convener::tests::troika;

// "ERROR path: message" lines, easy to compare whole.
std::vector<std::string> lines(const std::vector<ProgramProblem> &problems)
{
    std::vector<std::string> out;
    for (const ProgramProblem &p : problems)
        out.push_back((p.severity == ProblemSeverity::Error ? "error " : "warning ") + p.path + ": "
            + convener::models::describe(p).toStdString());
    return out;
}

using Lines = std::vector<std::string>;
} // namespace

TEST_CASE("Validation words: a sound step and call have no problems")
{
    CHECK(validateStep(troika()).empty());
    CHECK(validateStep(plain("a", 10min)).empty());
    CHECK(validateCall(callOf({ plain("a", 10min), troika(), plain("b", 5min) })).empty());
}

TEST_CASE("Validation words: a step with no duration is an error")
{
    Step s = plain("a", 0s);
    CHECK(lines(validateStep(s))
        == Lines { "error duration: the step has no duration: give it a duration in seconds, or phases" });
    s.duration.reset();
    CHECK(lines(validateStep(s, "calls[1].steps[3]"))
        == Lines {
            "error calls[1].steps[3].duration: the step has no duration: give it a duration in seconds, or phases" });
}

TEST_CASE("Validation words: a phase with no duration is an error")
{
    Step s = troika();
    s.phases[1].duration = 0s;
    CHECK(lines(validateStep(s)) == Lines { "error phases[1].duration: the phase has no duration" });
}

TEST_CASE("Validation words: a minimum longer than the planned duration is an error")
{
    Step s = plain("a", 5min);
    s.minimum = 6min;
    CHECK(lines(validateStep(s))
        == Lines { "error minimum: the minimum (6 min) is longer than the planned duration (5 min)" });
    Step t = troika();
    t.phases[0].minimum = 5min;
    CHECK(lines(validateStep(t))
        == Lines { "error phases[0].minimum: the minimum (5 min) is longer than the planned duration (4 min)" });
}

TEST_CASE("Validation words: a duration beside phases is ignored, with a warning")
{
    Step s = troika();
    s.duration = 10min;
    s.minimum = 5min;
    CHECK(lines(validateStep(s))
        == Lines { "warning duration: a step with phases takes its length from them; this duration is ignored",
            "warning minimum: a step with phases takes its minimum from them; this minimum is ignored" });
}

TEST_CASE("Validation words: a breakout step in groups needs a group size")
{
    Step s = plain("a", 10min);
    s.space = StepSpace::Group;
    s.breakout = true;
    CHECK(lines(validateStep(s))
        == Lines { "error group_size: a breakout step needs a group size, so that the rooms can be planned" });
    s.groupSize = 4;
    CHECK(validateStep(s).empty());
}

TEST_CASE("Validation words: the whole circle cannot be in breakout rooms, and one person alone needs none")
{
    Step s = plain("a", 10min);
    s.breakout = true;
    CHECK(lines(validateStep(s))
        == Lines { "error breakout: the whole circle cannot meet in breakout rooms; choose a pair, trio or group" });
    s.space = StepSpace::Self;
    CHECK(lines(validateStep(s)) == Lines { "warning breakout: a step on one's own does not need breakout rooms" });
}

TEST_CASE("Validation words: a group size must agree with the space")
{
    Step s = plain("a", 10min);
    s.space = StepSpace::Pair;
    s.groupSize = 3;
    CHECK(lines(validateStep(s)) == Lines { "error group_size: a pair has 2 people, not 3" });
    s.space = StepSpace::Group;
    s.groupSize = 1;
    CHECK(lines(validateStep(s)) == Lines { "error group_size: a group has at least 2 people" });
}

TEST_CASE("Validation words: a rotation whose group size does not fit the roles is an error")
{
    Step s = troika();
    s.space = StepSpace::Pair;
    CHECK(lines(validateStep(s)) == Lines { "error group_size: the roles need 3 people, but the group has 2" });
    s.space = StepSpace::Group;
    s.groupSize = 7;
    s.roles = { { "case-giver", 1, 1, {} }, { "timekeeper", 1, 1, {} }, { "coach", 3, 4, {} } };
    s.rotation = {};
    CHECK(lines(validateStep(s)) == Lines { "error group_size: the roles need 5 to 6 people, but the group has 7" });
    for (int size : { 5, 6 }) {
        s.groupSize = size;
        CHECK(validateStep(s).empty());
    }
}

TEST_CASE("Validation words: roles need names, unique, with sensible counts")
{
    Step s = troika();
    s.roles = { { "", 1, 1, {} }, { "client", 2, 1, {} }, { "client", 1, 1, {} } };
    CHECK(lines(validateStep(s))
        == Lines { "error roles[0].name: a role needs a name",
            "error roles[1].max: the most people in a role (1) is fewer than the least (2)",
            "error roles[2].name: the role 'client' is already named by roles[1]" });
}

TEST_CASE("Validation words: a per-member rotation needs a group size of at least two")
{
    Step s = plain("closing", 1min);
    s.rotation.kind = RotationKind::PerMember;
    CHECK(lines(validateStep(s))
        == Lines { "error group_size: a rotation per member needs a group size to plan its length" });
    s.space = StepSpace::Self;
    CHECK(lines(validateStep(s)) == Lines { "error rotation: a rotation per member needs at least 2 people" });
}

TEST_CASE("Validation words: the rotating role must exist and be held by one person")
{
    Step s = troika();
    s.rotation.role = "speaker";
    CHECK(lines(validateStep(s)) == Lines { "error rotation.role: the step has no role named 'speaker'" });
    s.rotation.role = "consultant";
    CHECK(lines(validateStep(s))
        == Lines {
            "error rotation.role: the role that passes round to each member must be held by one person at a time" });
}

TEST_CASE("Validation words: rotation counts and changeovers are checked")
{
    Step s = plain("a", 5min);
    s.rotation.kind = RotationKind::Fixed;
    s.rotation.count = 0;
    CHECK(lines(validateStep(s)) == Lines { "error rotation.count: a fixed rotation runs at least once" });
    s.rotation = {};
    s.rotation.changeover = 1min;
    CHECK(lines(validateStep(s))
        == Lines {
            "warning rotation.changeover: a step that does not rotate has no changeovers; this one is ignored" });
    s.rotation.kind = RotationKind::Fixed;
    s.rotation.changeover = -1s;
    CHECK(lines(validateStep(s)) == Lines { "error rotation.changeover: a changeover cannot be negative" });
}

TEST_CASE("Validation words: the warning threshold comes before the final minute")
{
    Step s = plain("a", 5min);
    s.thresholds.warning = 30s;
    CHECK(lines(validateStep(s))
        == Lines { "error thresholds: the warning (30 s before the end) must not come after the final minute (1 min "
                   "before the end)" });
    s.thresholds.warning = -1s;
    CHECK(lines(validateStep(s)) == Lines { "error thresholds: a threshold cannot be negative" });
}

TEST_CASE("Validation words: templates edited in the model are checked, and {role} needs a rotating role")
{
    Step s = plain("a", 5min);
    s.prompts = { "Speak for {minute} minutes", "The {role} starts" };
    s.cues = { { CueMoment::Start, "ok", {} } };
    Step t = troika();
    t.phases[0].cues = { { CueMoment::End, "{oops", {} } };
    CHECK(lines(validateStep(s))
        == Lines { "error prompts[0]: unknown variable {minute}; the known ones are {minutes}, {round}, {rounds}, "
                   "{group_size}, {role}, {next}",
            "warning prompts[1]: uses {role}, but the step names no role that passes round; it will read as nothing" });
    CHECK(lines(validateStep(t))
        == Lines {
            "error phases[0].cues[0].text: an opening brace '{' is never closed; write '{{' for a literal brace" });
}

TEST_CASE("Validation words: ids and titles are required and ids unique")
{
    Step s = troika();
    s.id.clear();
    s.title.clear();
    s.phases[1].id = "share";
    CHECK(lines(validateStep(s))
        == Lines { "error id: every step needs an id", "error title: every step needs a title",
            "error phases[1].id: the id 'share' is already used by phases[0]" });
    ProgramCall c = callOf({ plain("a", 1min), plain("a", 1min) });
    CHECK(lines(validateCall(c)) == Lines { "error steps[1].id: the id 'a' is already used by steps[0]" });
}

TEST_CASE("Validation words: a call over its length warns when compression can save it, and fails when it cannot")
{
    Step big = plain("big", 80min);
    big.minimum = 60min;
    ProgramCall c = callOf({ big, plain("end", 15min) });
    CHECK(lines(validateCall(c))
        == Lines { "warning length: the steps take 95 min, 5 min more than the call's 90 min; they fit only when "
                   "compressed toward their minimums" });
    big.minimum.reset();
    c = callOf({ big, plain("end", 15min) });
    CHECK(lines(validateCall(c, "calls[2]"))
        == Lines { "error calls[2].length: the steps take 95 min, 5 min more than the call's 90 min, and "
                   "even compressed to their minimums they take 95 min" });
    c.length = 95min;
    CHECK(validateCall(c).empty());
}

TEST_CASE("Validation words: a call needs a positive length, a well-formed start and some steps")
{
    ProgramCall c = callOf({});
    c.length = 0s;
    c.plannedStart = "2026-02-30T18:00";
    CHECK(lines(validateCall(c))
        == Lines { "error length: a call lasts more than 0 seconds and at most 24 hours",
            "error start: '2026-02-30T18:00' is not a local date and time written as YYYY-MM-DDTHH:MM",
            "warning steps: the call has no steps yet" });
    c.plannedStart = "2024-02-29T18:30";
    c.length = 90min;
    c.steps = { plain("a", 1min) };
    CHECK(validateCall(c).empty());
}

TEST_CASE("Validation words: a program reports each call's problems at their path")
{
    Program p;
    p.id = "p";
    p.name = "Program";
    Step bad = plain("x", 0s);
    p.calls = { callOf({ plain("a", 1min) }), callOf({ plain("a", 1min), bad }) };
    p.calls[1].id = "d";
    CHECK(lines(validateProgram(p))
        == Lines {
            "error calls[1].steps[1].duration: the step has no duration: give it a duration in seconds, or phases" });
    p.calls[1].id = "c";
    p.name.clear();
    CHECK(lines(validateDocument(ProgramDocument { p }))
        == Lines { "error name: every program needs a name",
            "error calls[1].steps[1].duration: the step has no duration: give it a duration in seconds, or phases",
            "error calls[1].id: the id 'c' is already used by calls[0]" });
    CHECK(lines(validateProgram(Program { "q", "Q", "", "", {}, {} }))
        == Lines { "warning calls: the program has no calls yet" });
}
