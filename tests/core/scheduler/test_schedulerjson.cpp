// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/scheduler/schedulelimits.h"
#include "core/scheduler/schedulerjson.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <numeric>

using namespace convener::core;

namespace {
// The first thing wrong with a problem file, reading or checking it. The words
// are checked in tests/models/rooms/test_scheduleerrortext.cpp.
ScheduleError errorOf(std::string_view text)
{
    const auto parsed = parseScheduleProblem(text);
    if (parsed.error)
        return *parsed.error;
    auto e = checkScheduleProblem(*parsed.problem);
    REQUIRE(e);
    return *e;
}

ScheduleError expected(ScheduleErrorKind kind, std::string field)
{
    ScheduleError e;
    e.kind = kind;
    e.field = std::move(field);
    return e;
}

ScheduleError withText(ScheduleErrorKind kind, std::string field, std::string text)
{
    ScheduleError e = expected(kind, std::move(field));
    e.text = std::move(text);
    return e;
}

ScheduleError outOfRange(std::string field, std::string text, long long least, long long limit)
{
    ScheduleError e = expected(ScheduleErrorKind::NumberOutOfRange, std::move(field));
    e.text = std::move(text);
    e.least = least;
    e.limit = limit;
    return e;
}

ScheduleError withFound(ScheduleErrorKind kind, std::string field, ScheduleValueType found)
{
    ScheduleError e = expected(kind, std::move(field));
    e.found = found;
    return e;
}

ScheduleError aboutAna(ScheduleErrorKind kind, std::string field)
{
    ScheduleError e = expected(kind, std::move(field));
    e.people = { 0 };
    e.names = { "Ana" };
    return e;
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
    using Kind = ScheduleErrorKind;
    const std::string people = R"("people": ["Ana", "Ben", "Cy", "Dee"])";
    CHECK(errorOf("{").kind == Kind::NotJson);
    CHECK(errorOf("[]") == expected(Kind::NotAnObject, ""));
    CHECK(errorOf(R"({"rounds": []})") == expected(Kind::PeopleMissing, "people"));
    CHECK(errorOf("{" + people + "}") == expected(Kind::RoundsMissing, "rounds"));
    CHECK(errorOf("{" + people
              + R"(, "rounds": [{"group_size": 2}, {"group_size": 2}, {"group_size": 2, "absent": ["Zed"]}]})")
        == withText(Kind::UnknownName, "rounds[2].absent", "Zed"));
    CHECK(errorOf("{" + people + R"(, "rounds": [{"group_size": 1}]})")
        == outOfRange("rounds[0].group_size", "1", 2, kScheduleMaxGroupSize));
    CHECK(errorOf("{" + people + R"(, "rounds": [{"group_size": "2"}]})")
        == withFound(Kind::ExpectedWholeNumber, "rounds[0].group_size", ScheduleValueType::Text));
    CHECK(errorOf("{" + people + R"(, "rounds": [{"groupsize": 2}]})")
        == withText(Kind::UnknownField, "rounds[0]", "groupsize"));
    CHECK(errorOf("{" + people + R"(, "history": [[["Ana", "Eve"]]], "rounds": []})")
        == withText(Kind::UnknownName, "history[0][0]", "Eve"));
    CHECK(errorOf("{" + people + R"(, "history": [[["Ana", "Ben"], ["Ana"]]], "rounds": []})")
        == aboutAna(Kind::InTwoGroups, "history[0][1]"));
    ScheduleError pair = expected(Kind::ExpectedTwoPeople, "keep_apart[0]");
    pair.count = 1;
    CHECK(errorOf("{" + people + R"(, "keep_apart": [["Ana"]], "rounds": []})") == pair);
    CHECK(errorOf("{" + people + R"(, "keep_apart": [["Ana", "Ana"]], "rounds": []})")
        == aboutAna(Kind::KeptApartFromThemselves, "keep_apart[0]"));
    CHECK(errorOf(R"({"people": ["Ana", "Ana"], "rounds": []})") == withText(Kind::NameTwice, "people[1]", "Ana"));
    ScheduleError numbered = expected(Kind::PersonNumberOutOfRange, "rounds[0].absent");
    numbered.text = "4";
    numbered.limit = 3;
    CHECK(errorOf(R"({"people": 4, "rounds": [{"group_size": 2, "absent": [4]}]})") == numbered);
    ScheduleError away = expected(Kind::MostAway, "rounds[0].absent");
    away.count = 3;
    away.present = 1;
    away.groupSize = 2;
    CHECK(errorOf("{" + people + R"(, "rounds": [{"group_size": 2, "absent": ["Ana", "Ben", "Cy"]}]})") == away);
    CHECK(errorOf("{" + people + R"(, "rounds": [{"group_size": 2, "absent": ["Ana", "Ana"]}]})")
        == aboutAna(Kind::ListedTwice, "rounds[0].absent"));
    ScheduleError apart = aboutAna(Kind::KeptApartFromTooMany, "keep_apart");
    apart.count = 3;
    apart.present = 4;
    apart.round = 0;
    apart.groupSize = 2;
    CHECK(errorOf("{" + people
              + R"(, "keep_apart": [["Ana","Ben"],["Ana","Cy"],["Ana","Dee"]], "rounds": [{"group_size": 2}]})")
        == apart);
    CHECK(errorOf("{" + people + R"(, "rounds": [{"group_size": 2, "smaller_groups": 1}]})")
        == withFound(Kind::ExpectedTrueOrFalse, "rounds[0].smaller_groups", ScheduleValueType::Number));
    CHECK(errorOf(R"({"people": 1, "rounds": []})") == outOfRange("people", "1", 2, kScheduleMaxPeople));
}

TEST_CASE("Schedule JSON: a number out of range is named as the file gives it")
{
    // Each used to come out as another number: a group size clamped to a
    // million, 2^64 - 1 wrapped round to -1, 1e30 people "not a list".
    const auto groupSize
        = [](const std::string &k) { return errorOf(R"({"people": 4, "rounds": [{"group_size": )" + k + "}]}"); };
    CHECK(groupSize("99999999999") == outOfRange("rounds[0].group_size", "99999999999", 2, kScheduleMaxGroupSize));
    CHECK(groupSize("-5") == outOfRange("rounds[0].group_size", "-5", 2, kScheduleMaxGroupSize));
    CHECK(groupSize("1e30") == outOfRange("rounds[0].group_size", "1e+30", 2, kScheduleMaxGroupSize));
    CHECK(groupSize("2.5") == outOfRange("rounds[0].group_size", "2.5", 2, kScheduleMaxGroupSize));
    CHECK(groupSize("18446744073709551615")
        == outOfRange("rounds[0].group_size", "18446744073709551615", 2, kScheduleMaxGroupSize));
    CHECK(errorOf(R"({"people": 18446744073709551615, "rounds": []})")
        == outOfRange("people", "18446744073709551615", 2, kScheduleMaxPeople));
    CHECK(errorOf(R"({"people": 1e30, "rounds": []})") == outOfRange("people", "1e+30", 2, kScheduleMaxPeople));
    ScheduleError person = expected(ScheduleErrorKind::PersonNumberOutOfRange, "rounds[0].absent");
    person.text = "18446744073709551615";
    person.limit = 3;
    CHECK(errorOf(R"({"people": 4, "rounds": [{"group_size": 2, "absent": [18446744073709551615]}]})") == person);
    person.text = "-3";
    CHECK(errorOf(R"({"people": 4, "rounds": [{"group_size": 2, "absent": [-3]}]})") == person);
    person.text = "1.5";
    CHECK(errorOf(R"({"people": 4, "rounds": [{"group_size": 2, "absent": [1.5]}]})") == person);
}

TEST_CASE("Schedule JSON: a request past the maximums is refused before it is read whole")
{
    using Kind = ScheduleErrorKind;
    const auto list = [](int count, const std::string &item) {
        std::string text = "[";
        for (int i = 0; i < count; ++i)
            text += (i ? ", " : "") + item;
        return text + "]";
    };
    const auto tooMany = [](Kind kind, std::string field, long long count, long long limit) {
        ScheduleError e = expected(kind, std::move(field));
        e.count = count;
        e.limit = limit;
        return e;
    };
    // 4 people and 10,000 rounds ran for a minute, whatever the time limit.
    CHECK(errorOf(R"({"people": 4, "rounds": )" + list(10000, R"({"group_size": 2})") + "}")
        == tooMany(Kind::TooManyRounds, "rounds", 10000, kScheduleMaxRounds));
    CHECK(
        errorOf(R"({"people": 4, "history": )" + list(kScheduleMaxHistoryRounds + 1, "[[0, 1]]") + R"(, "rounds": []})")
        == tooMany(Kind::TooManyHistoryRounds, "history", kScheduleMaxHistoryRounds + 1, kScheduleMaxHistoryRounds));
    CHECK(errorOf(R"({"people": 4, "keep_apart": )" + list(kScheduleMaxKeepApart + 1, "[0, 1]") + R"(, "rounds": []})")
        == tooMany(Kind::TooManyKeptApart, "keep_apart", kScheduleMaxKeepApart + 1, kScheduleMaxKeepApart));
    CHECK(
        errorOf(R"({"people": 1000, "history": [[)" + list(kScheduleMaxHistoryGroup + 1, "7") + R"(]], "rounds": []})")
        == tooMany(
            Kind::HistoryGroupTooLarge, "history[0][0]", kScheduleMaxHistoryGroup + 1, kScheduleMaxHistoryGroup));
    CHECK(errorOf(R"({"people": 1000, "rounds": [{"group_size": 500}]})")
        == outOfRange("rounds[0].group_size", "500", 2, kScheduleMaxGroupSize));
    CHECK(errorOf(R"({"people": 1001, "rounds": []})") == outOfRange("people", "1001", 2, kScheduleMaxPeople));
    std::string names;
    for (int i = 0; i <= kScheduleMaxPeople; ++i)
        names += (i ? ", \"p" : "\"p") + std::to_string(i) + "\"";
    CHECK(errorOf(R"({"people": [)" + names + R"(], "rounds": []})")
        == tooMany(Kind::TooManyPeople, "people", kScheduleMaxPeople + 1, kScheduleMaxPeople));
    const std::string huge(kScheduleMaxFileBytes + 1, ' ');
    CHECK(errorOf(huge)
        == tooMany(Kind::FileTooLarge, "", static_cast<long long>(huge.size()),
            static_cast<long long>(kScheduleMaxFileBytes)));
}

TEST_CASE("Scheduler: a request past the maximums is refused however it was made")
{
    using Kind = ScheduleErrorKind;
    CHECK(checkScheduleProblem(uniformScheduleProblem(kScheduleMaxPeople + 1, 2, 1))->kind == Kind::TooManyPeople);
    CHECK(checkScheduleProblem(uniformScheduleProblem(4, 2, kScheduleMaxRounds + 1))->kind == Kind::TooManyRounds);
    CHECK(checkScheduleProblem(uniformScheduleProblem(kScheduleMaxPeople, kScheduleMaxGroupSize + 1, 1))
        == outOfRange("rounds[0].group_size", std::to_string(kScheduleMaxGroupSize + 1), 2, kScheduleMaxGroupSize));
    ScheduleProblem p = uniformScheduleProblem(4, 2, 1);
    p.history.assign(kScheduleMaxHistoryRounds + 1, { { 0, 1 } });
    CHECK(checkScheduleProblem(p)->kind == Kind::TooManyHistoryRounds);
    p = uniformScheduleProblem(4, 2, 1);
    p.keepApart.assign(kScheduleMaxKeepApart + 1, { 0, 1 });
    CHECK(checkScheduleProblem(p)->kind == Kind::TooManyKeptApart);
    p = uniformScheduleProblem(kScheduleMaxPeople, 2, 1);
    p.history = { { ScheduleGroup(kScheduleMaxHistoryGroup + 1) } };
    std::iota(p.history[0][0].begin(), p.history[0][0].end(), 0);
    CHECK(checkScheduleProblem(p)->kind == Kind::HistoryGroupTooLarge);
    // At the maximums a request is taken.
    CHECK_FALSE(
        checkScheduleProblem(uniformScheduleProblem(kScheduleMaxPeople, kScheduleMaxGroupSize, kScheduleMaxRounds)));
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
            CHECK((result.ok() || !result.error->field.empty()));
        }
    }
}

