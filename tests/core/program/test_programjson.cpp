// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/programjson.h"
#include "core/program/programlimits.h"

#include <catch2/catch.hpp>
#include <string>

using namespace convener::core;
using namespace std::chrono_literals;

namespace {
// A program that uses every field of the format, and a few from a newer one.
const char *const kFullProgram = R"({
  "format": 1,
  "kind": "program",
  "id": "sample",
  "name": "Sample program",
  "description": "Two short calls.",
  "credits": "Written for the tests.",
  "colour": "teal",
  "calls": [
    {
      "id": "one",
      "title": "First call",
      "description": "Meeting in pairs.",
      "length": 3600,
      "start": "2026-03-02T18:00",
      "recording": {"allowed": false},
      "steps": [
        {
          "id": "arrive",
          "title": "Arrive",
          "duration": 300,
          "minimum": 120,
          "space": "circle",
          "group_size": 20,
          "notes": "Greet people by name.",
          "instructions": "Say your name and where you are.",
          "prompts": ["Welcome! We start in {minutes} minutes. Use {{curly}} braces freely."],
          "cues": [{"at": "warning", "text": "Two minutes left", "sound": "bell"}],
          "thresholds": {"warning": 90, "final_minute": 30},
          "emoji": ":wave:"
        },
        {
          "id": "troika",
          "title": "Troika Consulting",
          "space": "trio",
          "group_size": 3,
          "breakout": true,
          "roles": [{"name": "client", "min": 1, "max": 1, "icon": "star"}, {"name": "consultant", "min": 2}],
          "rotation": {"kind": "per_member", "role": "client", "changeover": 15, "shuffle": true},
          "prompts": ["Round {round} of {rounds}: the {role} shares for {minutes} minutes. Next: {next}. Groups of {group_size}."],
          "phases": [
            {"id": "share", "title": "Client shares", "duration": 240, "minimum": 180,
             "cues": [{"at": "start", "text": "Client: share your challenge"}], "colour": "blue"},
            {"id": "confer", "title": "Consultants confer", "duration": 300,
             "cues": [{"text": "Client: camera off"}, {"at": "end", "text": "Client: camera on"}]},
            {"id": "reflect", "duration": 120, "cues": [{"at": "final_minute", "text": "One minute"}]}
          ]
        },
        {
          "id": "rounds",
          "title": "Rounds",
          "space": "pair",
          "breakout": true,
          "rotation": {"kind": "fixed", "count": 3},
          "phases": [{"id": "a", "duration": 60}, {"id": "b", "duration": 60}]
        }
      ]
    },
    {
      "id": "two",
      "title": "Second call",
      "steps": [{"id": "solo", "title": "Journal", "duration": 180, "space": "self"}]
    }
  ]
})";

ProgramLoadResult load(const std::string &text)
{
    return loadProgramDocument(text);
}

std::string withStep(const std::string &stepFields)
{
    return R"({"format": 1, "kind": "practice", "id": "s", "title": "S", )" + stepFields + "}";
}
} // namespace

TEST_CASE("ProgramJson: a program with every field loads as written")
{
    const auto result = load(kFullProgram);
    REQUIRE(result.ok());
    const auto &program = std::get<Program>(result.document->content);
    CHECK(program.name == "Sample program");
    REQUIRE(program.calls.size() == 2);
    const ProgramCall &one = program.calls[0];
    CHECK(one.length == 60min);
    CHECK(one.plannedStart == "2026-03-02T18:00");
    REQUIRE(one.steps.size() == 3);
    const Step &arrive = one.steps[0];
    CHECK(arrive.duration == 5min);
    CHECK(arrive.minimum == 2min);
    CHECK(arrive.groupSize == 20);
    CHECK(arrive.thresholds.warning == 90s);
    CHECK(arrive.thresholds.finalMinute == 30s);
    REQUIRE(arrive.cues.size() == 1);
    CHECK(arrive.cues[0].moment == CueMoment::Warning);
    const Step &troika = one.steps[1];
    CHECK(troika.space == StepSpace::Trio);
    CHECK(troika.breakout);
    CHECK(troika.roles[1].minCount == 2);
    CHECK(troika.roles[1].maxCount == 2);
    CHECK(troika.rotation.kind == RotationKind::PerMember);
    CHECK(troika.rotation.changeover == 15s);
    CHECK(troika.phases[1].cues[0].moment == CueMoment::Start);
    CHECK(troika.phases[1].cues[1].moment == CueMoment::End);
    CHECK(troika.plannedDuration() == 33min + 30s);
    CHECK(one.steps[2].rotation.count == 3);
    CHECK(program.calls[1].length == 90min);
    CHECK(program.calls[1].steps[0].space == StepSpace::Self);
}

