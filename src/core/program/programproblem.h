// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/json/jsonreaderror.h"
#include "core/program/stepspace.h"
#include "core/program/templatetext.h"

#include <string>
#include <vector>

namespace convener::core {

enum class ProblemSeverity { Error, Warning };

// What JSON held where something else was expected.
enum class JsonValueType { Null, True, False, Text, List, Object, Number, Other };

// What is wrong, one value for each thing a person can be told. Core never
// words a problem: models::describe() (models/program/programproblemtext.h)
// makes the sentence behind tr(). The comment after each value names the facts
// it sets; durations are in seconds.
enum class ProgramProblemKind {
    // Reading a file.
    FileTooLarge, // count: the file's size in bytes, limit: the most a program file may hold
    JsonUnreadable, // json: why the reader refused the text; line and column, or a path for a key given twice
    NotOneObject, // found: what the file holds instead
    FormatTooNew, // count: the file's format, limit: the newest this version reads
    FormatTooOld, // count: the file's format
    UnknownField, // a warning: the field is kept
    MissingField,
    ExpectedObject, // found
    ExpectedText, // found
    ExpectedWholeNumber, // found
    ExpectedSeconds, // found
    ExpectedTrueOrFalse, // found
    ExpectedList, // found
    ExpectedChoice, // text: the value, quoted as shown; choices: the keys allowed
    NumberTooLarge, // text: the number as written
    NumberTooLargeToShow,
    NumberNotWhole, // text: the number as written
    SecondsNotWhole,
    NumberOutOfRange, // count: the number, least, limit: the range allowed
    DurationNegative, // count: the number
    DurationTooLong, // count: the number, limit: the longest duration
    InvalidId, // text: the id, quoted as shown; limit: the longest id
    IdTakenInFile, // text: the id, quoted as shown; otherPath: the item that has it

    // Prompts and cues.
    TemplateBraceNotClosed,
    TemplateUnknownVariable, // text: the variable's name
    TemplateBraceNotOpened,
    TemplateRoleWithoutRotation, // a warning
    PromptMinutesDiffer, // a warning; count: the minutes the text names, text: the minutes the step and its phases last

    // The meaning of a program, call or step.
    ProgramWithoutId,
    CallWithoutId,
    StepWithoutId,
    PhaseWithoutId,
    IdTaken, // text: the id, otherPath: the item that has it
    ProgramWithoutName,
    CallWithoutTitle,
    StepWithoutTitle,
    ProgramWithoutCalls, // a warning
    CallWithoutSteps, // a warning
    CallLengthOutOfRange,
    CallStartInvalid, // text: the start as written
    StepsOverrunCall, // count: the steps' planned duration, limit: the call's length, least: the steps compressed
    StepsFitOnlyCompressed, // a warning; count: the steps' planned duration, limit: the call's length
    StepWithoutDuration,
    MinimumOverDuration, // count: the minimum, limit: the planned duration
    MinimumNegative,
    DurationBesidePhases, // a warning
    MinimumBesidePhases, // a warning
    PhaseWithoutDuration,
    GroupSizeOfSpace, // space, count: the group size given, limit: the size the space implies
    GroupSizeBelowOne,
    GroupBelowTwo,
    CircleInBreakout,
    BreakoutGroupWithoutSize,
    SelfInBreakout, // a warning
    RoleWithoutName,
    RoleNameTaken, // text: the role's name, otherPath: the role that has it
    RoleBelowZero,
    RoleMostBelowLeast, // count: the most people, least: the fewest
    RolesNeedExactly, // count: the group size, least: the people the roles need
    RolesNeedBetween, // count: the group size, least, limit: the people the roles need
    PerMemberWithoutGroupSize,
    PerMemberTooFew,
    FixedRotationNever,
    ChangeoverNegative,
    ChangeoverWithoutRotation, // a warning
    NoSuchRotatingRole, // text: the role's name
    RotatingRoleShared,
    ThresholdNegative,
    WarningAfterFinalMinute, // count: the warning, limit: the final minute, both before the end

    // The built-in library.
    NoSuchBuiltinTemplate, // text: the id asked for
};

// One thing wrong with a program file or a program being edited: its kind and
// facts. A syntax error has a line and column; a problem of meaning has a
// JSON-like path such as "calls[1].steps[3].duration" (empty for the document
// itself).
struct ProgramProblem
{
    ProgramProblemKind kind = ProgramProblemKind::JsonUnreadable;
    ProblemSeverity severity = ProblemSeverity::Error;
    std::string path;
    int line = 0; // 1-based; 0 when the problem has a path instead
    int column = 0; // 1-based, in characters
    std::string text; // a value, id or name as written
    std::string otherPath; // the item that already has the id or name
    std::string choices; // the keys a field allows, as the file writes them
    JsonReadError json; // why the JSON reader refused the text (JsonUnreadable)
    JsonValueType found = JsonValueType::Other;
    StepSpace space = StepSpace::Circle;
    long long count = 0; // a number found, a size, a duration
    long long least = 0; // the lower bound it is held to
    long long limit = 0; // the upper bound, or what count is compared to

    ProgramProblem() = default;
    ProgramProblem(ProgramProblemKind k, std::string p = {}, ProblemSeverity s = ProblemSeverity::Error)
        : kind(k)
        , severity(s)
        , path(std::move(p))
    {
    }

    bool operator==(const ProgramProblem &) const = default;
};

bool hasErrors(const std::vector<ProgramProblem> &problems);

// The problem a template's mistake is, at the path of its text.
ProgramProblem templateProblem(const TemplateMistake &mistake, std::string path);

} // namespace convener::core
