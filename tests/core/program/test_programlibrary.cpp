// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/builtinlibrary.h"
#include "core/program/programmarkdown.h"
#include "core/program/programvalidation.h"

#include <catch2/catch.hpp>

#include <set>

using namespace convener::core;
using namespace std::chrono_literals;

namespace {
// Where each problem is and its kind, to tell a failure apart.
std::string problemsText(const std::vector<ProgramProblem> &problems)
{
    std::string text;
    for (const ProgramProblem &p : problems)
        text += p.path + ": kind " + std::to_string(static_cast<int>(p.kind)) + "\n";
    return text;
}
} // namespace

TEST_CASE("Library: every built-in file loads without a warning and validates without a problem")
{
    const auto files = BuiltinLibrary::files();
    REQUIRE(files.size() >= 17);
    for (const BuiltinLibraryFile &file : files) {
        INFO(file.name);
        const ProgramLoadResult result = loadProgramDocument(file.text);
        INFO(problemsText(result.problems));
        REQUIRE(result.ok());
        CHECK(result.problems.empty());
        const auto problems = validateDocument(*result.document);
        INFO(problemsText(problems));
        CHECK(problems.empty());
        CHECK(std::string(file.name) == result.document->id() + ".json");
        CHECK(loadProgramDocument(saveProgramDocument(*result.document)).document == result.document);
    }
}

TEST_CASE("Library: the practice program has four calls, each fitting its 90 minutes")
{
    const ProgramLoadResult result = BuiltinLibrary::load("practice-program");
    REQUIRE(result.ok());
    const auto &program = std::get<Program>(result.document->content);
    REQUIRE(program.calls.size() == 4);
    for (const ProgramCall &call : program.calls) {
        INFO(call.id);
        CHECK(call.length == 90min);
        CHECK(call.plannedDuration() <= 90min);
        CHECK(call.plannedDuration() >= 75min);
    }
    CHECK(program.credits.find("Richard D. Bartlett and Nati Lombardo") != std::string::npos);
    CHECK(program.credits.find("CC-BY-SA 4.0") != std::string::npos);
    CHECK(program.credits.find("Liberating Structures") != std::string::npos);
    CHECK(program.credits.find("Presencing Institute") != std::string::npos);
}

TEST_CASE("Library: the calls follow the structure of the practice program")
{
    const auto program = std::get<Program>(BuiltinLibrary::load("practice-program").document->content);
    // Call 1: several 1-to-1 encounters in breakout pairs, then journaling and sharing.
    const ProgramCall &one = program.calls[0];
    int pairs = 0;
    for (const Step &s : one.steps)
        pairs += s.space == StepSpace::Pair && s.breakout ? 1 : 0;
    CHECK(pairs >= 3);
    CHECK(pairs <= 4);
    REQUIRE(one.findStep("journaling"));
    CHECK(one.findStep("journaling")->space == StepSpace::Self);
    // Call 2: Troika in trios, each member the client once, about a quarter of an hour each.
    const Step *troika = program.calls[1].findStep("troika");
    REQUIRE(troika);
    CHECK(troika->space == StepSpace::Trio);
    CHECK(troika->rotation.kind == RotationKind::PerMember);
    CHECK(troika->rotation.role == "client");
    CHECK(troika->turns(3) == 3);
    CHECK(troika->phases[0].duration == 4min);
    CHECK(troika->phases[1].duration == 5min);
    CHECK(troika->phases[2].duration == 2min);
    CHECK(program.calls[1].findStep("movement"));
    // Call 3: Case Clinic steps 0 to 5 with the documented timings, in groups of five or six.
    const Step *clinic = program.calls[2].findStep("case-clinic");
    REQUIRE(clinic);
    const std::vector<std::pair<std::string, Seconds>> steps0to5{{"greet", 3min},   {"intention", 10min}, {"stillness", 2min},
                                                                 {"mirror", 6min},  {"respond", 4min},    {"dialogue", 15min},
                                                                 {"closing", 10min}};
    for (std::size_t i = 0; i < steps0to5.size(); ++i) {
        CHECK(clinic->phases[i].id == steps0to5[i].first);
        CHECK(clinic->phases[i].duration == steps0to5[i].second);
    }
    CHECK(clinic->plannedGroupSize() == 6);
    // Call 4: retro and a closing round where everyone speaks once.
    CHECK(program.calls[3].findStep("retro"));
    const Step *closing = program.calls[3].findStep("closing");
    REQUIRE(closing);
    CHECK(closing->rotation.kind == RotationKind::PerMember);
    CHECK(closing->space == StepSpace::Circle);
}

