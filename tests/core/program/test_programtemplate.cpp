// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/templatetext.h"

#include <catch2/catch.hpp>

using namespace convener::core;
using namespace std::chrono_literals;

namespace {
TemplateValues sample()
{
    TemplateValues v;
    v.duration = 5min;
    v.round = 2;
    v.rounds = 3;
    v.groupSize = 4;
    v.role = "client";
    v.next = "Ana";
    return v;
}
} // namespace

TEST_CASE("Template: every variable is replaced by its value")
{
    CHECK(renderTemplate("Round {round} of {rounds}: {minutes} minutes each, {group_size} per room.", sample()) ==
          "Round 2 of 3: 5 minutes each, 4 per room.");
    CHECK(renderTemplate("The {role} changes now; {next} is next.", sample()) == "The client changes now; Ana is next.");
    CHECK(renderTemplate("{minutes}{minutes}", sample()) == "55");
    CHECK(renderTemplate("", sample()).empty());
}

TEST_CASE("Template: minutes that are not whole show one decimal")
{
    TemplateValues v;
    v.duration = 90s;
    CHECK(renderTemplate("{minutes}", v) == "1.5");
    v.duration = 40s;
    CHECK(renderTemplate("{minutes}", v) == "0.7");
    v.duration = 0s;
    CHECK(renderTemplate("{minutes}", v) == "0");
    CHECK(minutesText(-90s) == "-1.5");
}

TEST_CASE("Template: doubled braces write literal braces")
{
    CHECK(checkTemplate("Use {{curly}} braces and }} too").empty());
    CHECK(renderTemplate("Use {{curly}} braces and }} too", sample()) == "Use {curly} braces and } too");
    CHECK(renderTemplate("{{{minutes}}}", sample()) == "{5}");
}

TEST_CASE("Template: an unknown variable is a mistake, copied through when rendered")
{
    CHECK(checkTemplate("Speak for {minute} minutes")
        == std::vector<TemplateMistake> { { TemplateMistakeKind::UnknownVariable, "minute" } });
    CHECK(renderTemplate("Speak for {minute} minutes", sample()) == "Speak for {minute} minutes");
    CHECK(checkTemplate("{ minutes }").size() == 1);
    CHECK(checkTemplate("{}").size() == 1);
}

TEST_CASE("Template: unbalanced braces are mistakes, each reported")
{
    CHECK(checkTemplate("open { here") == std::vector<TemplateMistake> { { TemplateMistakeKind::BraceNotClosed, {} } });
    CHECK(
        checkTemplate("close } here") == std::vector<TemplateMistake> { { TemplateMistakeKind::BraceNotOpened, {} } });
    CHECK(checkTemplate("{a {minutes} }").size() == 2);
    CHECK(renderTemplate("open { here {rounds}", sample()) == "open { here 3");
    CHECK(renderTemplate("trailing {", sample()) == "trailing {");
}

TEST_CASE("Template: the known variables are the six the format documents")
{
    const auto names = templateVariableNames();
    CHECK(std::vector<std::string_view>(names.begin(), names.end()) ==
          std::vector<std::string_view>{"minutes", "round", "rounds", "group_size", "role", "next"});
    for (std::string_view name : names)
        CHECK(checkTemplate("{" + std::string(name) + "}").empty());
}