TEST_CASE("ProgramJson: load, save and load again gives the same program")
{
    const auto first = load(kFullProgram);
    REQUIRE(first.ok());
    const std::string saved = saveProgramDocument(*first.document);
    const auto second = load(saved);
    REQUIRE(second.ok());
    CHECK(*second.document == *first.document);
    CHECK(saveProgramDocument(*second.document) == saved);
}

TEST_CASE("ProgramJson: fields of a newer version are kept on save, with a warning each")
{
    const auto result = load(kFullProgram);
    REQUIRE(result.ok());
    std::vector<std::string> warnings;
    for (const auto &p : result.problems) {
        CHECK(p.severity == ProblemSeverity::Warning);
        warnings.push_back(p.path);
    }
    CHECK(warnings == std::vector<std::string>{"colour", "calls[0].recording", "calls[0].steps[0].emoji", "calls[0].steps[0].cues[0].sound",
                                               "calls[0].steps[1].roles[0].icon", "calls[0].steps[1].rotation.shuffle",
                                               "calls[0].steps[1].phases[0].colour"});
    const auto saved = programDocumentToJson(*result.document);
    CHECK(saved["colour"] == "teal");
    CHECK(saved["calls"][0]["recording"]["allowed"] == false);
    CHECK(saved["calls"][0]["steps"][0]["emoji"] == ":wave:");
    CHECK(saved["calls"][0]["steps"][0]["cues"][0]["sound"] == "bell");
    CHECK(saved["calls"][0]["steps"][1]["roles"][0]["icon"] == "star");
    CHECK(saved["calls"][0]["steps"][1]["rotation"]["shuffle"] == true);
    CHECK(saved["calls"][0]["steps"][1]["phases"][0]["colour"] == "blue");
}

TEST_CASE("ProgramJson: a program built in code survives a save and load")
{
    Step step;
    step.id = "share";
    step.title = "Sharing round";
    step.space = StepSpace::Group;
    step.groupSize = 4;
    step.breakout = true;
    step.rotation.kind = RotationKind::PerMember;
    step.rotation.count = 2;
    step.phases.push_back({"speak", "Speak", 3min, 2min, {{CueMoment::Start, "Speak", {}}}, {}});
    step.phases.push_back({"reflect", "", 2min, std::nullopt, {}, {}});
    step.facilitatorNotes = "Watch the clock.";
    ProgramCall call;
    call.id = "c";
    call.title = "Call";
    call.length = 45min;
    call.steps = {step};
    for (const ProgramDocument &doc : {ProgramDocument{call}, ProgramDocument{step}, ProgramDocument{Program{"p", "P", "", "", {call}, {}}}}) {
        const auto result = load(saveProgramDocument(doc));
        REQUIRE(result.ok());
        CHECK(result.problems.empty());
        CHECK(*result.document == doc);
    }
}

TEST_CASE("ProgramJson: a call and a practice can each stand alone")
{
    const auto call = load(R"({"format": 1, "kind": "call", "id": "c", "title": "A call", "steps": [{"id": "s", "title": "S", "duration": 60}]})");
    REQUIRE(call.ok());
    CHECK(call.document->kind() == DocumentKind::Call);
    CHECK(call.document->id() == "c");
    CHECK(call.document->title() == "A call");
    const auto practice = load(withStep(R"("duration": 600)"));
    REQUIRE(practice.ok());
    CHECK(practice.document->kind() == DocumentKind::Practice);
    CHECK(std::get<Step>(practice.document->content).duration == 10min);
    const std::string saved = saveProgramDocument(*practice.document);
    CHECK(saved.rfind("{\n  \"format\": 1,\n  \"kind\": \"practice\",\n  \"id\": \"s\"", 0) == 0);
}

TEST_CASE("ProgramJson: columns count characters, not bytes")
{
    const auto result = load("{\"title\": \"été\" x}");
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 1);
    CHECK(result.problems[0].column == 17);
}

TEST_CASE("ProgramJson: an empty file or a truncated one is a syntax error at its end")
{
    auto result = load("");
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 1);
    CHECK(result.problems[0].column == 1);
    result = load("{\n\"format\": 1,\n");
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 3);
    CHECK(result.problems[0].column == 1);
}

TEST_CASE("ProgramJson: odd keys are shown quoted in paths")
{
    const auto result = load(withStep("\"duration\": 60, \"we\\u0000ird key\": 1"));
    REQUIRE(result.ok());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].path == "[\"we\\u0000ird key\"]");
}

