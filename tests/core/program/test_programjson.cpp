// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/programjson.h"

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

std::vector<std::string> errorLines(const ProgramLoadResult &result)
{
    std::vector<std::string> lines;
    for (const ProgramProblem &p : result.problems) {
        if (p.severity == ProblemSeverity::Error)
            lines.push_back(p.describe("f.json"));
    }
    return lines;
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

TEST_CASE("ProgramJson: a syntax error gives its line and column")
{
    const auto result = load("{\n  \"format\": 1,\n  \"kind\": tru\n}");
    CHECK_FALSE(result.ok());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 3);
    CHECK(result.problems[0].column == 14);
    CHECK(result.problems[0].describe("f.json").rfind("f.json:3:14: syntax error while parsing value - invalid literal", 0) == 0);
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

TEST_CASE("ProgramJson: a wrong type names the path, the expectation and what was found")
{
    const std::string text = R"({"format": 1, "kind": "program", "id": "p", "name": "P", "calls": [
      {"id": "a", "title": "A", "steps": []},
      {"id": "b", "title": "B", "steps": [
        {"id": "s0", "title": "S", "duration": 60},
        {"id": "s1", "title": "S", "duration": 60},
        {"id": "s2", "title": "S", "duration": 60},
        {"id": "s3", "title": "S", "duration": "five minutes"}]}]})";
    CHECK(errorLines(load(text)) ==
          std::vector<std::string>{"f.json: calls[1].steps[3].duration: expected a number of seconds, got a string"});
}

TEST_CASE("ProgramJson: every problem of a file is reported at once")
{
    const auto result = load(withStep(R"("duration": true, "space": "room", "group_size": 0, "breakout": "yes",
        "prompts": [3, "{minute}"], "phases": {}, "rotation": {"kind": "sometimes", "count": 1000})"));
    CHECK(errorLines(result) == std::vector<std::string>{
                                    "f.json: duration: expected a number of seconds, got true",
                                    "f.json: space: expected one of self, pair, trio, group, circle, got \"room\"",
                                    "f.json: group_size: expected a number from 1 to 500, got 0",
                                    "f.json: breakout: expected true or false, got a string",
                                    "f.json: rotation.kind: expected one of none, per_member, fixed, got \"sometimes\"",
                                    "f.json: rotation.count: expected a number from 1 to 100, got 1000",
                                    "f.json: prompts[0]: expected text, got a number",
                                    "f.json: prompts[1]: unknown variable {minute}; the known ones are {minutes}, {round}, {rounds}, "
                                    "{group_size}, {role}, {next}",
                                    "f.json: phases: expected a list, got an object",
                                });
}

TEST_CASE("ProgramJson: huge, negative and fractional numbers are refused with their path")
{
    CHECK(errorLines(load(withStep(R"("duration": 1e400)"))) == std::vector<std::string>{"f.json:1:76: number overflow parsing '1e400'"});
    CHECK(errorLines(load(withStep(R"("duration": 99999999999999999999999)"))) ==
          std::vector<std::string>{"f.json: duration: the number is far too large"});
    CHECK(errorLines(load(withStep(R"("duration": 18446744073709551615)"))) ==
          std::vector<std::string>{"f.json: duration: the number 18446744073709551615 is far too large"});
    CHECK(errorLines(load(withStep(R"("duration": -5)"))) == std::vector<std::string>{"f.json: duration: a duration cannot be negative, got -5"});
    CHECK(errorLines(load(withStep(R"("duration": 2.5)"))) == std::vector<std::string>{"f.json: duration: expected a whole number, got 2.5"});
    CHECK(errorLines(load(withStep(R"("duration": 86401)"))) ==
          std::vector<std::string>{"f.json: duration: 86401 seconds is longer than the limit of 24 hours (86400 seconds)"});
    const auto whole = load(withStep(R"("duration": 3e2)"));
    REQUIRE(whole.ok());
    CHECK(std::get<Step>(whole.document->content).duration == 300s);
}

TEST_CASE("ProgramJson: deep nesting is refused before parsing, at the bracket that goes too deep")
{
    const std::string deep(100000, '[');
    auto result = load(deep);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 1);
    CHECK(result.problems[0].column == kMaxNestingDepth + 1);
    CHECK(result.problems[0].message == "lists and objects are nested more than 64 levels deep");

    std::string inField = withStep(R"("extra": )" + std::string(100000, '{'));
    CHECK_FALSE(load(inField).ok());
    // Brackets inside text do not count.
    CHECK(load(withStep(R"("duration": 60, "notes": ")" + std::string(1000, '[') + "\\\"" + std::string(1000, '{') + "\"")).ok());
}

