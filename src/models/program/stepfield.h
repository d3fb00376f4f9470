// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/program/step.h"

#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

namespace convener::models {

// The parts of a step the agenda editor changes one at a time. Phase fields
// also name the phase (by index).
enum class StepField {
    Title,
    Duration,          // seconds, int
    Minimum,           // seconds, int; a negative or null value = cannot be compressed
    Space,             // the space's key, "trio"
    GroupSize,         // int; 0 or null = none
    LeadHost,
    TechnicalHost,
    FacilitatorNotes,
    Instructions,
    Prompts,           // QStringList, one prompt each
    PhaseTitle,
    PhaseDuration,     // seconds, int
    PhaseMinimum,      // seconds, int; negative or null = cannot be compressed
    RotationKind,      // the kind's key, "none", "per_member", "fixed"
    RotationCount,     // int, turns of a fixed rotation
    RotationRole,      // the role's name; empty = none named
    RotationChangeover, // seconds, int, between two turns
    Cues,              // the step's cues (phase -1) or a phase's: a QVariantList of
                       // QVariantMaps {"at": moment key, "text", "unknown": JSON of
                       // fields a newer format added, kept as they were}
    Breakout,          // bool: the step happens in breakout rooms
    AutoAdvance,       // bool: a live run moves on by itself when the step ends
    Roles,             // a QVariantList of QVariantMaps {"name", "min", "max", "unknown"};
                       // renaming the role the rotation names renames it there too
    WarningThreshold,  // seconds, int, before the end of each phase
    FinalMinuteThreshold, // seconds, int, idem
};

// A cue as the Cues field holds it, and back (false for an unknown moment or
// an empty text).
QVariantMap cueValue(const core::StepCue &cue);
bool cueFromValue(const QVariant &value, core::StepCue &cue);

// A role as the Roles field holds it, and back (false for an empty name or a
// count outside what a program file allows).
QVariantMap roleValue(const core::StepRole &role);
bool roleFromValue(const QVariant &value, core::StepRole &role);

// True for fields whose consecutive edits fold into one undo step (a spin box
// clicked up several times); text edits stay separate.
bool mergesEdits(StepField field);

// Writes value into that field of step (the phase's for phase fields). False
// when the value does not fit the field or the phase does not exist; step is
// then left as it was.
bool setStepField(core::Step &step, StepField field, int phase, const QVariant &value);

// The field's current value, in the same types setStepField takes.
QVariant stepField(const core::Step &step, StepField field, int phase = -1);

} // namespace convener::models
