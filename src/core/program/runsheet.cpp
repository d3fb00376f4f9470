// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/runsheet.h"

#include "core/roster/callcalendar.h"
#include "core/program/programdurations.h"
#include "core/program/templatetext.h"

#include <cctype>
#include <charconv>
#include <cstdio>

namespace convener::core {

namespace {

// Where the clock starts: a date and the seconds into that day, or nothing
// when the call is not dated (times then count from 0:00).
struct ClockStart
{
    std::string date;
    long long secondOfDay = 0;
};

std::optional<ClockStart> parseLocalStart(const std::string &text)
{
    // "YYYY-MM-DDTHH:MM"
    if (text.size() != 16 || text[10] != 'T' || text[13] != ':' || !addDays(text.substr(0, 10), 0))
        return std::nullopt;
    int h = -1, m = -1;
    std::from_chars(text.data() + 11, text.data() + 13, h);
    std::from_chars(text.data() + 14, text.data() + 16, m);
    if (h < 0 || h > 23 || m < 0 || m > 59)
        return std::nullopt;
    return ClockStart{text.substr(0, 10), h * 3600LL + m * 60LL};
}

std::optional<ClockStart> callStart(const Cohort &cohort, int callNumber, const ProgramCall &call)
{
    if (const auto planned = parseLocalStart(call.plannedStart))
        return planned;
    if (callNumber < 1)
        return std::nullopt;
    const auto weekly = weeklyCallStarts(cohort, callNumber);
    if (weekly.size() != static_cast<std::size_t>(callNumber))
        return std::nullopt;
    return parseLocalStart(weekly.back());
}

// "18:05", "18:05:30" when there are seconds, "00:10 (next day)" past midnight.
std::string clockText(const std::optional<ClockStart> &start, Seconds offset)
{
    if (!start)
        return offsetText(offset);
    const long long total = start->secondOfDay + offset.count();
    const long long day = total / 86400;
    const long long inDay = total % 86400;
    char buffer[32];
    if (inDay % 60 == 0)
        std::snprintf(buffer, sizeof buffer, "%02lld:%02lld", inDay / 3600, inDay / 60 % 60);
    else
        std::snprintf(buffer, sizeof buffer, "%02lld:%02lld:%02lld", inDay / 3600, inDay / 60 % 60, inDay % 60);
    std::string text = buffer;
    if (day == 1)
        text += " (next day)";
    else if (day > 1)
        text += " (day +" + std::to_string(day) + ")";
    return text;
}

std::vector<RunSheetCue> renderCues(const std::vector<StepCue> &cues, const TemplateValues &values)
{
    std::vector<RunSheetCue> out;
    for (const StepCue &cue : cues)
        out.push_back({cue.moment, renderTemplate(cue.text, values)});
    return out;
}

std::string slotTitle(const Step &step, const StepSlot &slot)
{
    std::string turn;
    if (slot.turns > 1) {
        const char *word = step.rotation.kind == RotationKind::Fixed ? "Round " : "Turn ";
        turn = word + std::to_string(slot.turn) + " of " + std::to_string(slot.turns);
    }
    switch (slot.kind) {
    case SlotKind::Changeover:
        return "Change over to " + (turn.empty() ? std::string("the next turn") : turn);
    case SlotKind::Phase: {
        const Phase &phase = step.phases[static_cast<std::size_t>(slot.phaseIndex)];
        const std::string name = phase.title.empty() ? phase.id : phase.title;
        return turn.empty() ? name : turn + ": " + name;
    }
    case SlotKind::Step:
        break;
    }
    return turn.empty() ? step.title : turn;
}

RunSheetStep sheetStep(const Step &step, const std::optional<ClockStart> &start, Seconds offset)
{
    const int size = step.plannedGroupSize().value_or(1);
    RunSheetStep out;
    out.duration = step.plannedDuration();
    out.start = clockText(start, offset);
    out.end = clockText(start, offset + out.duration);
    out.title = step.title;
    out.where = step.placeText(false);
    // "On one's own" says it all; a group size of 1 would only add noise.
    if (step.space != StepSpace::Self)
        out.groupSize = step.plannedGroupSize();
    out.leadHost = step.leadHost;
    out.technicalHost = step.technicalHost;
    out.instructions = step.instructions;
    out.facilitatorNotes = step.facilitatorNotes;
    for (const std::string &prompt : step.prompts)
        out.prompts.push_back(renderTemplate(prompt, step.promptValues(size)));

    const std::vector<StepSlot> slots = step.expand(size);
    if (step.phases.empty() && slots.size() <= 1) {
        // One plain stretch: its cues belong to the step itself.
        TemplateValues values = step.promptValues(size);
        values.duration = step.turnDuration();
        out.cues = renderCues(step.cues, values);
        return out;
    }
    if (!step.phases.empty()) {
        TemplateValues values = step.promptValues(size);
        values.duration = step.turnDuration();
        out.cues = renderCues(step.cues, values);
    }
    for (const StepSlot &slot : slots) {
        RunSheetSlot s;
        s.start = clockText(start, offset + slot.offset);
        s.end = clockText(start, offset + slot.offset + slot.duration);
        s.title = slotTitle(step, slot);
        s.duration = slot.duration;
        const TemplateValues values = step.slotValues(slot, size);
        if (slot.kind == SlotKind::Phase)
            s.cues = renderCues(step.phases[static_cast<std::size_t>(slot.phaseIndex)].cues, values);
        else if (slot.kind == SlotKind::Step)
            s.cues = renderCues(step.cues, values);
        out.timeline.push_back(std::move(s));
    }
    return out;
}

std::vector<RunSheetRoom> sheetRooms(const RoomRound &round, const std::map<PersonId, std::string> &names)
{
    std::vector<RunSheetRoom> out;
    for (std::size_t r = 0; r < round.rooms.size(); ++r) {
        RunSheetRoom room;
        room.number = static_cast<int>(r + 1);
        for (const RoomSeat &seat : round.rooms[r].seats) {
            const auto name = names.find(seat.person);
            std::string text = name != names.end() ? name->second : "person " + std::to_string(seat.person);
            if (!seat.role.empty())
                text += " (" + seat.role + (seat.roleRank > 0 ? " " + std::to_string(seat.roleRank) : std::string()) + ")";
            room.people.push_back(std::move(text));
        }
        out.push_back(std::move(room));
    }
    return out;
}

const RoomRound *roundFor(const std::vector<RoomRound> &rounds, const Step &step, int breakoutRound)
{
    for (const RoomRound &round : rounds) {
        if (!round.stepId.empty() && round.stepId == step.id)
            return &round;
    }
    for (const RoomRound &round : rounds) {
        if (round.stepId.empty() && round.number == breakoutRound)
            return &round;
    }
    return nullptr;
}

} // namespace

std::string RunSheet::callName() const
{
    const std::string named = "all " + std::to_string(callNumber);   // after a 'C' or 'c'
    const std::size_t after = named.size() + 1;
    if (callTitle.size() >= after && (callTitle[0] == 'C' || callTitle[0] == 'c') &&
        callTitle.compare(1, named.size(), named) == 0 &&
        (callTitle.size() == after || !std::isdigit(static_cast<unsigned char>(callTitle[after]))))
        return callTitle;
    const std::string plain = "call " + std::to_string(callNumber);
    return callTitle.empty() ? plain : plain + ": " + callTitle;
}

std::vector<const RunSheetStep *> RunSheet::breakoutSteps() const
{
    std::vector<const RunSheetStep *> out;
    for (const RunSheetStep &step : steps) {
        if (step.breakoutRound > 0)
            out.push_back(&step);
    }
    return out;
}

std::string cueMomentText(CueMoment moment)
{
    switch (moment) {
    case CueMoment::Start:
        return "at the start";
    case CueMoment::Warning:
        return "at the warning";
    case CueMoment::FinalMinute:
        return "in the final minute";
    case CueMoment::End:
        return "at the end";
    }
    return {};
}

RunSheet buildRunSheet(const Cohort &cohort, int callNumber, const ProgramCall &call, const RunSheetRooms &rooms)
{
    const auto start = callStart(cohort, callNumber, call);
    RunSheet sheet;
    sheet.cohortName = cohort.name;
    sheet.timeZone = cohort.timeZone;
    sheet.callNumber = callNumber;
    sheet.callTitle = call.title;
    sheet.callDescription = call.description;
    sheet.date = start ? start->date : std::string();
    sheet.length = call.length;
    sheet.planned = call.plannedDuration();
    sheet.start = clockText(start, Seconds{0});
    sheet.end = clockText(start, sheet.length);
    const std::vector<Seconds> offsets = call.startOffsets();
    int round = 0;
    for (std::size_t i = 0; i < call.steps.size(); ++i) {
        RunSheetStep step = sheetStep(call.steps[i], start, offsets[i]);
        if (call.steps[i].breakout) {
            step.breakoutRound = ++round;
            if (const RoomRound *planned = roundFor(rooms.rounds, call.steps[i], round)) {
                step.rooms = sheetRooms(*planned, rooms.names);
                step.roomsRecorded = planned->recorded();
            }
        }
        sheet.steps.push_back(std::move(step));
    }
    return sheet;
}

} // namespace convener::core