TEST_CASE("Library: the practices named by the issue are all there")
{
    for (const char *id : {"check-in-round", "listening-round", "parrot-and-paraphrase", "three-layers", "voicing-parts",
                           "silent-journaling", "sharing-round", "troika-consulting", "case-clinic", "case-clinic-short",
                           "movement-break", "needs-into-invitations", "retrospective", "closing-round"}) {
        INFO(id);
        const BuiltinLibraryEntry *entry = BuiltinLibrary::find(id);
        REQUIRE(entry);
        CHECK(entry->kind == DocumentKind::Practice);
    }
    CHECK(BuiltinLibrary::find("case-clinic")->plannedDuration == 70min);
    CHECK(BuiltinLibrary::find("case-clinic-short")->plannedDuration < 70min);
}

TEST_CASE("Library: the crew program has six one-hour sessions ending with a review")
{
    const ProgramLoadResult result = BuiltinLibrary::load("crew-meetings");
    REQUIRE(result.ok());
    const auto &program = std::get<Program>(result.document->content);
    REQUIRE(program.calls.size() == 6);
    for (const ProgramCall &call : program.calls) {
        CHECK(call.length == 60min);
        CHECK(call.plannedDuration() <= 60min);
    }
    CHECK(program.calls.back().findStep("review"));
}

TEST_CASE("Library: entries list programs, their calls and practices, with unique ids")
{
    const auto &entries = BuiltinLibrary::entries();
    std::set<std::string> ids;
    for (const BuiltinLibraryEntry &e : entries)
        CHECK(ids.insert(e.id).second);
    REQUIRE(entries.size() == 2 + 4 + 6 + 15);
    CHECK(entries[0].kind == DocumentKind::Program);
    CHECK(entries[2].id == "crew-meetings/session-1");
    const BuiltinLibraryEntry *call2 = BuiltinLibrary::find("practice-program/call-2");
    REQUIRE(call2);
    CHECK(call2->kind == DocumentKind::Call);
    CHECK(BuiltinLibrary::find("practice-program")->callCount == 4);
}

TEST_CASE("Library: a call of a built-in program loads on its own")
{
    const ProgramLoadResult result = BuiltinLibrary::load("practice-program/call-3");
    REQUIRE(result.ok());
    REQUIRE(result.document->kind() == DocumentKind::Call);
    CHECK(result.document->id() == "call-3");
    CHECK(validateDocument(*result.document).empty());
    const ProgramLoadResult missing = BuiltinLibrary::load("no-such-template");
    CHECK_FALSE(missing.ok());
    REQUIRE(missing.problems.size() == 1);
    CHECK(missing.problems[0].kind == ProgramProblemKind::NoSuchBuiltinTemplate);
    CHECK(missing.problems[0].text == "no-such-template");
}

TEST_CASE("Markdown: a call reads as an agenda with computed start times")
{
    const auto doc = *BuiltinLibrary::load("practice-program/call-2").document;
    const std::string md = documentMarkdown(doc);
    CHECK(md.rfind("# Call 2: groups of three and four, and Troika Consulting\n", 0) == 0);
    CHECK(md.find("| Start | Step | Length | Where |") != std::string::npos);
    CHECK(md.find("| 0:00 | Welcome | 4 min | whole circle |") != std::string::npos);
    CHECK(md.find("| 0:07 | Sharing in groups of three or four | 20 min | groups of 4, breakout rooms |") != std::string::npos);
    CHECK(md.find("## 0:32 Troika Consulting (36 min)") != std::string::npos);
    CHECK(md.find("**Rotation:** one turn per member (3 turns); the client role passes round") != std::string::npos);
    CHECK(md.find("| 1:25 | End | | |") != std::string::npos);
    CHECK(md.find("{rounds}") != std::string::npos);
}

TEST_CASE("Markdown: prompts can be rendered with planned values, and host notes left out")
{
    Step s;
    s.id = "t";
    s.title = "Pairs | talk";
    s.space = StepSpace::Pair;
    s.rotation.kind = RotationKind::PerMember;
    s.phases = {{"a", "Speak", 5min, std::nullopt, {{CueMoment::Start, "Turn {round}: {minutes} min", {}}}, {}}};
    s.prompts = {"{rounds} turns of {minutes} minutes ```"};
    s.facilitatorNotes = "secret";
    MarkdownOptions options;
    options.renderTemplates = true;
    options.includeFacilitatorNotes = false;
    const std::string md = stepMarkdown(s, options);
    CHECK(md.find("# Pairs | talk (10 min)") != std::string::npos);
    CHECK(md.find("````text\n2 turns of 10 minutes ```\n````") != std::string::npos);
    CHECK(md.find("- cue (start): Turn 1: 5 min") != std::string::npos);
    CHECK(md.find("secret") == std::string::npos);
    CHECK(stepMarkdown(s).find("**Host notes:** secret") != std::string::npos);
}

TEST_CASE("Markdown: a program lists its calls under its name and credits")
{
    const auto doc = *BuiltinLibrary::load("crew-meetings").document;
    const std::string md = documentMarkdown(doc);
    CHECK(md.rfind("# Crew meetings: six sessions\n", 0) == 0);
    CHECK(md.find("## Session 6: review") != std::string::npos);
    CHECK(md.find("### 0:02 Check-in round (9 min)") != std::string::npos);
}
