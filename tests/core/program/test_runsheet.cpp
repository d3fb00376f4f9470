// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/runsheet.h"
#include "core/program/runsheetmarkdown.h"

#include <catch2/catch.hpp>

using namespace convener::core;
using namespace std::chrono_literals;

namespace {

Phase phase(std::string id, std::string title, Seconds duration, std::vector<StepCue> cues = {})
{
    Phase p;
    p.id = std::move(id);
    p.title = std::move(title);
    p.duration = duration;
    p.cues = std::move(cues);
    return p;
}

Step plain(std::string id, std::string title, Seconds duration)
{
    Step s;
    s.id = std::move(id);
    s.title = std::move(title);
    s.duration = duration;
    return s;
}

// Check-in 10 min, Troika in trios (3 turns of 4 + 5 + 2 min, 1 min changeover), journaling 5 min.
ProgramCall troikaCall()
{
    ProgramCall call;
    call.id = "call-2";
    call.title = "Groups of three";
    call.plannedStart = "2026-03-24T18:00";
    Step checkIn = plain("check-in", "Check-in", 10min);
    checkIn.leadHost = "Ana";
    checkIn.technicalHost = "Ben";
    checkIn.prompts = {"In {minutes} minutes: how are you arriving?"};
    checkIn.facilitatorNotes = "Start on time even if people are missing.";

    Step troika;
    troika.id = "troika";
    troika.title = "Troika Consulting";
    troika.space = StepSpace::Trio;
    troika.breakout = true;
    troika.roles = {{"client", 1, 1, {}}, {"consultant", 2, 2, {}}};
    troika.rotation.kind = RotationKind::PerMember;
    troika.rotation.role = "client";
    troika.rotation.changeover = 1min;
    troika.leadHost = "Ben";
    troika.technicalHost = "Ana";
    troika.instructions = "Each of you is the client once.";
    troika.prompts = {"Troika: {rounds} turns in groups of {group_size}, the {role} role passes round."};
    troika.phases = {phase("share", "Client shares", 4min, {{CueMoment::End, "Round {round} of {rounds}: consultants, confer", {}}}),
                     phase("confer", "Consultants confer", 5min),
                     phase("reflect", "Client reflects", 2min, {{CueMoment::Start, "Client: {minutes} min to reflect", {}}})};

    Step journal = plain("journal", "Silent journaling", 5min);
    journal.cues = {{CueMoment::FinalMinute, "One minute left", {}}};
    call.steps = {checkIn, troika, journal};
    return call;
}

Cohort berlin()
{
    Cohort c;
    c.id = 7;
    c.name = "Spring circle";
    c.startDate = "2026-03-17";
    c.weekday = 2;
    c.startTime = "18:00";
    c.timeZone = "Europe/Berlin";
    return c;
}

} // namespace

TEST_CASE("Run sheet: steps get clock times from the call's start and planned durations")
{
    const RunSheet sheet = buildRunSheet(berlin(), 2, troikaCall());
    CHECK(sheet.date == "2026-03-24");
    CHECK(sheet.start == "18:00");
    CHECK(sheet.end == "19:30");
    CHECK(sheet.timeZone == "Europe/Berlin");
    REQUIRE(sheet.steps.size() == 3);
    CHECK(sheet.steps[0].start == "18:00");
    CHECK(sheet.steps[0].end == "18:10");
    // Troika: 3 turns of 11 min and 2 changeovers of 1 min = 35 min.
    CHECK(sheet.steps[1].start == "18:10");
    CHECK(sheet.steps[1].duration == 35min);
    CHECK(sheet.steps[1].end == "18:45");
    CHECK(sheet.steps[2].start == "18:45");
    CHECK(sheet.steps[2].end == "18:50");
    CHECK(sheet.planned == 50min);
}