TEST_CASE("ProgramJson: invalid UTF-8 is refused with its position")
{
    for (const std::string bad : {"\xff", "\xc3", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80"}) {
        const auto result = load("{\"format\": 1,\n \"kind\": \"" + bad + "\"}");
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].line == 2);
        CHECK(result.problems[0].column == 11);
        CHECK(result.problems[0].message.find("not valid UTF-8") != std::string::npos);
    }
    CHECK(load(withStep(R"("duration": 60, "notes": "\ud800")")).problems.size() == 1);
}

TEST_CASE("ProgramJson: a file over the size limit is refused without parsing")
{
    std::string big = withStep(R"("duration": 60, "notes": ")");
    big.append(50 * 1024 * 1024, 'x');
    big += "\"}";
    const auto result = load(big);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].describe("big.json") == "big.json: the file is 50.0 MB; program files are limited to 4.0 MB");
}

TEST_CASE("ProgramJson: the format version is required and a newer one is refused")
{
    CHECK(errorLines(load(R"({"kind": "practice"})")) == std::vector<std::string>{"f.json: format: required field is missing"});
    CHECK(errorLines(load(R"({"format": 2, "kind": "practice", "whatever": []})")) ==
          std::vector<std::string>{"f.json: format: the file uses format 2, but this version of Convener reads format 1 at most; open "
                                   "it with a newer Convener"});
    CHECK(errorLines(load(R"({"format": 0, "kind": "practice"})")) ==
          std::vector<std::string>{"f.json: format: expected a format of 1 or more, got 0"});
    CHECK(errorLines(load(R"({"format": "1", "kind": "practice"})")) ==
          std::vector<std::string>{"f.json: format: expected a whole number, got a string"});
    CHECK(errorLines(load(R"({"format": 1, "kind": "agenda"})")) ==
          std::vector<std::string>{"f.json: kind: expected one of program, call, practice, got \"agenda\""});
    CHECK(errorLines(load("[1, 2]")) == std::vector<std::string>{"f.json: expected the file to hold one JSON object, got a list"});
}

TEST_CASE("ProgramJson: duplicate ids are load errors at the second use")
{
    CHECK(errorLines(load(R"({"format": 1, "kind": "call", "id": "c", "title": "C", "steps": [
        {"id": "a", "title": "A", "duration": 60}, {"id": "b", "title": "B", "duration": 60}, {"id": "a", "title": "A2", "duration": 60}]})")) ==
          std::vector<std::string>{"f.json: steps[2].id: the id \"a\" is already used by steps[0]"});
    CHECK(errorLines(load(withStep(R"("phases": [{"id": "x", "duration": 60}, {"id": "x", "duration": 60}])"))) ==
          std::vector<std::string>{"f.json: phases[1].id: the id \"x\" is already used by phases[0]"});
    CHECK(errorLines(load(R"({"format": 1, "kind": "program", "id": "p", "name": "P", "calls": [
        {"id": "w", "title": "W", "steps": []}, {"id": "w", "title": "W", "steps": []}]})")) ==
          std::vector<std::string>{"f.json: calls[1].id: the id \"w\" is already used by calls[0]"});
}

TEST_CASE("ProgramJson: ids are short words, checked on load")
{
    CHECK(errorLines(load(R"({"format": 1, "kind": "practice", "id": "two words", "title": "S", "duration": 60})")) ==
          std::vector<std::string>{"f.json: id: \"two words\" is not a valid id: use 1 to 64 letters, digits, '-', '_' or '.'"});
    CHECK(errorLines(load(R"({"format": 1, "kind": "practice", "title": "S", "duration": 60})")) ==
          std::vector<std::string>{"f.json: id: required field is missing"});
}

TEST_CASE("ProgramJson: an unknown variable in a cue is a load error at its path")
{
    CHECK(errorLines(load(withStep(R"("phases": [{"id": "x", "duration": 60, "cues": [{"text": "ok"}, {"at": "end", "text": "Swap {roles}"}]}])"))) ==
          std::vector<std::string>{"f.json: phases[0].cues[1].text: unknown variable {roles}; the known ones are {minutes}, {round}, "
                                   "{rounds}, {group_size}, {role}, {next}"});
    CHECK(errorLines(load(withStep(R"("duration": 60, "cues": [{"at": "later", "text": "x"}])"))) ==
          std::vector<std::string>{"f.json: cues[0].at: expected one of start, warning, final_minute, end, got \"later\""});
}

TEST_CASE("ProgramJson: a field given twice in one object is an error at its path")
{
    CHECK(errorLines(load(R"({"format": 1, "kind": "call", "id": "c", "title": "C", "steps": [
        {"id": "a", "title": "A", "duration": 60, "duration": 120}]})")) ==
          std::vector<std::string>{"f.json: steps[0].duration: the field is given twice in the same object"});
}

TEST_CASE("ProgramJson: odd keys are shown quoted in paths")
{
    const auto result = load(withStep("\"duration\": 60, \"we\\u0000ird key\": 1"));
    REQUIRE(result.ok());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].path == "[\"we\\u0000ird key\"]");
}
