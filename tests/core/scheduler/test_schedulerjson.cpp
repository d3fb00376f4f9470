// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/scheduler/schedulerjson.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace convener::core;

namespace {
std::string errorOf(std::string_view text)
{
    const auto parsed = parseScheduleProblem(text);
    if (parsed.error)
        return parsed.error->text();
    if (auto e = checkScheduleProblem(*parsed.problem))
        return e->text();
    return {};
}
} // namespace

TEST_CASE("Schedule JSON: a problem with names reads into indices")
{
    const auto parsed = parseScheduleProblem(R"({
        "people": ["Ana", "Ben", "Cy", "Dee"],
        "history": [[["Ana", "Ben"], ["Cy", "Dee"]]],
        "keep_apart": [["Ana", "Cy"]],
        "rounds": [{"group_size": 2, "absent": [], "late": []}, {"group_size": 2, "smaller_groups": true}]
    })");
    REQUIRE(parsed.problem);
    const auto &p = *parsed.problem;
    CHECK(p.people == 4);
    CHECK(p.names == std::vector<std::string>{"Ana", "Ben", "Cy", "Dee"});
    CHECK(p.history == std::vector<ScheduleRound>{{{0, 1}, {2, 3}}});
    CHECK(p.keepApart == std::vector<std::pair<int, int>>{{0, 2}});
    REQUIRE(p.rounds.size() == 2);
    CHECK(p.rounds[1].smallerGroups);

    const auto result = planSchedule(p);
    REQUIRE(result.ok());
    CHECK(result.rounds.front() == ScheduleRound{{0, 3}, {1, 2}});
    const auto out = nlohmann::json::parse(scheduleResultJson(result, p));
    CHECK(out["rounds"][0] == nlohmann::json::parse(R"([["Ana","Dee"],["Ben","Cy"]])"));
    CHECK(out["stats"]["repeats"] == result.stats.repeats);
    CHECK(out["stats"]["lower_bound"] == result.stats.lowerBound);
    CHECK(out["stats"]["keep_apart_violations"] == 0);
    CHECK(out["stats"].contains("max_pair_meetings"));
    CHECK(out["stats"].contains("elapsed_ms"));
    CHECK(out["stats"]["optimal"] == result.stats.boundReached);
    CHECK(out["stats"]["gap"] == result.stats.repeats - result.stats.lowerBound);
}

TEST_CASE("Schedule JSON: people given as a count are referred to by number")
{
    const auto parsed = parseScheduleProblem(R"({"people": 6, "history": [[[0,1,2],[3,4,5]]], "rounds": [{"group_size": 3, "late": [5]}]})");
    REQUIRE(parsed.problem);
    CHECK(parsed.problem->names.empty());
    CHECK(parsed.problem->rounds[0].late == std::vector<int>{5});
    const auto result = planSchedule(*parsed.problem);
    const auto text = scheduleResultJson(result, *parsed.problem);
    CHECK_THAT(text, Catch::StartsWith("{\n  \"rounds\": [\n    [["));
    CHECK(nlohmann::json::parse(text)["rounds"][0][0][0].is_number());
}

