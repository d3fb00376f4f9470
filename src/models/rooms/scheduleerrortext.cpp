// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/rooms/scheduleerrortext.h"

#include "models/jsonreaderrortext.h"
#include "models/text.h"

#include <functional>
#include <QCoreApplication>

namespace convener::models {
namespace {

using core::ScheduleError;
using core::ScheduleValueType;
using Kind = core::ScheduleErrorKind;

// The person at an index of the error's people, as a sentence names them.
using PersonText = std::function<QString(size_t)>;

QString tr(const char *text)
{
    return QCoreApplication::translate("convener::models::ScheduleError", text);
}

QString number(long long n)
{
    return QString::number(n);
}

QString quoted(const QString &name)
{
    return tr("'%1'").arg(name);
}

// By name when the problem names people, else by number: "'Ana'", "person 3".
QString personOf(const ScheduleError &e, size_t i)
{
    if (i < e.names.size())
        return quoted(toQt(e.names[i]));
    return tr("person %1").arg(number(i < e.people.size() ? e.people[i] : 0));
}

// What the file holds instead, as it reads after "found".
QString found(ScheduleValueType type)
{
    switch (type) {
    case ScheduleValueType::Text:
        return tr("text");
    case ScheduleValueType::Number:
        return tr("a number");
    case ScheduleValueType::List:
        return tr("a list");
    case ScheduleValueType::Object:
        return tr("an object");
    case ScheduleValueType::TrueOrFalse:
        return tr("true/false");
    case ScheduleValueType::Null:
        break;
    }
    return QStringLiteral("null");
}

// "a", "a and b", "a, b and c".
QString listed(const ScheduleError &e, const PersonText &person)
{
    QString text;
    for (size_t i = 0; i < e.people.size(); ++i) {
        if (i == 0)
            text = person(i);
        else if (i + 1 == e.people.size())
            text = tr("%1 and %2").arg(text, person(i));
        else
            text = tr("%1, %2").arg(text, person(i));
    }
    return text;
}

QString words(const ScheduleError &e, const PersonText &person)
{
    const QString first = e.people.empty() ? QString() : person(0);
    const QString text = toQt(e.text);
    switch (e.kind) {
    case Kind::FileTooLarge:
        return tr("the file has %1 bytes or more, above the %2 bytes a problem file may have")
            .arg(number(e.count), number(e.limit));
    case Kind::NotJson:
        if (e.json.kind == core::JsonReadErrorKind::DuplicateKey)
            return describe(e.json);
        return tr("not valid JSON: parse error at line %1, column %2: %3")
            .arg(number(e.json.line), number(e.json.column), describe(e.json));
    case Kind::Unreadable:
        return tr("unreadable problem: %1").arg(toQt(e.detail));
    case Kind::NotAnObject:
        return tr("expected a JSON object with \"people\" and \"rounds\"");
    case Kind::UnknownField:
        return tr("unknown field '%1'").arg(text);
    case Kind::PeopleMissing:
        return tr("missing: give a list of names or a number of people");
    case Kind::RoundsMissing:
        return tr("missing: list the rounds to plan, each with a group_size");
    case Kind::GroupSizeMissing:
        return tr("missing");
    case Kind::ExpectedList:
        return tr("expected a list, found %1").arg(found(e.found));
    case Kind::ExpectedName:
        return tr("expected a name, found %1").arg(found(e.found));
    case Kind::ExpectedPersonNumber:
        return tr("expected a person number, found %1").arg(found(e.found));
    case Kind::ExpectedRound:
        return tr("expected an object with a group_size, found %1").arg(found(e.found));
    case Kind::ExpectedWholeNumber:
        return tr("expected a whole number, found %1").arg(found(e.found));
    case Kind::ExpectedTrueOrFalse:
        return tr("expected true or false, found %1").arg(found(e.found));
    case Kind::NumberOutOfRange:
        return tr("%1 is out of range: give a whole number from %2 to %3").arg(text, number(e.least), number(e.limit));
    case Kind::TooManyPeople:
        return tr("%1 people, more than the %2 a plan can have").arg(number(e.count), number(e.limit));
    case Kind::NameEmpty:
        return tr("a name cannot be empty");
    case Kind::NameTwice:
        return tr("'%1' appears twice").arg(text);
    case Kind::UnknownName:
        return tr("unknown person '%1'").arg(text);
    case Kind::PersonNumberOutOfRange:
        return tr("unknown person %1 (people are numbered 0 to %2)").arg(text, number(e.limit));
    case Kind::ExpectedTwoPeople:
        return tr("expected two people, found %1").arg(number(e.count));

    case Kind::TooManyRounds:
        return tr("%1 rounds, more than the %2 one plan can have").arg(number(e.count), number(e.limit));
    case Kind::TooManyHistoryRounds:
        return tr("%1 rounds of history, more than the %2 a plan can take into account")
            .arg(number(e.count), number(e.limit));
    case Kind::HistoryGroupTooLarge:
        return tr("a group of %1 people, more than the %2 a group of history can have")
            .arg(number(e.count), number(e.limit));
    case Kind::TooManyKeptApart:
        return tr("%1 pairs, more than the %2 a plan can keep apart").arg(number(e.count), number(e.limit));
    case Kind::TooFewPeople:
        return tr("at least two people are needed to form a group");
    case Kind::NamesMismatch:
        return tr("the names do not match the number of people");
    case Kind::UnknownPerson:
        return tr("unknown person %1").arg(number(e.count));
    case Kind::InTwoGroups:
        return tr("%1 is in more than one group of this round").arg(first);
    case Kind::KeptApartFromThemselves:
        return tr("%1 cannot be kept apart from themselves").arg(first);
    case Kind::GroupSizeBelowTwo:
        return tr("must be at least 2 (a group of one is no encounter)");
    case Kind::ListedTwice:
        return tr("%1 is listed twice").arg(first);
    case Kind::LateAndAbsent:
        return tr("%1 is also listed as absent from this round").arg(first);
    case Kind::LateTwice:
        return tr("%1 already joins late in rounds[%2]").arg(first, number(e.round));
    case Kind::MostAway:
        // Those away and those left make up everyone.
        if (e.present == 1)
            return tr("%1 of %2 people are away, more than are present; the one left is too few for a group of %3")
                .arg(number(e.count), number(e.count + e.present), number(e.groupSize));
        return tr("%1 of %2 people are away, more than are present; the %3 left are too few for a group of %4")
            .arg(number(e.count), number(e.count + e.present), number(e.present), number(e.groupSize));
    case Kind::TooFewPresent:
        if (e.present == 1)
            return tr("only one person is present, too few for a group of %1").arg(number(e.groupSize));
        return tr("only %1 people are present, too few for a group of %2").arg(number(e.present), number(e.groupSize));
    case Kind::KeptApartFromTooMany:
        return tr("%1 must be kept apart from %2 of the %3 other people present in rounds[%4], so no group of %5 can "
                  "include them")
            .arg(first, number(e.count), number(e.present - 1), number(e.round), number(e.groupSize));
    case Kind::KeptApartMoreThanGroups:
        if (e.groups == 1)
            return tr("%1 must all be kept apart, but rounds[%2] has only 1 group")
                .arg(listed(e, person), number(e.round));
        return tr("%1 must all be kept apart, but rounds[%2] has only %3 groups")
            .arg(listed(e, person), number(e.round), number(e.groups));
    case Kind::KeepApartUnsplittable:
        return tr("the %1 people present in rounds[%2] cannot be split into %3 groups with every keep-apart pair in "
                  "different groups")
            .arg(number(e.present), number(e.round), number(e.groups));

    case Kind::StartedRoundsBeyondPlan:
        return tr("more rounds have started than the plan has");
    case Kind::PreviousRoundInvalid:
        return tr("not a valid round (unknown person or someone in two groups)");
    }
    return toQt(e.detail);
}

} // namespace

QString describe(const ScheduleError &error)
{
    const QString reason = scheduleReason(error);
    return error.field.empty() ? reason : tr("%1: %2").arg(toQt(error.field), reason);
}

QString scheduleReason(const ScheduleError &error)
{
    return words(error, [&error](size_t i) { return personOf(error, i); });
}

QString scheduleReason(const core::RoomPlanFailure &failure)
{
    const ScheduleError &cause = failure.cause;
    return words(cause, [&failure, &cause](size_t i) {
        if (i < cause.names.size() && cause.names[i].empty() && i < failure.people.size())
            return quoted(tr("person %1").arg(number(failure.people[i])));
        return personOf(cause, i);
    });
}

} // namespace convener::models
