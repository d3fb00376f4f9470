// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/common/json/jsonreaderror.h"

#include <string>
#include <vector>

namespace convener::core {

// What a problem file holds where something else was expected.
enum class ScheduleValueType { Text, Number, List, Object, TrueOrFalse, Null };

// Why nothing could be planned, one value for each thing a person can be told.
// The scheduler never words it: models::describe() (models/rooms/scheduleerrortext.h)
// makes the sentence behind tr(). The comment after each value names the facts
// it sets besides the field.
enum class ScheduleErrorKind {
    // Reading a problem file (parseScheduleProblem).
    FileTooLarge, // count: the bytes given, limit: the most a file may have
    NotJson, // json: why the JSON reader refused the text, and where
    Unreadable, // detail: the JSON library's own words
    NotAnObject, // the file holds something else than one object
    UnknownField, // text: the key as written
    PeopleMissing,
    RoundsMissing,
    GroupSizeMissing,
    ExpectedList, // found
    ExpectedName, // found
    ExpectedPersonNumber, // found
    ExpectedRound, // found: what a round holds instead of an object
    ExpectedWholeNumber, // found
    ExpectedTrueOrFalse, // found
    NumberOutOfRange, // text: the number as the file gives it, least, limit: the whole numbers allowed
    TooManyPeople, // count: the people named, limit: the most a plan may have
    NameEmpty,
    NameTwice, // text: the name
    UnknownName, // text: the name as written
    PersonNumberOutOfRange, // text: the number as the file gives it, limit: the highest person number
    ExpectedTwoPeople, // count: how many the pair names

    // The problem itself (checkScheduleProblem), its size first (schedulelimits.h);
    // a file is held to the same maximums as it is read.
    TooManyRounds, // count: the rounds to plan, limit
    TooManyHistoryRounds, // count: the rounds of history, limit
    HistoryGroupTooLarge, // count: the people in the group, limit
    TooManyKeptApart, // count: the pairs, limit
    TooFewPeople,
    NamesMismatch, // the names do not match the number of people
    UnknownPerson, // count: the number
    InTwoGroups, // people: the person in two groups of one round of history
    KeptApartFromThemselves, // people
    GroupSizeBelowTwo,
    ListedTwice, // people
    LateAndAbsent, // people
    LateTwice, // people, round: the earlier round they join late in
    MostAway, // count: the people away, present: the people left, groupSize
    TooFewPresent, // present, groupSize
    KeptApartFromTooMany, // people, count: how many they are kept apart from, present, round, groupSize: the smallest
    KeptApartMoreThanGroups, // people: those who must all be apart, round, groups
    KeepApartUnsplittable, // present, round, groups

    // Re-planning (replanSchedule).
    StartedRoundsBeyondPlan,
    PreviousRoundInvalid, // the round of the previous plan holds an unknown person or someone twice
};

// Why a problem cannot be planned: its kind, the field of the problem file
// it is about ("rounds[2].absent", "keep_apart", ...; the problem-file format
// names them, so they are not translated) and the facts a sentence needs. Which
// facts are set depends on the kind (see each value above); the rest keep
// their defaults.
struct ScheduleError
{
    ScheduleErrorKind kind = ScheduleErrorKind::TooFewPeople;
    std::string field;
    // The people it is about, as numbers of the problem, and their names when
    // the problem names people (names is empty otherwise).
    std::vector<int> people;
    std::vector<std::string> names;
    std::string text; // a name or key as the file writes it
    ScheduleValueType found = ScheduleValueType::Null;
    long long count = 0; // a number given, a number of people
    long long least = 0; // the lower bound of what is allowed
    long long limit = 0; // the upper bound
    int round = 0; // a round of the plan, from 0 as the field counts it ("rounds[N]")
    int present = 0; // the people present in that round
    int groups = 0; // the groups that round makes
    int groupSize = 0; // the size of group asked for (the smaller one with smaller groups)
    JsonReadError json;
    std::string detail; // third-party words, shown as they are

    bool operator==(const ScheduleError &) const = default;
};

} // namespace convener::core