TEST_CASE("Schedule JSON: every mistake names its place")
{
    const std::string people = R"("people": ["Ana", "Ben", "Cy", "Dee"])";
    CHECK_THAT(errorOf("{"), Catch::StartsWith("not valid JSON"));
    CHECK_THAT(errorOf("[]"), Catch::Contains("expected a JSON object"));
    CHECK(errorOf(R"({"rounds": []})") == "people: missing: give a list of names or a number of people");
    CHECK(errorOf("{" + people + "}") == "rounds: missing: list the rounds to plan, each with a group_size");
    CHECK(errorOf("{" + people + R"(, "rounds": [{"group_size": 2}, {"group_size": 2}, {"group_size": 2, "absent": ["Zed"]}]})")
          == "rounds[2].absent: unknown person 'Zed'");
    CHECK(errorOf("{" + people + R"(, "rounds": [{"group_size": 1}]})")
          == "rounds[0].group_size: must be at least 2 (a group of one is no encounter)");
    CHECK(errorOf("{" + people + R"(, "rounds": [{"group_size": "2"}]})")
          == "rounds[0].group_size: expected a whole number, found text");
    CHECK(errorOf("{" + people + R"(, "rounds": [{"groupsize": 2}]})") == "rounds[0]: unknown field 'groupsize'");
    CHECK(errorOf("{" + people + R"(, "history": [[["Ana", "Eve"]]], "rounds": []})")
          == "history[0][0]: unknown person 'Eve'");
    CHECK(errorOf("{" + people + R"(, "history": [[["Ana", "Ben"], ["Ana"]]], "rounds": []})")
          == "history[0][1]: 'Ana' is in more than one group of this round");
    CHECK(errorOf("{" + people + R"(, "keep_apart": [["Ana"]], "rounds": []})")
          == "keep_apart[0]: expected two people, found 1");
    CHECK(errorOf("{" + people + R"(, "keep_apart": [["Ana", "Ana"]], "rounds": []})")
          == "keep_apart[0]: 'Ana' cannot be kept apart from themselves");
    CHECK(errorOf(R"({"people": ["Ana", "Ana"], "rounds": []})") == "people[1]: 'Ana' appears twice");
    CHECK(errorOf(R"({"people": 4, "rounds": [{"group_size": 2, "absent": [4]}]})")
          == "rounds[0].absent: unknown person 4 (people are numbered 0 to 3)");
    CHECK(errorOf("{" + people + R"(, "rounds": [{"group_size": 2, "absent": ["Ana", "Ben", "Cy"]}]})")
          == "rounds[0].absent: 3 of 4 people are away, more than are present; the one left is too few for a group of 2");
    CHECK(errorOf("{" + people + R"(, "rounds": [{"group_size": 2, "absent": ["Ana", "Ana"]}]})")
          == "rounds[0].absent: 'Ana' is listed twice");
    CHECK(errorOf("{" + people + R"(, "keep_apart": [["Ana","Ben"],["Ana","Cy"],["Ana","Dee"]], "rounds": [{"group_size": 2}]})")
          == "keep_apart: 'Ana' must be kept apart from 3 of the 3 other people present in rounds[0], so no group of 2 can include them");
    CHECK(errorOf("{" + people + R"(, "rounds": [{"group_size": 2, "smaller_groups": 1}]})")
          == "rounds[0].smaller_groups: expected true or false, found a number");
}

TEST_CASE("Schedule JSON: arbitrary bytes give an error, never a crash")
{
    const std::vector<std::string> inputs{"", "null", "1e999", R"({"people": 1e9, "rounds": []})",
                                          R"({"people": -3, "rounds": []})", R"({"people": [1,2], "rounds": []})",
                                          R"({"people": 3, "rounds": [null]})", R"({"people": 3, "rounds": [{"group_size": 99999999999}]})",
                                          std::string("\xff\xfe{", 3), R"({"people": 3, "rounds": {}})",
                                          R"({"people": 3, "history": [[[0,1]], "x"], "rounds": []})"};
    for (const auto &input : inputs) {
        INFO(input);
        const auto parsed = parseScheduleProblem(input);
        CHECK((parsed.problem.has_value() != parsed.error.has_value()));
        if (parsed.problem) {
            const auto result = planSchedule(*parsed.problem);
            CHECK((result.ok() || !result.error->message.empty()));
        }
    }
}

TEST_CASE("Schedule JSON: a syntax error gives its line and column")
{
    CHECK(errorOf("{\"people\": 4,\n \"rounds\": [{\"group_size\": 2,}]}")
        == "not valid JSON: parse error at line 2, column 30: syntax error while parsing object key - unexpected '}'; "
           "expected string literal");
    // Columns count characters, not bytes.
    CHECK_THAT(errorOf("{\"people\": [\"Zoë\", \"Ana\"] x}"),
        Catch::StartsWith("not valid JSON: parse error at line 1, column 27: "));
    CHECK(errorOf(R"({"people": 4, "rounds": [{"group_size": 1e400}]})")
        == "not valid JSON: parse error at line 1, column 45: number overflow parsing '1e400'");
}

TEST_CASE("Schedule JSON: invalid UTF-8 is refused at its first bad byte")
{
    CHECK(errorOf("{\"people\": [\"Ana\", \"B\xe9n\"], \"rounds\": []}")
        == "not valid JSON: parse error at line 1, column 22: the file is not valid UTF-8 text (byte 0xE9); save it "
           "with the UTF-8 "
           "encoding");
    CHECK_THAT(
        errorOf("{\"people\": [\"Ana\", \"\xed\xa0\x80\"], \"rounds\": []}"), Catch::Contains("not valid UTF-8"));
}

TEST_CASE("Schedule JSON: deep nesting is refused before parsing")
{
    CHECK(errorOf(std::string(100000, '['))
        == "not valid JSON: parse error at line 1, column 65: lists and objects are nested more than 64 levels deep");
    CHECK_THAT(errorOf(R"({"people": 4, "history": )" + std::string(100000, '[')),
        Catch::Contains("nested more than 64 levels deep"));
    // Brackets inside names do not count.
    const auto parsed = parseScheduleProblem(
        R"({"people": [")" + std::string(1000, '[') + R"(", "Ana"], "rounds": [{"group_size": 2}]})");
    REQUIRE(parsed.problem);
    CHECK(parsed.problem->names.front() == std::string(1000, '['));
}
