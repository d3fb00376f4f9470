// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
// The words of every program problem, and the broken-file corpus as
// `convener-cli template validate` prints it.
#include "core/program/programjson.h"
#include "models/program/programproblemtext.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <QStringList>
#include <set>
#include <sstream>

using namespace convener;
using core::JsonValueType;
using core::ProgramProblem;
using Kind = core::ProgramProblemKind;
namespace fs = std::filesystem;

namespace {

ProgramProblem numbers(Kind kind, long long count, long long least, long long limit)
{
    ProgramProblem p(kind);
    p.count = count;
    p.least = least;
    p.limit = limit;
    return p;
}

ProgramProblem written(Kind kind, std::string text, std::string otherPath = {})
{
    ProgramProblem p(kind);
    p.text = std::move(text);
    p.otherPath = std::move(otherPath);
    return p;
}

ProgramProblem found(Kind kind, JsonValueType type)
{
    ProgramProblem p(kind);
    p.found = type;
    return p;
}

ProgramProblem unreadable(std::string detail)
{
    ProgramProblem p(Kind::JsonUnreadable);
    p.json.detail = std::move(detail); // a syntax error, shown in the parser's words
    return p;
}

ProgramProblem choice(std::string text, std::string choices)
{
    ProgramProblem p = written(Kind::ExpectedChoice, std::move(text));
    p.choices = std::move(choices);
    return p;
}

ProgramProblem invalidId(std::string shown, long long longest)
{
    ProgramProblem p = written(Kind::InvalidId, std::move(shown));
    p.limit = longest;
    return p;
}

ProgramProblem ofSpace(core::StepSpace space, long long given, long long implied)
{
    ProgramProblem p = numbers(Kind::GroupSizeOfSpace, given, 0, implied);
    p.space = space;
    return p;
}

struct Words
{
    ProgramProblem problem;
    const char *words;
};

const std::vector<Words> kWords {
    { numbers(Kind::FileTooLarge, 50 * 1024 * 1024 + 40, 0, 4 * 1024 * 1024),
        "the file is 50.0 MB; program files are limited to 4.0 MB" },
    { unreadable("syntax error while parsing value"), "syntax error while parsing value" },
    { found(Kind::NotOneObject, JsonValueType::List), "expected the file to hold one JSON object, got a list" },
    { numbers(Kind::FormatTooNew, 2, 0, 1),
        "the file uses format 2, but this version of Convener reads format 1 at most; open it with a newer Convener" },
    { numbers(Kind::FormatTooOld, 0, 0, 0), "expected a format of 1 or more, got 0" },
    { ProgramProblem(Kind::UnknownField), "unknown field, kept as it is" },
    { ProgramProblem(Kind::MissingField), "required field is missing" },
    { found(Kind::ExpectedObject, JsonValueType::Null), "expected an object, got null" },
    { found(Kind::ExpectedText, JsonValueType::Number), "expected text, got a number" },
    { found(Kind::ExpectedWholeNumber, JsonValueType::Text), "expected a whole number, got a string" },
    { found(Kind::ExpectedSeconds, JsonValueType::True), "expected a number of seconds, got true" },
    { found(Kind::ExpectedTrueOrFalse, JsonValueType::Object), "expected true or false, got an object" },
    { found(Kind::ExpectedList, JsonValueType::False), "expected a list, got false" },
    { choice("\"room\"", "self, pair, trio, group, circle"),
        "expected one of self, pair, trio, group, circle, got \"room\"" },
    { written(Kind::NumberTooLarge, "18446744073709551615"), "the number 18446744073709551615 is far too large" },
    { ProgramProblem(Kind::NumberTooLargeToShow), "the number is far too large" },
    { written(Kind::NumberNotWhole, "2.5"), "expected a whole number, got 2.5" },
    { ProgramProblem(Kind::SecondsNotWhole), "expected a whole number of seconds" },
    { numbers(Kind::NumberOutOfRange, 1000, 1, 100), "expected a number from 1 to 100, got 1000" },
    { numbers(Kind::DurationNegative, -5, 0, 0), "a duration cannot be negative, got -5" },
    { numbers(Kind::DurationTooLong, 86401, 0, 86400),
        "86401 seconds is longer than the limit of 24 hours (86400 seconds)" },
    { invalidId("\"two words\"", 64), "\"two words\" is not a valid id: use 1 to 64 letters, digits, '-', '_' or '.'" },
    { written(Kind::IdTakenInFile, "\"a\"", "steps[0]"), "the id \"a\" is already used by steps[0]" },
    { ProgramProblem(Kind::TemplateBraceNotClosed),
        "an opening brace '{' is never closed; write '{{' for a literal brace" },
    { written(Kind::TemplateUnknownVariable, "minute"),
        "unknown variable {minute}; the known ones are {minutes}, {round}, {rounds}, {group_size}, {role}, {next}" },
    { ProgramProblem(Kind::TemplateBraceNotOpened),
        "a closing brace '}' has no opening one; write '}}' for a literal brace" },
    { ProgramProblem(Kind::TemplateRoleWithoutRotation),
        "uses {role}, but the step names no role that passes round; it will read as nothing" },
    { [] {
         ProgramProblem p = written(Kind::PromptMinutesDiffer, "4, 5, 9, 27");
         p.count = 10;
         return p;
     }(),
        "names 10 minutes, but the step and its phases last 4, 5, 9, 27 minutes; write {minutes} so the text follows "
        "the length, or correct the number" },
    { ProgramProblem(Kind::ProgramWithoutId), "every program needs an id" },
    { ProgramProblem(Kind::CallWithoutId), "every call needs an id" },
    { ProgramProblem(Kind::StepWithoutId), "every step needs an id" },
    { ProgramProblem(Kind::PhaseWithoutId), "every phase needs an id" },
    { written(Kind::IdTaken, "share", "phases[0]"), "the id 'share' is already used by phases[0]" },
    { ProgramProblem(Kind::ProgramWithoutName), "every program needs a name" },
    { ProgramProblem(Kind::CallWithoutTitle), "every call needs a title" },
    { ProgramProblem(Kind::StepWithoutTitle), "every step needs a title" },
    { ProgramProblem(Kind::ProgramWithoutCalls), "the program has no calls yet" },
    { ProgramProblem(Kind::CallWithoutSteps), "the call has no steps yet" },
    { ProgramProblem(Kind::CallLengthOutOfRange), "a call lasts more than 0 seconds and at most 24 hours" },
    { written(Kind::CallStartInvalid, "2026-02-30T18:00"),
        "'2026-02-30T18:00' is not a local date and time written as YYYY-MM-DDTHH:MM" },
    { numbers(Kind::StepsOverrunCall, 95 * 60 + 30, 95 * 60 + 30, 90 * 60),
        "the steps take 95 min 30 s, 5 min 30 s more than the call's 90 min, and even compressed to their minimums "
        "they take 95 min 30 s" },
    { numbers(Kind::StepsFitOnlyCompressed, 95 * 60, 0, 94 * 60 + 15),
        "the steps take 95 min, 45 s more than the call's 94 min 15 s; they fit only when compressed toward their "
        "minimums" },
    { ProgramProblem(Kind::StepWithoutDuration), "the step has no duration: give it a duration in seconds, or phases" },
    { numbers(Kind::MinimumOverDuration, 6 * 60, 0, 5 * 60),
        "the minimum (6 min) is longer than the planned duration (5 min)" },
    { ProgramProblem(Kind::MinimumNegative), "a minimum cannot be negative" },
    { ProgramProblem(Kind::DurationBesidePhases),
        "a step with phases takes its length from them; this duration is ignored" },
    { ProgramProblem(Kind::MinimumBesidePhases),
        "a step with phases takes its minimum from them; this minimum is ignored" },
    { ProgramProblem(Kind::PhaseWithoutDuration), "the phase has no duration" },
    { ofSpace(core::StepSpace::Pair, 3, 2), "a pair has 2 people, not 3" },
    { ProgramProblem(Kind::GroupSizeBelowOne), "a group size is at least 1" },
    { ProgramProblem(Kind::GroupBelowTwo), "a group has at least 2 people" },
    { ProgramProblem(Kind::CircleInBreakout),
        "the whole circle cannot meet in breakout rooms; choose a pair, trio or group" },
    { ProgramProblem(Kind::BreakoutGroupWithoutSize),
        "a breakout step needs a group size, so that the rooms can be planned" },
    { ProgramProblem(Kind::SelfInBreakout), "a step on one's own does not need breakout rooms" },
    { ProgramProblem(Kind::RoleWithoutName), "a role needs a name" },
    { written(Kind::RoleNameTaken, "client", "roles[1]"), "the role 'client' is already named by roles[1]" },
    { ProgramProblem(Kind::RoleBelowZero), "a role cannot be held by fewer than 0 people" },
    { numbers(Kind::RoleMostBelowLeast, 1, 2, 0), "the most people in a role (1) is fewer than the least (2)" },
    { numbers(Kind::RolesNeedExactly, 2, 3, 3), "the roles need 3 people, but the group has 2" },
    { numbers(Kind::RolesNeedBetween, 7, 5, 6), "the roles need 5 to 6 people, but the group has 7" },
    { ProgramProblem(Kind::PerMemberWithoutGroupSize), "a rotation per member needs a group size to plan its length" },
    { ProgramProblem(Kind::PerMemberTooFew), "a rotation per member needs at least 2 people" },
    { ProgramProblem(Kind::FixedRotationNever), "a fixed rotation runs at least once" },
    { ProgramProblem(Kind::ChangeoverNegative), "a changeover cannot be negative" },
    { ProgramProblem(Kind::ChangeoverWithoutRotation),
        "a step that does not rotate has no changeovers; this one is ignored" },
    { written(Kind::NoSuchRotatingRole, "speaker"), "the step has no role named 'speaker'" },
    { ProgramProblem(Kind::RotatingRoleShared),
        "the role that passes round to each member must be held by one person at a time" },
    { ProgramProblem(Kind::ThresholdNegative), "a threshold cannot be negative" },
    { numbers(Kind::WarningAfterFinalMinute, 30, 0, 60),
        "the warning (30 s before the end) must not come after the final minute (1 min before the end)" },
    { written(Kind::NoSuchBuiltinTemplate, "no-such-template"), "there is no built-in template 'no-such-template'" },
};

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("Program problem words: every kind has its sentence")
{
    std::set<Kind> kinds;
    for (const Words &w : kWords) {
        INFO(w.words);
        CHECK(models::describe(w.problem) == QString::fromUtf8(w.words));
        kinds.insert(w.problem.kind);
    }
    CHECK(kinds.size() == static_cast<std::size_t>(Kind::NoSuchBuiltinTemplate) + 1);
}

TEST_CASE("Program problem words: the size of a pair, trio or self, and one person")
{
    CHECK(models::describe(ofSpace(core::StepSpace::Self, 2, 1)) == QStringLiteral("a self has 1 person, not 2"));
    CHECK(models::describe(ofSpace(core::StepSpace::Trio, 4, 3)) == QStringLiteral("a trio has 3 people, not 4"));
    CHECK(models::describe(numbers(Kind::RolesNeedExactly, 2, 1, 1))
        == QStringLiteral("the roles need 1 person, but the group has 2"));
}

TEST_CASE("Program problem words: text from the file is shown as written, percent signs too")
{
    CHECK(models::describe(written(Kind::IdTaken, "100% %1", "steps[0]"))
        == QStringLiteral("the id '100% %1' is already used by steps[0]"));
}

TEST_CASE("Program problem words: placed as FILE:LINE:COLUMN, FILE: PATH or FILE, warnings saying so")
{
    ProgramProblem meaning = found(Kind::ExpectedSeconds, JsonValueType::Text);
    meaning.path = "calls[1].steps[3].duration";
    CHECK(models::describe(meaning, QStringLiteral("p.json"))
        == QStringLiteral("p.json: calls[1].steps[3].duration: expected a number of seconds, got a string"));
    ProgramProblem syntax = unreadable("syntax error");
    syntax.line = 3;
    syntax.column = 7;
    syntax.path = "ignored";
    CHECK(models::describe(syntax, QStringLiteral("p.json")) == QStringLiteral("p.json:3:7: syntax error"));
    const ProgramProblem warning(Kind::UnknownField, "x", core::ProblemSeverity::Warning);
    CHECK(models::describe(warning, QStringLiteral("p.json"))
        == QStringLiteral("p.json: x: warning: unknown field, kept as it is"));
    CHECK(models::describe(numbers(Kind::FileTooLarge, 5 * 1024 * 1024, 0, 4 * 1024 * 1024), QStringLiteral("big.json"))
        == QStringLiteral("big.json: the file is 5.0 MB; program files are limited to 4.0 MB"));
}

TEST_CASE("Program problem words: every broken file gives exactly its expected lines")
{
    const fs::path dir = fs::path(CONVENER_TEST_DATA_DIR) / "programs" / "broken";
    std::vector<fs::path> files;
    for (const auto &entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 25);
    for (const fs::path &file : files) {
        const std::string name = file.filename().string();
        INFO(name);
        const core::ProgramLoadResult result = core::loadProgramDocument(readFile(file));
        CHECK_FALSE(result.ok());
        QStringList lines;
        for (const ProgramProblem &p : result.problems)
            lines << models::describe(p, QString::fromStdString(name));
        const QString expected = QString::fromStdString(readFile(fs::path(file).replace_extension(".expected")));
        CHECK(lines.join(QLatin1Char('\n')).toStdString()
            == expected.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QLatin1Char('\n')).toStdString());
    }
}
