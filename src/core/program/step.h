// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/stepcue.h"
#include "core/program/stepthresholds.h"
#include "core/program/phase.h"
#include "core/program/programlimits.h"
#include "core/program/steprotation.h"
#include "core/program/stepspace.h"
#include "core/program/steprole.h"
#include "core/program/templatetext.h"
#include "core/program/stepslot.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace convener::core {

// One item of a call's agenda, and also what a "practice" file holds on its
// own. A step either has a plain duration or is made of phases; with phases,
// its length follows from them, its rotation and the group size.
struct Step
{
    std::string id;                                          // unique within its call
    std::string title;
    std::optional<Seconds> duration;                         // only for a step without phases
    std::optional<Seconds> minimum;                          // idem; none = cannot be compressed
    StepSpace space = StepSpace::Circle;
    std::optional<int> groupSize;                            // planned people per group (or in the circle)
    bool breakout = false;                                   // happens in breakout rooms
    bool autoAdvance = false;                                // the run moves on to the next step without the host
    std::vector<StepRole> roles;
    StepRotation rotation;
    StepThresholds thresholds;
    std::string facilitatorNotes;                            // for hosts only
    std::string instructions;                                // for participants
    std::string leadHost;                                    // who leads the step (a name; empty = not decided)
    std::string technicalHost;                               // who runs rooms, chat and clock for it
    std::vector<std::string> prompts;                        // templates, pasted into the call's chat
    std::vector<StepCue> cues;                                   // for the step as a whole
    std::vector<Phase> phases;
    nlohmann::ordered_json unknownFields;

    // The size the step is planned for: the space's own size, else groupSize.
    std::optional<int> plannedGroupSize() const;

    // Where the step happens, for people: "pairs", "groups of 5", "whole
    // circle", plus ", breakout rooms" when it is in rooms; withCircleSize adds
    // the size a circle is planned for ("whole circle (planned for 24)").
    std::string placeText(bool withCircleSize) const;
    // How many times the phases run: once, once per member, or a fixed count.
    int turns(int groupSize) const;

    // One turn: the sum of the phases, or the plain duration.
    Seconds turnDuration() const;
    Seconds turnMinimum() const;

    // Turns plus the changeovers between them. The overloads without a group
    // size use plannedGroupSize(); when it is unknown a per-member rotation
    // counts one turn (validation reports the missing size).
    Seconds plannedDuration(int groupSize) const;
    Seconds plannedDuration() const;
    Seconds minimumDuration(int groupSize) const;
    Seconds minimumDuration() const;

    // The step unrolled for a group size: every phase of every turn, with the
    // changeovers between turns, in order and back to back from offset 0.
    std::vector<StepSlot> expand(int groupSize) const;

    // The role named by the rotation, or null.
    const StepRole *rotatingRole() const;

    // Values for rendering the step's prompts, and a slot's cues.
    TemplateValues promptValues(int groupSize) const;
    TemplateValues slotValues(const StepSlot &slot, int groupSize) const;

    bool operator==(const Step &) const = default;
};

} // namespace convener::core
