// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// The words of the problems found reading a program file, as the CLI prints them.
#include "core/program/programjson.h"
#include "core/program/programlimits.h"
#include "models/program/programproblemtext.h"

#include <catch2/catch.hpp>

using namespace convener::core;
using namespace std::chrono_literals;

namespace {
ProgramLoadResult load(const std::string &text)
{
    return loadProgramDocument(text);
}

std::string described(const ProgramProblem &p, const char *fileName = "f.json")
{
    return convener::models::describe(p, QString::fromUtf8(fileName)).toStdString();
}

std::vector<std::string> errorLines(const ProgramLoadResult &result)
{
    std::vector<std::string> lines;
    for (const ProgramProblem &p : result.problems) {
        if (p.severity == ProblemSeverity::Error)
            lines.push_back(described(p));
    }
    return lines;
}

std::string withStep(const std::string &stepFields)
{
    return R"({"format": 1, "kind": "practice", "id": "s", "title": "S", )" + stepFields + "}";
}
} // namespace

TEST_CASE("ProgramJson words: a syntax error gives its line and column")
{
    const auto result = load("{\n  \"format\": 1,\n  \"kind\": tru\n}");
    CHECK_FALSE(result.ok());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 3);
    CHECK(result.problems[0].column == 14);
    CHECK(
        described(result.problems[0]).rfind("f.json:3:14: syntax error while parsing value - invalid literal", 0) == 0);
}

TEST_CASE("ProgramJson words: a wrong type names the path, the expectation and what was found")
{
    const std::string text = R"({"format": 1, "kind": "program", "id": "p", "name": "P", "calls": [
      {"id": "a", "title": "A", "steps": []},
      {"id": "b", "title": "B", "steps": [
        {"id": "s0", "title": "S", "duration": 60},
        {"id": "s1", "title": "S", "duration": 60},
        {"id": "s2", "title": "S", "duration": 60},
        {"id": "s3", "title": "S", "duration": "five minutes"}]}]})";
    CHECK(errorLines(load(text))
        == std::vector<std::string> {
            "f.json: calls[1].steps[3].duration: expected a number of seconds, got a string" });
}