TEST_CASE("Run sheet: who leads, prompts rendered with their values, and every turn's phases on the clock")
{
    const RunSheet sheet = buildRunSheet(berlin(), 2, troikaCall());
    const RunSheetStep &checkIn = sheet.steps[0];
    CHECK(checkIn.leadHost == "Ana");
    CHECK(checkIn.technicalHost == "Ben");
    CHECK(checkIn.prompts == std::vector<std::string>{"In 10 minutes: how are you arriving?"});
    CHECK(checkIn.timeline.empty());

    const RunSheetStep &troika = sheet.steps[1];
    CHECK(troika.prompts == std::vector<std::string>{"Troika: 3 turns in groups of 3, the client role passes round."});
    CHECK(troika.where == "trios, breakout rooms");
    CHECK(troika.groupSize == 3);
    REQUIRE(troika.timeline.size() == 11);                   // 3 x 3 phases + 2 changeovers
    CHECK(troika.timeline[0].start == "18:10");
    CHECK(troika.timeline[0].title == "Turn 1 of 3: Client shares");
    REQUIRE(troika.timeline[0].cues.size() == 1);
    CHECK(troika.timeline[0].cues[0].text == "Round 1 of 3: consultants, confer");
    CHECK(troika.timeline[2].cues[0].text == "Client: 2 min to reflect");
    CHECK(troika.timeline[3].title == "Change over to Turn 2 of 3");
    CHECK(troika.timeline[3].start == "18:21");
    CHECK(troika.timeline[4].start == "18:22");
    CHECK(troika.timeline[4].title == "Turn 2 of 3: Client shares");
    CHECK(troika.timeline[4].cues[0].text == "Round 2 of 3: consultants, confer");
    CHECK(troika.timeline[10].end == "18:45");

    REQUIRE(sheet.steps[2].cues.size() == 1);
    CHECK(sheet.steps[2].cues[0].moment == CueMoment::FinalMinute);
}

TEST_CASE("Run sheet: breakout steps are numbered as rounds with their group sizes")
{
    ProgramCall call = troikaCall();
    Step pairs = plain("pairs", "Listen and loop", 12min);
    pairs.space = StepSpace::Pair;
    pairs.breakout = true;
    call.steps.push_back(pairs);
    const RunSheet sheet = buildRunSheet(berlin(), 2, call);
    const auto rounds = sheet.breakoutSteps();
    REQUIRE(rounds.size() == 2);
    CHECK(rounds[0]->title == "Troika Consulting");
    CHECK(rounds[0]->breakoutRound == 1);
    CHECK(rounds[0]->groupSize == 3);
    CHECK(rounds[1]->breakoutRound == 2);
    CHECK(rounds[1]->groupSize == 2);
    CHECK(sheet.steps[0].breakoutRound == 0);
}

TEST_CASE("Run sheet: an undated call follows the cohort's weekly rhythm, and without one times count from 0:00")
{
    ProgramCall call = troikaCall();
    call.plannedStart.clear();
    const RunSheet weekly = buildRunSheet(berlin(), 3, call);
    CHECK(weekly.date == "2026-03-31");
    CHECK(weekly.steps[1].start == "18:10");

    Cohort undated = berlin();
    undated.startDate.clear();
    const RunSheet bare = buildRunSheet(undated, 3, call);
    CHECK(bare.date.empty());
    CHECK(bare.steps[0].start == "0:00");
    CHECK(bare.steps[1].start == "0:10");
}

TEST_CASE("Run sheet: a late call that runs past midnight says so")
{
    ProgramCall call = troikaCall();
    call.plannedStart = "2026-03-24T23:30";
    const RunSheet sheet = buildRunSheet(berlin(), 2, call);
    CHECK(sheet.steps[1].start == "23:40");
    CHECK(sheet.steps[2].start == "00:15 (next day)");
}

