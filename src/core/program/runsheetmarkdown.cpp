// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/runsheetmarkdown.h"

#include "core/common/markdowntext.h"
#include "core/program/programdurations.h"

#include <algorithm>

namespace convener::core {

namespace {

std::string host(const std::string &name)
{
    return name.empty() ? std::string("not decided") : name;
}

std::string cueText(const std::vector<RunSheetCue> &cues)
{
    std::string out;
    for (const RunSheetCue &cue : cues)
        out += (out.empty() ? "" : "; ") + cueMomentText(cue.moment) + ": " + cue.text;
    return out;
}

void appendStep(std::string &out, const RunSheetStep &step)
{
    out += "## " + step.start + " " + step.title + " (" + durationText(step.duration) + ")\n\n";
    out += "- **Time:** " + step.start + " to " + step.end + "\n";
    out += "- **Where:** " + step.where;
    if (step.groupSize)
        out += ", group size " + std::to_string(*step.groupSize);
    if (step.breakoutRound > 0)
        out += " (breakout round " + std::to_string(step.breakoutRound) + ")";
    out += "\n";
    out += "- **Leads:** " + host(step.leadHost) + "\n";
    out += "- **Technical host:** " + host(step.technicalHost) + "\n\n";
    if (!step.instructions.empty())
        out += "**Instructions:** " + step.instructions + "\n\n";
    if (!step.facilitatorNotes.empty())
        out += "**Host notes:** " + step.facilitatorNotes + "\n\n";
    if (!step.prompts.empty()) {
        out += "**Prompts for the chat:**\n\n";
        for (const std::string &prompt : step.prompts)
            out += markdownFence(prompt) + "\n";
    }
    if (!step.cues.empty()) {
        out += "**Cues:**\n\n";
        for (const RunSheetCue &cue : step.cues)
            out += "- " + cueMomentText(cue.moment) + ": " + markdownCell(cue.text) + "\n";
        out += "\n";
    }
    if (!step.rooms.empty()) {
        out += step.roomsRecorded ? "**Rooms (as recorded):**\n\n" : "**Rooms (planned):**\n\n";
        for (const RunSheetRoom &room : step.rooms) {
            out += "- Room " + std::to_string(room.number) + ": ";
            for (std::size_t i = 0; i < room.people.size(); ++i)
                out += (i ? ", " : "") + room.people[i];
            out += "\n";
        }
        out += "\n";
    }
    if (!step.timeline.empty()) {
        out += "| Time | Part | Length | Cues |\n|---|---|---|---|\n";
        for (const RunSheetSlot &slot : step.timeline) {
            out += "| " + slot.start + " | " + markdownCell(slot.title) + " | " + durationText(slot.duration) + " | " +
                   markdownCell(cueText(slot.cues)) + " |\n";
        }
        out += "\n";
    }
}

} // namespace

std::string runSheetMarkdown(const RunSheet &sheet)
{
    std::string out = "# Run sheet: " + sheet.cohortName + ", " + sheet.callName() + "\n\n";
    if (!sheet.date.empty()) {
        out += "**" + sheet.date + "**, " + sheet.start + " to " + sheet.end;
        out += sheet.timeZone.empty() ? std::string(" local time") : " (" + sheet.timeZone + ")";
        out += ". ";
    }
    out += "Booked for " + durationText(sheet.length) + "; the steps take " + durationText(sheet.planned);
    if (sheet.planned > sheet.length)
        out += ", which is " + durationText(sheet.planned - sheet.length) + " over";
    out += ".\n\n";
    if (!sheet.callDescription.empty())
        out += sheet.callDescription + "\n\n";

    if (sheet.steps.empty())
        return out + "This call has no steps yet.\n";
    out += "| Time | Step | Length | Where | Leads | Technical host |\n|---|---|---|---|---|---|\n";
    for (const RunSheetStep &step : sheet.steps) {
        out += "| " + step.start + " | " + markdownCell(step.title) + " | " + durationText(step.duration) + " | " + markdownCell(step.where) +
               " | " + markdownCell(host(step.leadHost)) + " | " + markdownCell(host(step.technicalHost)) + " |\n";
    }
    out += "| " + sheet.steps.back().end + " | End | | | | |\n\n";

    if (const auto rounds = sheet.breakoutSteps(); !rounds.empty()) {
        out += "## Breakout rounds\n\n| Round | Time | Step | Group size | Rooms |\n|---|---|---|---|---|\n";
        for (const RunSheetStep *step : rounds) {
            out += "| " + std::to_string(step->breakoutRound) + " | " + step->start + " to " + step->end + " | " +
                   markdownCell(step->title) + " | " + (step->groupSize ? std::to_string(*step->groupSize) : std::string("not set")) +
                   " | " + (step->rooms.empty() ? std::string("not planned") : std::to_string(step->rooms.size())) + " |\n";
        }
        out += "\n";
    }
    for (const RunSheetStep &step : sheet.steps)
        appendStep(out, step);
    return out;
}

} // namespace convener::core
