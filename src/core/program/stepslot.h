// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/programlimits.h"

#include <string>

namespace convener::core {

// What a slot of an expanded step is: the whole of a step without phases, one
// phase of one turn, or the changeover between two turns.
enum class SlotKind { Step, Phase, Changeover };

// One concrete stretch of a step once its rotation is unrolled for a group
// size. Offsets count from the start of the step; turns count from 1.
struct StepSlot
{
    SlotKind kind = SlotKind::Step;
    int phaseIndex = -1;                                     // into Step::phases; -1 unless kind is Phase
    std::string phaseId;
    int turn = 1;                                            // the member's turn or the round
    int turns = 1;
    Seconds offset{0};
    Seconds duration{0};
    Seconds minimum{0};

    bool operator==(const StepSlot &) const = default;
};

} // namespace convener::core
