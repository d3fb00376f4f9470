// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// The words of every scheduler error, as `convener-cli schedule` prints them
// and as the Rooms page quotes them when a plan fails. Each case reads or
// checks a real problem where one can make the error.
#include "core/rooms/roomplanner.h"
#include "core/scheduler/scheduler.h"
#include "core/scheduler/schedulerjson.h"
#include "models/rooms/scheduleerrortext.h"
#include "models/storageerror.h"
#include "storage/rooms/roomplanstore.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

using namespace convener;
using core::ScheduleError;
using core::ScheduleProblem;
using Kind = core::ScheduleErrorKind;

namespace {

const std::string kPeople = R"("people": ["Ana", "Ben", "Cy", "Dee"])";

// The first thing wrong with a problem file, reading or checking it.
ScheduleError fileError(std::string_view text)
{
    const auto parsed = core::parseScheduleProblem(text);
    if (parsed.error)
        return *parsed.error;
    auto error = core::checkScheduleProblem(*parsed.problem);
    REQUIRE(error);
    return *error;
}

ScheduleError problemError(const ScheduleProblem &problem)
{
    auto error = core::checkScheduleProblem(problem);
    REQUIRE(error);
    return *error;
}

ScheduleError withPeople(std::string rest)
{
    return fileError("{" + kPeople + ", " + rest + "}");
}

struct Said
{
    ScheduleError error;
    std::string words;
};

std::vector<Said> everyKind()
{
    std::vector<Said> cases;
    const auto add = [&cases](ScheduleError error, std::string words) {
        cases.push_back({ std::move(error), std::move(words) });
    };

    // Reading a problem file.
    add(fileError("{\"people\": 4,\n \"rounds\": [{\"group_size\": 2,}]}"),
        "not valid JSON: parse error at line 2, column 30: syntax error while parsing object key - unexpected '}'; "
        "expected string literal");
    add(fileError(R"({"people": 4, "rounds": [{"group_size": 1e400}]})"),
        "not valid JSON: parse error at line 1, column 45: number overflow parsing '1e400'");
    add(fileError("{\"people\": [\"Ana\", \"B\xe9n\"], \"rounds\": []}"),
        "not valid JSON: parse error at line 1, column 22: the file is not valid UTF-8 text (byte 0xE9); save it with "
        "the UTF-8 encoding");
    add(fileError(std::string(100000, '[')),
        "not valid JSON: parse error at line 1, column 65: lists and objects are nested more than 64 levels deep");
    ScheduleError unreadable;
    unreadable.kind = Kind::Unreadable;
    unreadable.detail = "type must be number, but is string";
    add(unreadable, "unreadable problem: type must be number, but is string");
    add(fileError("[]"), "expected a JSON object with \"people\" and \"rounds\"");
    add(withPeople(R"("rounds": [{"groupsize": 2}])"), "rounds[0]: unknown field 'groupsize'");
    add(withPeople(R"("rooms": 2, "rounds": [])"), "problem: unknown field 'rooms'");
    add(fileError(R"({"rounds": []})"), "people: missing: give a list of names or a number of people");
    add(fileError("{" + kPeople + "}"), "rounds: missing: list the rounds to plan, each with a group_size");
    add(withPeople(R"("rounds": [{}])"), "rounds[0].group_size: missing");
    add(fileError(R"({"people": 3, "rounds": {}})"), "rounds: expected a list, found an object");
    add(fileError(R"({"people": [1, 2], "rounds": []})"), "people[0]: expected a name, found a number");
    add(fileError(R"({"people": 3, "rounds": [{"group_size": 2, "absent": ["x"]}]})"),
        "rounds[0].absent: expected a person number, found text");
    add(fileError(R"({"people": 3, "rounds": [null]})"), "rounds[0]: expected an object with a group_size, found null");
    add(withPeople(R"("rounds": [{"group_size": "2"}])"), "rounds[0].group_size: expected a whole number, found text");
    add(withPeople(R"("rounds": [{"group_size": true}])"),
        "rounds[0].group_size: expected a whole number, found true/false");
    add(withPeople(R"("rounds": [{"group_size": []}])"), "rounds[0].group_size: expected a whole number, found a list");
    add(withPeople(R"("rounds": [{"group_size": 2, "smaller_groups": 1}])"),
        "rounds[0].smaller_groups: expected true or false, found a number");
    add(fileError(R"({"people": -3, "rounds": []})"), "people: -3 is out of range: give a whole number from 2 to 1000");
    std::string crowd = R"({"people": [)";
    for (int i = 0; i <= 1000; ++i)
        crowd += (i ? ", \"p" : "\"p") + std::to_string(i) + "\"";
    add(fileError(crowd + R"(], "rounds": []})"), "people: 1001 people, more than the 1000 a plan can have");
    add(fileError(std::string(16 * 1024 * 1024 + 1, ' ')),
        "the file has 16777217 bytes or more, above the 16777216 bytes a problem file may have");
    add(problemError(core::uniformScheduleProblem(4, 2, 101)),
        "rounds: 101 rounds, more than the 100 one plan can have");
    ScheduleProblem large = core::uniformScheduleProblem(4, 2, 1);
    large.history.assign(251, { { 0, 1 } });
    add(problemError(large), "history: 251 rounds of history, more than the 250 a plan can take into account");
    large = core::uniformScheduleProblem(200, 2, 1);
    large.history = { { core::ScheduleGroup(101) } };
    for (int i = 0; i < 101; ++i)
        large.history[0][0][static_cast<size_t>(i)] = i;
    add(problemError(large), "history[0][0]: a group of 101 people, more than the 100 a group of history can have");
    large = core::uniformScheduleProblem(4, 2, 1);
    large.keepApart.assign(1001, { 0, 1 });
    add(problemError(large), "keep_apart: 1001 pairs, more than the 1000 a plan can keep apart");
    add(fileError(R"({"people": ["", "Ana"], "rounds": []})"), "people[0]: a name cannot be empty");
    add(fileError(R"({"people": ["Ana", "Ana"], "rounds": []})"), "people[1]: 'Ana' appears twice");
    add(withPeople(R"("rounds": [{"group_size": 2}, {"group_size": 2}, {"group_size": 2, "absent": ["Zed"]}])"),
        "rounds[2].absent: unknown person 'Zed'");
    add(withPeople(R"("history": [[["Ana", "Eve"]]], "rounds": [])"), "history[0][0]: unknown person 'Eve'");
    add(fileError(R"({"people": 4, "rounds": [{"group_size": 2, "absent": [4]}]})"),
        "rounds[0].absent: unknown person 4 (people are numbered 0 to 3)");
    add(fileError(R"({"people": 4, "rounds": [{"group_size": 1e30}]})"),
        "rounds[0].group_size: 1e+30 is out of range: give a whole number from 2 to 50");
    add(withPeople(R"("keep_apart": [["Ana"]], "rounds": [])"), "keep_apart[0]: expected two people, found 1");

    // The problem itself.
    add(fileError(R"({"people": ["Ana"], "rounds": []})"), "people: at least two people are needed to form a group");
    ScheduleProblem p = core::uniformScheduleProblem(4, 2, 1);
    p.names = { "Ana" };
    add(problemError(p), "people: the names do not match the number of people");
    p = core::uniformScheduleProblem(10, 2, 2);
    p.rounds[0].absent = { 12 };
    add(problemError(p), "rounds[0].absent: unknown person 12");
    p = core::uniformScheduleProblem(4, 2, 1);
    p.history = { { { 0, 7 } } };
    add(problemError(p), "history[0][0]: unknown person 7");
    add(withPeople(R"("history": [[["Ana", "Ben"], ["Ana"]]], "rounds": [])"),
        "history[0][1]: 'Ana' is in more than one group of this round");
    add(withPeople(R"("keep_apart": [["Ana", "Ana"]], "rounds": [])"),
        "keep_apart[0]: 'Ana' cannot be kept apart from themselves");
    add(withPeople(R"("rounds": [{"group_size": 1}])"),
        "rounds[0].group_size: 1 is out of range: give a whole number from 2 to 50");
    p = core::uniformScheduleProblem(10, 1, 2);
    add(problemError(p), "rounds[0].group_size: must be at least 2 (a group of one is no encounter)");
    add(withPeople(R"("rounds": [{"group_size": 2, "absent": ["Ana", "Ana"]}])"),
        "rounds[0].absent: 'Ana' is listed twice");
    add(withPeople(R"("rounds": [{"group_size": 2, "absent": ["Ana"], "late": ["Ana"]}])"),
        "rounds[0].late: 'Ana' is also listed as absent from this round");
    p = core::uniformScheduleProblem(8, 2, 3);
    p.rounds[1].late = { 3 };
    p.rounds[2].late = { 3 };
    add(problemError(p), "rounds[2].late: person 3 already joins late in rounds[1]");
    add(withPeople(R"("rounds": [{"group_size": 2, "absent": ["Ana", "Ben", "Cy"]}])"),
        "rounds[0].absent: 3 of 4 people are away, more than are present; the one left is too few for a group of 2");
    p = core::uniformScheduleProblem(10, 6, 1);
    p.rounds[0].absent = { 0, 1, 2, 3, 4, 5 };
    add(problemError(p),
        "rounds[0].absent: 6 of 10 people are away, more than are present; the 4 left are too few for a group of 6");
    add(problemError(core::uniformScheduleProblem(4, 6, 1)),
        "rounds[0].group_size: only 4 people are present, too few for a group of 6");
    add(problemError(core::uniformScheduleProblem(5, 7, 1, true)),
        "rounds[0].group_size: only 5 people are present, too few for a group of 6");
    p = core::uniformScheduleProblem(2, 2, 1);
    p.rounds[0].absent = { 1 };
    add(problemError(p), "rounds[0].group_size: only one person is present, too few for a group of 2");
    add(withPeople(R"("keep_apart": [["Ana","Ben"],["Ana","Cy"],["Ana","Dee"]], "rounds": [{"group_size": 2}])"),
        "keep_apart: 'Ana' must be kept apart from 3 of the 3 other people present in rounds[0], so no group of 2 "
        "can include them");
    p = core::uniformScheduleProblem(8, 4, 1);
    p.keepApart = { { 0, 1 }, { 1, 2 }, { 0, 2 } };
    add(problemError(p),
        "keep_apart: person 0, person 1 and person 2 must all be kept apart, but rounds[0] has only 2 groups");
    // One group is refused earlier (each person would be kept apart from too
    // many), so this wording is only made by hand.
    ScheduleError oneGroup;
    oneGroup.kind = Kind::KeptApartMoreThanGroups;
    oneGroup.field = "keep_apart";
    oneGroup.people = { 0, 1 };
    oneGroup.names = { "Ana", "Ben" };
    oneGroup.groups = 1;
    add(oneGroup, "keep_apart: 'Ana' and 'Ben' must all be kept apart, but rounds[0] has only 1 group");
    // A ring of five: no three are free of each other, so no group of three.
    p = core::uniformScheduleProblem(5, 2, 1);
    p.keepApart = { { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 4 }, { 0, 4 } };
    add(problemError(p),
        "keep_apart: the 5 people present in rounds[0] cannot be split into 2 groups with every keep-apart pair in "
        "different groups");

    // Re-planning.
    const ScheduleProblem six = core::uniformScheduleProblem(6, 2, 2);
    auto replanned = core::replanSchedule(six, {}, 1);
    REQUIRE(replanned.error);
    add(*replanned.error, "started_rounds: more rounds have started than the plan has");
    replanned = core::replanSchedule(six, { { { 0, 1 }, { 0, 2 } } }, 0);
    REQUIRE(replanned.error);
    add(*replanned.error, "previous[0]: not a valid round (unknown person or someone in two groups)");
    return cases;
}

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace

TEST_CASE("Schedule error words: every kind reads as the command line has always printed it")
{
    std::set<Kind> worded;
    for (const Said &said : everyKind()) {
        INFO(said.words);
        CHECK(models::describe(said.error).toStdString() == said.words);
        worded.insert(said.error.kind);
    }
    CHECK(worded.size() == static_cast<size_t>(Kind::PreviousRoundInvalid) + 1);
}

TEST_CASE("Schedule error words: the reason alone leaves out the field")
{
    const ScheduleError error = withPeople(R"("rounds": [{"group_size": 2, "absent": ["Ana", "Ana"]}])");
    CHECK(models::scheduleReason(error) == QStringLiteral("'Ana' is listed twice"));
    CHECK(models::describe(fileError("[]")) == models::scheduleReason(fileError("[]")));
}

TEST_CASE("Schedule error words: a name with a percent sign is shown as written")
{
    CHECK(models::describe(fileError(R"({"people": ["50% %1", "50% %1"], "rounds": []})"))
        == QStringLiteral("people[1]: '50% %1' appears twice"));
    ScheduleProblem p = core::uniformScheduleProblem(8, 4, 1);
    p.names = { "%1", "%2", "%3", "d", "e", "f", "g", "h" };
    p.keepApart = { { 0, 1 }, { 1, 2 }, { 0, 2 } };
    CHECK(models::describe(problemError(p))
        == QStringLiteral("keep_apart: '%1', '%2' and '%3' must all be kept apart, but rounds[0] has only 2 groups"));
}

TEST_CASE("Schedule error words: the data cases' errors read as they state")
{
    int cases = 0;
    for (const auto &entry :
        std::filesystem::directory_iterator(std::filesystem::path(CONVENER_TEST_DATA_DIR) / "scheduler")) {
        if (entry.path().extension() != ".json")
            continue;
        const auto doc = nlohmann::json::parse(readFile(entry.path()));
        if (!doc.at("expect").contains("error"))
            continue;
        INFO(entry.path().filename().string());
        ++cases;
        CHECK_THAT(models::describe(fileError(doc.at("problem").dump())).toStdString(),
            Catch::Contains(doc.at("expect").at("error").get<std::string>()));
    }
    CHECK(cases >= 4);
}

TEST_CASE("Schedule error words: a failed room plan names people by name, or by id when they have none")
{
    core::BreakoutRound pairs;
    pairs.number = 1;
    pairs.stepId = "pairs";
    pairs.stepTitle = "Pairs";
    pairs.groupSize = 2;
    core::RoomPlanRequest request;
    request.rounds = { pairs };
    request.people = { 101, 102, 103 };
    request.names = { { 102, "Ben" }, { 103, "Cy" } };
    request.keepApart = { { 101, 102 }, { 101, 103 }, { 102, 103 } };
    auto outcome = core::RoomPlanner().plan(request);
    REQUIRE(outcome.error);
    CHECK(models::describe(storage::planFailure(*outcome.error, 4))
        == QStringLiteral("Keep-apart pairs: 'person 101' must be kept apart from 2 of the 2 other people present in "
                          "rounds[0], so no group of 3 can include them."));

    request.names[101] = "Ana";
    outcome = core::RoomPlanner().plan(request);
    REQUIRE(outcome.error);
    CHECK(models::describe(storage::planFailure(*outcome.error, 4))
        == QStringLiteral("Keep-apart pairs: 'Ana' must be kept apart from 2 of the 2 other people present in "
                          "rounds[0], so no group of 3 can include them."));

    request.keepApart.clear();
    request.people = { 101 };
    outcome = core::RoomPlanner().plan(request);
    REQUIRE(outcome.error);
    CHECK(models::describe(storage::planFailure(*outcome.error, 4))
        == QStringLiteral("Too few people to plan rooms: at least two people are needed to form a group."));
}
