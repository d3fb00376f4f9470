// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "models/program/programproblemtext.h"

#include "core/program/templatetext.h"
#include "models/jsonreaderrortext.h"
#include "storage/conversions.h"

#include <QCoreApplication>

namespace convener::models {
namespace {

using core::JsonValueType;
using core::StepSpace;
using Kind = core::ProgramProblemKind;
using storage::toQt;

QString tr(const char *text)
{
    return QCoreApplication::translate("convener::models::ProgramProblem", text);
}

QString number(long long n)
{
    return QString::number(n);
}

// "45 s", "5 min", "5 min 30 s", as core::durationText writes them.
QString durationText(long long seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    const long long s = seconds < 0 ? -seconds : seconds;
    if (s < 60)
        return tr("%1 s").arg(sign + number(s));
    if (s % 60 == 0)
        return tr("%1 min").arg(sign + number(s / 60));
    return tr("%1 min %2 s").arg(sign + number(s / 60), number(s % 60));
}

// Bytes as megabytes with one decimal: "4.0 MB".
QString megabytes(long long bytes)
{
    const long long tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    return tr("%1 MB").arg(number(tenths / 10) + QLatin1Char('.') + number(tenths % 10));
}

QString people(long long n)
{
    return n == 1 ? tr("%1 person").arg(number(n)) : tr("%1 people").arg(number(n));
}

// What a JSON value is, as it reads after "got".
QString found(JsonValueType type)
{
    switch (type) {
    case JsonValueType::Null:
        return QStringLiteral("null");
    case JsonValueType::True:
        return QStringLiteral("true");
    case JsonValueType::False:
        return QStringLiteral("false");
    case JsonValueType::Text:
        return tr("a string");
    case JsonValueType::List:
        return tr("a list");
    case JsonValueType::Object:
        return tr("an object");
    case JsonValueType::Number:
        return tr("a number");
    case JsonValueType::Other:
        break;
    }
    return tr("something else");
}

// "{minutes}, {round}, ...": the variables a template may name.
QString knownVariables()
{
    QString list;
    for (const std::string_view name : core::templateVariableNames()) {
        if (!list.isEmpty())
            list += QStringLiteral(", ");
        list += QLatin1Char('{') + toQt(name) + QLatin1Char('}');
    }
    return list;
}

QString groupSizeOfSpace(const core::ProgramProblem &p)
{
    const QString implied = people(p.limit);
    const QString given = number(p.count);
    switch (p.space) {
    case StepSpace::Self:
        return tr("a self has %1, not %2").arg(implied, given);
    case StepSpace::Pair:
        return tr("a pair has %1, not %2").arg(implied, given);
    case StepSpace::Trio:
        return tr("a trio has %1, not %2").arg(implied, given);
    case StepSpace::Group:
        return tr("a group has %1, not %2").arg(implied, given);
    case StepSpace::Circle:
        break;
    }
    return tr("a circle has %1, not %2").arg(implied, given);
}

} // namespace

QString describe(const core::ProgramProblem &p)
{
    const QString text = toQt(p.text);
    switch (p.kind) {
    case Kind::FileTooLarge:
        return tr("the file is %1; program files are limited to %2").arg(megabytes(p.count), megabytes(p.limit));
    case Kind::JsonUnreadable:
        return describe(p.json);
    case Kind::NotOneObject:
        return tr("expected the file to hold one JSON object, got %1").arg(found(p.found));
    case Kind::FormatTooNew:
        return tr("the file uses format %1, but this version of Convener reads format %2 at most; open it with a newer "
                  "Convener")
            .arg(number(p.count), number(p.limit));
    case Kind::FormatTooOld:
        return tr("expected a format of 1 or more, got %1").arg(number(p.count));
    case Kind::UnknownField:
        return tr("unknown field, kept as it is");
    case Kind::MissingField:
        return tr("required field is missing");
    case Kind::ExpectedObject:
        return tr("expected an object, got %1").arg(found(p.found));
    case Kind::ExpectedText:
        return tr("expected text, got %1").arg(found(p.found));
    case Kind::ExpectedWholeNumber:
        return tr("expected a whole number, got %1").arg(found(p.found));
    case Kind::ExpectedSeconds:
        return tr("expected a number of seconds, got %1").arg(found(p.found));
    case Kind::ExpectedTrueOrFalse:
        return tr("expected true or false, got %1").arg(found(p.found));
    case Kind::ExpectedList:
        return tr("expected a list, got %1").arg(found(p.found));
    case Kind::ExpectedChoice:
        return tr("expected one of %1, got %2").arg(toQt(p.choices), text);
    case Kind::NumberTooLarge:
        return tr("the number %1 is far too large").arg(text);
    case Kind::NumberTooLargeToShow:
        return tr("the number is far too large");
    case Kind::NumberNotWhole:
        return tr("expected a whole number, got %1").arg(text);
    case Kind::SecondsNotWhole:
        return tr("expected a whole number of seconds");
    case Kind::NumberOutOfRange:
        return tr("expected a number from %1 to %2, got %3").arg(number(p.least), number(p.limit), number(p.count));
    case Kind::DurationNegative:
        return tr("a duration cannot be negative, got %1").arg(number(p.count));
    case Kind::DurationTooLong:
        return tr("%1 seconds is longer than the limit of 24 hours (%2 seconds)").arg(number(p.count), number(p.limit));
    case Kind::InvalidId:
        return tr("%1 is not a valid id: use 1 to %2 letters, digits, '-', '_' or '.'").arg(text, number(p.limit));
    case Kind::IdTakenInFile:
        return tr("the id %1 is already used by %2").arg(text, toQt(p.otherPath));

    case Kind::TemplateBraceNotClosed:
        return tr("an opening brace '{' is never closed; write '{{' for a literal brace");
    case Kind::TemplateUnknownVariable:
        return tr("unknown variable {%1}; the known ones are %2").arg(text, knownVariables());
    case Kind::TemplateBraceNotOpened:
        return tr("a closing brace '}' has no opening one; write '}}' for a literal brace");
    case Kind::TemplateRoleWithoutRotation:
        return tr("uses {role}, but the step names no role that passes round; it will read as nothing");
    case Kind::PromptMinutesDiffer:
        //: %1 the minutes the text names, %2 the lengths in minutes the step and its phases have ("3, 5, 10")
        return tr("names %1 minutes, but the step and its phases last %2 minutes; write {minutes} so the text follows "
                  "the length, or correct the number")
            .arg(p.count)
            .arg(text);

    case Kind::ProgramWithoutId:
        return tr("every program needs an id");
    case Kind::CallWithoutId:
        return tr("every call needs an id");
    case Kind::StepWithoutId:
        return tr("every step needs an id");
    case Kind::PhaseWithoutId:
        return tr("every phase needs an id");
    case Kind::IdTaken:
        return tr("the id '%1' is already used by %2").arg(text, toQt(p.otherPath));
    case Kind::ProgramWithoutName:
        return tr("every program needs a name");
    case Kind::CallWithoutTitle:
        return tr("every call needs a title");
    case Kind::StepWithoutTitle:
        return tr("every step needs a title");
    case Kind::ProgramWithoutCalls:
        return tr("the program has no calls yet");
    case Kind::CallWithoutSteps:
        return tr("the call has no steps yet");
    case Kind::CallLengthOutOfRange:
        return tr("a call lasts more than 0 seconds and at most 24 hours");
    case Kind::CallStartInvalid:
        return tr("'%1' is not a local date and time written as YYYY-MM-DDTHH:MM").arg(text);
    case Kind::StepsOverrunCall:
        return tr("the steps take %1, %2 more than the call's %3, and even compressed to their minimums they take %4")
            .arg(durationText(p.count), durationText(p.count - p.limit), durationText(p.limit), durationText(p.least));
    case Kind::StepsFitOnlyCompressed:
        return tr("the steps take %1, %2 more than the call's %3; they fit only when compressed toward their minimums")
            .arg(durationText(p.count), durationText(p.count - p.limit), durationText(p.limit));
    case Kind::StepWithoutDuration:
        return tr("the step has no duration: give it a duration in seconds, or phases");
    case Kind::MinimumOverDuration:
        return tr("the minimum (%1) is longer than the planned duration (%2)")
            .arg(durationText(p.count), durationText(p.limit));
    case Kind::MinimumNegative:
        return tr("a minimum cannot be negative");
    case Kind::DurationBesidePhases:
        return tr("a step with phases takes its length from them; this duration is ignored");
    case Kind::MinimumBesidePhases:
        return tr("a step with phases takes its minimum from them; this minimum is ignored");
    case Kind::PhaseWithoutDuration:
        return tr("the phase has no duration");
    case Kind::GroupSizeOfSpace:
        return groupSizeOfSpace(p);
    case Kind::GroupSizeBelowOne:
        return tr("a group size is at least 1");
    case Kind::GroupBelowTwo:
        return tr("a group has at least 2 people");
    case Kind::CircleInBreakout:
        return tr("the whole circle cannot meet in breakout rooms; choose a pair, trio or group");
    case Kind::BreakoutGroupWithoutSize:
        return tr("a breakout step needs a group size, so that the rooms can be planned");
    case Kind::SelfInBreakout:
        return tr("a step on one's own does not need breakout rooms");
    case Kind::RoleWithoutName:
        return tr("a role needs a name");
    case Kind::RoleNameTaken:
        return tr("the role '%1' is already named by %2").arg(text, toQt(p.otherPath));
    case Kind::RoleBelowZero:
        return tr("a role cannot be held by fewer than 0 people");
    case Kind::RoleMostBelowLeast:
        return tr("the most people in a role (%1) is fewer than the least (%2)").arg(number(p.count), number(p.least));
    case Kind::RolesNeedExactly:
        return tr("the roles need %1, but the group has %2").arg(people(p.least), number(p.count));
    case Kind::RolesNeedBetween:
        return tr("the roles need %1 to %2, but the group has %3")
            .arg(number(p.least), people(p.limit), number(p.count));
    case Kind::PerMemberWithoutGroupSize:
        return tr("a rotation per member needs a group size to plan its length");
    case Kind::PerMemberTooFew:
        return tr("a rotation per member needs at least 2 people");
    case Kind::FixedRotationNever:
        return tr("a fixed rotation runs at least once");
    case Kind::ChangeoverNegative:
        return tr("a changeover cannot be negative");
    case Kind::ChangeoverWithoutRotation:
        return tr("a step that does not rotate has no changeovers; this one is ignored");
    case Kind::NoSuchRotatingRole:
        return tr("the step has no role named '%1'").arg(text);
    case Kind::RotatingRoleShared:
        return tr("the role that passes round to each member must be held by one person at a time");
    case Kind::ThresholdNegative:
        return tr("a threshold cannot be negative");
    case Kind::WarningAfterFinalMinute:
        return tr("the warning (%1 before the end) must not come after the final minute (%2 before the end)")
            .arg(durationText(p.count), durationText(p.limit));

    case Kind::NoSuchBuiltinTemplate:
        return tr("there is no built-in template '%1'").arg(text);
    }
    return {};
}

QString describe(const core::ProgramProblem &p, const QString &fileName)
{
    const QString words
        = p.severity == core::ProblemSeverity::Warning ? tr("warning: %1").arg(describe(p)) : describe(p);
    if (p.line > 0)
        return tr("%1:%2:%3: %4").arg(fileName, number(p.line), number(p.column), words);
    if (!p.path.empty())
        return tr("%1: %2: %3").arg(fileName, toQt(p.path), words);
    return tr("%1: %2").arg(fileName, words);
}

} // namespace convener::models
