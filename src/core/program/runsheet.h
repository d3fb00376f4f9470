// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/cohort.h"
#include "core/program/programcall.h"
#include "core/program/programlimits.h"
#include "core/rooms/roomround.h"
#include "core/program/stepcue.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace convener::core {

// A cue as the technical host will say or paste it: variables filled in.
struct RunSheetCue
{
    CueMoment moment = CueMoment::Start;
    std::string text;

    bool operator==(const RunSheetCue &) const = default;
};

// One timed stretch inside a step: a phase of a turn, a changeover, or one
// round of a step without phases.
struct RunSheetSlot
{
    std::string start;                                       // clock time, "18:05"
    std::string end;
    std::string title;                                       // "Turn 2 of 3: Consultants confer"
    Seconds duration{0};
    std::vector<RunSheetCue> cues;

    bool operator==(const RunSheetSlot &) const = default;
};

// One breakout room of a round as the technical host opens it: who goes in,
// with their role ("Ana (client 1)").
struct RunSheetRoom
{
    int number = 0;
    std::vector<std::string> people;

    bool operator==(const RunSheetRoom &) const = default;
};

// A step of the call with its clock times and everything the hosts read aloud,
// paste or watch for.
struct RunSheetStep
{
    std::string start;
    std::string end;
    Seconds duration{0};
    std::string title;
    std::string where;                                       // "trios, breakout rooms"
    std::optional<int> groupSize;                            // none for a step done on one's own
    int breakoutRound = 0;                                   // 1-based among the call's breakout steps; 0 = main room
    std::string leadHost;                                    // empty = not decided yet
    std::string technicalHost;
    std::string instructions;
    std::string facilitatorNotes;
    std::vector<std::string> prompts;                        // rendered
    std::vector<RunSheetCue> cues;                           // for the step as a whole
    std::vector<RunSheetSlot> timeline;                      // empty when the step is one plain stretch
    std::vector<RunSheetRoom> rooms;                         // the round's rooms, when they are planned
    bool roomsRecorded = false;                              // the round has run and was recorded as it went

    bool operator==(const RunSheetStep &) const = default;
};

// What a host prints before a call: the call's steps on the clock of the
// cohort's time zone, computed from the call's planned start and the planned
// durations.
struct RunSheet
{
    std::string cohortName;
    std::string timeZone;                                    // IANA name; empty when the cohort has none
    int callNumber = 0;
    std::string callTitle;
    std::string callDescription;
    std::string date;                                        // "2026-03-24"; empty when the call is not dated
    std::string start;                                       // "18:00", or "0:00" for an undated call
    std::string end;                                         // start + length: when the call is booked to end
    Seconds length{0};                                       // what the call is booked for
    Seconds planned{0};                                      // what its steps add up to
    std::vector<RunSheetStep> steps;

    // "call 2: Groups of three", or the title alone when it already names the
    // call ("Call 2: groups of three and four").
    std::string callName() const;

    // The steps that run in breakout rooms, in order.
    std::vector<const RunSheetStep *> breakoutSteps() const;

    bool operator==(const RunSheet &) const = default;
};

// The call's breakout rounds as planned (or recorded), and the names to show
// for the people in them.
struct RunSheetRooms
{
    std::vector<RoomRound> rounds;
    std::map<PersonId, std::string> names;
};

// The run sheet of call number `callNumber` of the cohort. The clock starts at
// call.plannedStart, or, for a call without one, where the cohort's weekly
// rhythm puts it; without either, times count from 0:00. A round goes with the
// breakout step it names, or else with the breakout step of its number.
RunSheet buildRunSheet(const Cohort &cohort, int callNumber, const ProgramCall &call, const RunSheetRooms &rooms = {});

// How a host names a moment of a cue: "at the start", "in the final minute".
std::string cueMomentText(CueMoment moment);

} // namespace convener::core