namespace {
// The first problem of a file; the words are checked in tests/models/program.
ProgramProblem firstProblem(const std::string &text)
{
    const auto result = load(text);
    REQUIRE_FALSE(result.problems.empty());
    return result.problems.front();
}
} // namespace

TEST_CASE("ProgramJson: a syntax error carries the reader's words, its line and its column")
{
    const ProgramProblem p = firstProblem("{\n  \"format\": 1,\n  \"kind\": tru\n}");
    CHECK(p.kind == ProgramProblemKind::JsonUnreadable);
    CHECK(p.line == 3);
    CHECK(p.column == 14);
    CHECK(p.json.kind == JsonReadErrorKind::Syntax);
    CHECK(p.json.detail.rfind("syntax error while parsing value - invalid literal", 0) == 0);
}

TEST_CASE("ProgramJson: a wrong type names the path, the expectation and what was found")
{
    ProgramProblem p = firstProblem(withStep(R"("duration": "five minutes")"));
    CHECK(p.kind == ProgramProblemKind::ExpectedSeconds);
    CHECK(p.path == "duration");
    CHECK(p.found == JsonValueType::Text);
    p = firstProblem(withStep(R"("duration": 60, "space": "room")"));
    CHECK(p.kind == ProgramProblemKind::ExpectedChoice);
    CHECK(p.text == "\"room\"");
    CHECK(p.choices == "self, pair, trio, group, circle");
    p = firstProblem(withStep(R"("duration": 60, "group_size": 0)"));
    CHECK(p.kind == ProgramProblemKind::NumberOutOfRange);
    CHECK((p.count == 0 && p.least == 1 && p.limit == kMaxGroupSize));
}

TEST_CASE("ProgramJson: huge, negative and fractional numbers name the number")
{
    ProgramProblem p = firstProblem(withStep(R"("duration": 18446744073709551615)"));
    CHECK(p.kind == ProgramProblemKind::NumberTooLarge);
    CHECK(p.text == "18446744073709551615");
    CHECK(firstProblem(withStep(R"("duration": 99999999999999999999999)")).kind
        == ProgramProblemKind::NumberTooLargeToShow);
    p = firstProblem(withStep(R"("duration": 2.5)"));
    CHECK(p.kind == ProgramProblemKind::NumberNotWhole);
    CHECK(p.text == "2.5");
    p = firstProblem(withStep(R"("duration": -5)"));
    CHECK(p.kind == ProgramProblemKind::DurationNegative);
    CHECK(p.count == -5);
    p = firstProblem(withStep(R"("duration": 86401)"));
    CHECK(p.kind == ProgramProblemKind::DurationTooLong);
    CHECK((p.count == 86401 && p.limit == 86400));
}

TEST_CASE("ProgramJson: a file too large or too new gives its size or format and the limit")
{
    std::string big = withStep(R"("duration": 60, "notes": ")");
    big.append(50 * 1024 * 1024, 'x');
    big += "\"}";
    ProgramProblem p = firstProblem(big);
    CHECK(p.kind == ProgramProblemKind::FileTooLarge);
    CHECK(p.count == static_cast<long long>(big.size()));
    CHECK(p.limit == static_cast<long long>(kMaxProgramFileBytes));
    p = firstProblem(R"({"format": 2, "kind": "practice"})");
    CHECK(p.kind == ProgramProblemKind::FormatTooNew);
    CHECK((p.count == 2 && p.limit == kProgramFormat));
    CHECK(firstProblem(R"({"kind": "practice"})").kind == ProgramProblemKind::MissingField);
    CHECK(firstProblem("[1, 2]").kind == ProgramProblemKind::NotOneObject);
}

TEST_CASE("ProgramJson: a repeated or invalid id names the id and where it is used")
{
    ProgramProblem p
        = firstProblem(withStep(R"("phases": [{"id": "x", "duration": 60}, {"id": "x", "duration": 60}])"));
    CHECK(p.kind == ProgramProblemKind::IdTakenInFile);
    CHECK(p.path == "phases[1].id");
    CHECK(p.text == "\"x\"");
    CHECK(p.otherPath == "phases[0]");
    p = firstProblem(R"({"format": 1, "kind": "practice", "id": "two words", "title": "S", "duration": 60})");
    CHECK(p.kind == ProgramProblemKind::InvalidId);
    CHECK(p.text == "\"two words\"");
    CHECK(p.limit == static_cast<long long>(kMaxIdLength));
    p = firstProblem(withStep(R"("duration": 60, "cues": [{"text": "Swap {roles}"}])"));
    CHECK(p.kind == ProgramProblemKind::TemplateUnknownVariable);
    CHECK(p.text == "roles");
}