TEST_CASE("ProgramJson words: every problem of a file is reported at once")
{
    const auto result = load(withStep(R"("duration": true, "space": "room", "group_size": 0, "breakout": "yes",
        "prompts": [3, "{minute}"], "phases": {}, "rotation": {"kind": "sometimes", "count": 1000})"));
    CHECK(errorLines(result)
        == std::vector<std::string> {
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

TEST_CASE("ProgramJson words: huge, negative and fractional numbers are refused with their path")
{
    CHECK(errorLines(load(withStep(R"("duration": 1e400)")))
        == std::vector<std::string> { "f.json:1:76: number overflow parsing '1e400'" });
    CHECK(errorLines(load(withStep(R"("duration": 99999999999999999999999)")))
        == std::vector<std::string> { "f.json: duration: the number is far too large" });
    CHECK(errorLines(load(withStep(R"("duration": 18446744073709551615)")))
        == std::vector<std::string> { "f.json: duration: the number 18446744073709551615 is far too large" });
    CHECK(errorLines(load(withStep(R"("duration": -5)")))
        == std::vector<std::string> { "f.json: duration: a duration cannot be negative, got -5" });
    CHECK(errorLines(load(withStep(R"("duration": 2.5)")))
        == std::vector<std::string> { "f.json: duration: expected a whole number, got 2.5" });
    CHECK(errorLines(load(withStep(R"("duration": 86401)")))
        == std::vector<std::string> {
            "f.json: duration: 86401 seconds is longer than the limit of 24 hours (86400 seconds)" });
    const auto whole = load(withStep(R"("duration": 3e2)"));
    REQUIRE(whole.ok());
    CHECK(std::get<Step>(whole.document->content).duration == 300s);
}

TEST_CASE("ProgramJson words: deep nesting is refused before parsing, at the bracket that goes too deep")
{
    const std::string deep(100000, '[');
    auto result = load(deep);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 1);
    CHECK(result.problems[0].column == kMaxNestingDepth + 1);
    CHECK(convener::models::describe(result.problems[0]).toStdString()
        == "lists and objects are nested more than 64 levels deep");

    std::string inField = withStep(R"("extra": )" + std::string(100000, '{'));
    CHECK_FALSE(load(inField).ok());
    // Brackets inside text do not count.
    CHECK(load(
        withStep(R"("duration": 60, "notes": ")" + std::string(1000, '[') + "\\\"" + std::string(1000, '{') + "\""))
              .ok());
}

TEST_CASE("ProgramJson words: invalid UTF-8 is refused with its position")
{
    for (const std::string bad : { "\xff", "\xc3", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80" }) {
        const auto result = load("{\"format\": 1,\n \"kind\": \"" + bad + "\"}");
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems[0].line == 2);
        CHECK(result.problems[0].column == 11);
        CHECK(
            convener::models::describe(result.problems[0]).toStdString().find("not valid UTF-8") != std::string::npos);
    }
    CHECK(load(withStep(R"("duration": 60, "notes": "\ud800")")).problems.size() == 1);
}

TEST_CASE("ProgramJson words: a file over the size limit is refused without parsing")
{
    std::string big = withStep(R"("duration": 60, "notes": ")");
    big.append(50 * 1024 * 1024, 'x');
    big += "\"}";
    const auto result = load(big);
    REQUIRE(result.problems.size() == 1);
    CHECK(described(result.problems[0], "big.json")
        == "big.json: the file is 50.0 MB; program files are limited to 4.0 MB");
}

TEST_CASE("ProgramJson words: the format version is required and a newer one is refused")
{
    CHECK(errorLines(load(R"({"kind": "practice"})"))
        == std::vector<std::string> { "f.json: format: required field is missing" });
    CHECK(errorLines(load(R"({"format": 2, "kind": "practice", "whatever": []})"))
        == std::vector<std::string> {
            "f.json: format: the file uses format 2, but this version of Convener reads format 1 at most; open "
            "it with a newer Convener" });
    CHECK(errorLines(load(R"({"format": 0, "kind": "practice"})"))
        == std::vector<std::string> { "f.json: format: expected a format of 1 or more, got 0" });
    CHECK(errorLines(load(R"({"format": "1", "kind": "practice"})"))
        == std::vector<std::string> { "f.json: format: expected a whole number, got a string" });
    CHECK(errorLines(load(R"({"format": 1, "kind": "agenda"})"))
        == std::vector<std::string> { "f.json: kind: expected one of program, call, practice, got \"agenda\"" });
    CHECK(errorLines(load("[1, 2]"))
        == std::vector<std::string> { "f.json: expected the file to hold one JSON object, got a list" });
}

TEST_CASE("ProgramJson words: duplicate ids are load errors at the second use")
{
    CHECK(errorLines(load(R"({"format": 1, "kind": "call", "id": "c", "title": "C", "steps": [
        {"id": "a", "title": "A", "duration": 60}, {"id": "b", "title": "B", "duration": 60}, {"id": "a", "title": "A2", "duration": 60}]})"))
        == std::vector<std::string> { "f.json: steps[2].id: the id \"a\" is already used by steps[0]" });
    CHECK(errorLines(load(withStep(R"("phases": [{"id": "x", "duration": 60}, {"id": "x", "duration": 60}])")))
        == std::vector<std::string> { "f.json: phases[1].id: the id \"x\" is already used by phases[0]" });
    CHECK(errorLines(load(R"({"format": 1, "kind": "program", "id": "p", "name": "P", "calls": [
        {"id": "w", "title": "W", "steps": []}, {"id": "w", "title": "W", "steps": []}]})"))
        == std::vector<std::string> { "f.json: calls[1].id: the id \"w\" is already used by calls[0]" });
}

TEST_CASE("ProgramJson words: ids are short words, checked on load")
{
    CHECK(errorLines(load(R"({"format": 1, "kind": "practice", "id": "two words", "title": "S", "duration": 60})"))
        == std::vector<std::string> {
            "f.json: id: \"two words\" is not a valid id: use 1 to 64 letters, digits, '-', '_' or '.'" });
    CHECK(errorLines(load(R"({"format": 1, "kind": "practice", "title": "S", "duration": 60})"))
        == std::vector<std::string> { "f.json: id: required field is missing" });
}

TEST_CASE("ProgramJson words: an unknown variable in a cue is a load error at its path")
{
    CHECK(
        errorLines(load(withStep(
            R"("phases": [{"id": "x", "duration": 60, "cues": [{"text": "ok"}, {"at": "end", "text": "Swap {roles}"}]}])")))
        == std::vector<std::string> {
            "f.json: phases[0].cues[1].text: unknown variable {roles}; the known ones are {minutes}, {round}, "
            "{rounds}, {group_size}, {role}, {next}" });
    CHECK(errorLines(load(withStep(R"("duration": 60, "cues": [{"at": "later", "text": "x"}])")))
        == std::vector<std::string> {
            "f.json: cues[0].at: expected one of start, warning, final_minute, end, got \"later\"" });
}

TEST_CASE("ProgramJson words: a field given twice in one object is an error at its path")
{
    CHECK(errorLines(load(R"({"format": 1, "kind": "call", "id": "c", "title": "C", "steps": [
        {"id": "a", "title": "A", "duration": 60, "duration": 120}]})"))
        == std::vector<std::string> { "f.json: steps[0].duration: the field is given twice in the same object" });
}
