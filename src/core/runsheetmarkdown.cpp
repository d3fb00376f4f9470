// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/runsheetmarkdown.h"

#include "core/programdurations.h"

#include <algorithm>

namespace convener::core {

namespace {

// Text in a table cell stays on one line and cannot end the cell early.
std::string cell(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n' || c == '\r')
            out += ' ';
        else
            out += c;
    }
    return out;
}

// Prompts are pasted into the chat exactly as written, so they go in a fence
// longer than any run of backticks inside.
std::string fenced(std::string_view text)
{
    std::size_t longest = 0;
    std::size_t run = 0;
    for (const char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
    std::string out = fence + "text\n" + std::string(text);
    if (out.back() != '\n')
        out += '\n';
    return out + fence + "\n";
}

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
            out += fenced(prompt) + "\n";
    }
    if (!step.cues.empty()) {
        out += "**Cues:**\n\n";
        for (const RunSheetCue &cue : step.cues)
            out += "- " + cueMomentText(cue.moment) + ": " + cell(cue.text) + "\n";
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
            out += "| " + slot.start + " | " + cell(slot.title) + " | " + durationText(slot.duration) + " | " +
                   cell(cueText(slot.cues)) + " |\n";
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
        out += "| " + step.start + " | " + cell(step.title) + " | " + durationText(step.duration) + " | " + cell(step.where) +
               " | " + cell(host(step.leadHost)) + " | " + cell(host(step.technicalHost)) + " |\n";
    }
    out += "| " + sheet.steps.back().end + " | End | | | | |\n\n";

    if (const auto rounds = sheet.breakoutSteps(); !rounds.empty()) {
        out += "## Breakout rounds\n\n| Round | Time | Step | Group size | Rooms |\n|---|---|---|---|---|\n";
        for (const RunSheetStep *step : rounds) {
            out += "| " + std::to_string(step->breakoutRound) + " | " + step->start + " to " + step->end + " | " +
                   cell(step->title) + " | " + (step->groupSize ? std::to_string(*step->groupSize) : std::string("not set")) +
                   " | " + (step->rooms.empty() ? std::string("not planned") : std::to_string(step->rooms.size())) + " |\n";
        }
        out += "\n";
    }
    for (const RunSheetStep &step : sheet.steps)
        appendStep(out, step);
    return out;
}

} // namespace convener::core