TEST_CASE("Schedule JSON: a syntax error gives its line and column")
{
    ScheduleError e = errorOf("{\"people\": 4,\n \"rounds\": [{\"group_size\": 2,}]}");
    CHECK(e.kind == ScheduleErrorKind::NotJson);
    CHECK(e.field.empty());
    CHECK(e.json.kind == JsonReadErrorKind::Syntax);
    CHECK((e.json.line == 2 && e.json.column == 30));
    CHECK(e.json.detail == "syntax error while parsing object key - unexpected '}'; expected string literal");
    // Columns count characters, not bytes.
    e = errorOf("{\"people\": [\"Zoë\", \"Ana\"] x}");
    CHECK((e.json.line == 1 && e.json.column == 27));
    e = errorOf(R"({"people": 4, "rounds": [{"group_size": 1e400}]})");
    CHECK((e.json.line == 1 && e.json.column == 45));
    CHECK(e.json.detail == "number overflow parsing '1e400'");
}

TEST_CASE("Schedule JSON: invalid UTF-8 is refused at its first bad byte")
{
    ScheduleError e = errorOf("{\"people\": [\"Ana\", \"B\xe9n\"], \"rounds\": []}");
    CHECK(e.kind == ScheduleErrorKind::NotJson);
    CHECK(e.json.kind == JsonReadErrorKind::InvalidUtf8);
    CHECK((e.json.line == 1 && e.json.column == 22 && e.json.badByte == 0xE9));
    CHECK(errorOf("{\"people\": [\"Ana\", \"\xed\xa0\x80\"], \"rounds\": []}").json.kind
        == JsonReadErrorKind::InvalidUtf8);
}

TEST_CASE("Schedule JSON: deep nesting is refused before parsing")
{
    ScheduleError e = errorOf(std::string(100000, '['));
    CHECK(e.kind == ScheduleErrorKind::NotJson);
    CHECK(e.json.kind == JsonReadErrorKind::TooDeep);
    CHECK((e.json.line == 1 && e.json.column == 65 && e.json.maxDepth == 64));
    e = errorOf(R"({"people": 4, "history": )" + std::string(100000, '['));
    CHECK((e.json.kind == JsonReadErrorKind::TooDeep && e.json.maxDepth == 64));
    // Brackets inside names do not count.
    const auto parsed = parseScheduleProblem(
        R"({"people": [")" + std::string(1000, '[') + R"(", "Ana"], "rounds": [{"group_size": 2}]})");
    REQUIRE(parsed.problem);
    CHECK(parsed.problem->names.front() == std::string(1000, '['));
}