TEST_CASE("Run sheet: the Markdown has the overview table, the rounds, each step with its leads, prompts and cues")
{
    ProgramCall call = troikaCall();
    call.steps[0].title = "Check-in | arrive";
    const std::string md = runSheetMarkdown(buildRunSheet(berlin(), 2, call));
    CHECK(md.find("# Run sheet: Spring circle, call 2: Groups of three") == 0);
    CHECK(md.find("**2026-03-24**, 18:00 to 19:30 (Europe/Berlin).") != std::string::npos);
    CHECK(md.find("| 18:00 | Check-in \\| arrive | 10 min | whole circle | Ana | Ben |") != std::string::npos);
    CHECK(md.find("| 18:50 | End |") != std::string::npos);
    CHECK(md.find("## Breakout rounds") != std::string::npos);
    CHECK(md.find("| 1 | 18:10 to 18:45 | Troika Consulting | 3 | not planned |") != std::string::npos);
    CHECK(md.find("## 18:10 Troika Consulting (35 min)") != std::string::npos);
    CHECK(md.find("- **Leads:** Ben") != std::string::npos);
    CHECK(md.find("```text\nIn 10 minutes: how are you arriving?\n```") != std::string::npos);
    CHECK(md.find("**Host notes:** Start on time even if people are missing.") != std::string::npos);
    CHECK(md.find("| 18:22 | Turn 2 of 3: Client shares | 4 min | at the end: Round 2 of 3: consultants, confer |") !=
          std::string::npos);
    CHECK(md.find("- in the final minute: One minute left") != std::string::npos);
}

TEST_CASE("Run sheet: a step nobody has taken on says so instead of leaving a blank")
{
    ProgramCall call = troikaCall();
    call.steps[2].leadHost.clear();
    const std::string md = runSheetMarkdown(buildRunSheet(berlin(), 2, call));
    CHECK(md.find("| 18:45 | Silent journaling | 5 min | whole circle | not decided | not decided |") != std::string::npos);
}

TEST_CASE("Run sheet: a call title that already names the call is not numbered twice")
{
    RunSheet sheet;
    sheet.callNumber = 2;
    sheet.callTitle = "Call 2: groups of three";
    CHECK(sheet.callName() == "Call 2: groups of three");
    sheet.callTitle = "Call 21 and more";
    CHECK(sheet.callName() == "call 2: Call 21 and more");
    sheet.callTitle = "Troika day";
    CHECK(sheet.callName() == "call 2: Troika day");
    sheet.callTitle.clear();
    CHECK(sheet.callName() == "call 2");
}

TEST_CASE("Run sheet: a breakout step shows its planned rooms with names and roles")
{
    RunSheetRooms rooms;
    RoomRound round;
    round.number = 1;
    round.stepId = "troika";
    round.groupSize = 3;
    round.rooms = {Room{{{1, "client", 1}, {2, "client", 2}, {3, "client", 3}}}, Room{{{4, "", 0}, {5, "", 0}, {6, "", 0}}}};
    rooms.rounds = {round};
    rooms.names = {{1, "Ana"}, {2, "Ben"}, {3, "Cy"}, {4, "Dee"}, {5, "Eli"}};
    const RunSheet sheet = buildRunSheet(berlin(), 2, troikaCall(), rooms);
    const RunSheetStep &troika = sheet.steps[1];
    REQUIRE(troika.rooms.size() == 2);
    CHECK(troika.rooms[0].number == 1);
    CHECK(troika.rooms[0].people == std::vector<std::string>{"Ana (client 1)", "Ben (client 2)", "Cy (client 3)"});
    CHECK(troika.rooms[1].people == std::vector<std::string>{"Dee", "Eli", "person 6"});
    CHECK_FALSE(troika.roomsRecorded);
    CHECK(sheet.steps[0].rooms.empty());

    const std::string md = runSheetMarkdown(sheet);
    CHECK(md.find("| 1 | 18:10 to 18:45 | Troika Consulting | 3 | 2 |") != std::string::npos);
    CHECK(md.find("**Rooms (planned):**\n\n- Room 1: Ana (client 1), Ben (client 2), Cy (client 3)\n- Room 2: Dee, Eli, person 6\n") !=
          std::string::npos);
}
