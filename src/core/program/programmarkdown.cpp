// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/programmarkdown.h"

#include "core/common/markdowntext.h"
#include "core/program/programdurations.h"
#include "core/program/templatetext.h"

#include <algorithm>

namespace convener::core {

namespace {
std::string rotationText(const Step &step)
{
    const StepRotation &rot = step.rotation;
    const int size = step.plannedGroupSize().value_or(1);
    std::string text;
    if (rot.kind == RotationKind::PerMember)
        text = "one turn per member (" + std::to_string(step.turns(size)) + " turns)";
    else if (rot.kind == RotationKind::Fixed)
        text = std::to_string(rot.count) + (rot.count == 1 ? " round" : " rounds");
    else
        return {};
    if (!rot.role.empty())
        text += "; the " + rot.role + " role passes round";
    if (rot.changeover > Seconds{0})
        text += "; " + durationText(rot.changeover) + " to change over between turns";
    return text;
}

std::string templateText(const std::string &text, const TemplateValues &values, const MarkdownOptions &options)
{
    return options.renderTemplates ? renderTemplate(text, values) : text;
}

std::string cueLines(const std::vector<StepCue> &cues, const TemplateValues &values, const MarkdownOptions &options, const std::string &indent)
{
    std::string out;
    for (const StepCue &cue : cues) {
        out += indent + "- cue (" + std::string(cueMomentKey(cue.moment)) + "): " + markdownCell(templateText(cue.text, values, options)) + "\n";
    }
    return out;
}

void appendStepBody(std::string &out, const Step &step, const MarkdownOptions &options)
{
    const int size = step.plannedGroupSize().value_or(1);
    out += "*" + step.placeText(true) + "*";
    if (step.minimumDuration() < step.plannedDuration())
        out += " · may be compressed to " + durationText(step.minimumDuration());
    out += "\n\n";
    if (!step.roles.empty()) {
        out += "**Roles:** ";
        for (std::size_t i = 0; i < step.roles.size(); ++i) {
            const StepRole &role = step.roles[i];
            out += (i ? ", " : "") + role.name + " (" + std::to_string(role.minCount);
            if (role.maxCount != role.minCount)
                out += "-" + std::to_string(role.maxCount);
            out += ")";
        }
        out += "\n\n";
    }
    if (const std::string rotation = rotationText(step); !rotation.empty())
        out += "**Rotation:** " + rotation + "\n\n";
    if (!step.instructions.empty())
        out += "**Instructions:** " + step.instructions + "\n\n";
    if (options.includeFacilitatorNotes && !step.facilitatorNotes.empty())
        out += "**Host notes:** " + step.facilitatorNotes + "\n\n";
    if (!step.prompts.empty()) {
        out += "**Prompts for the chat:**\n\n";
        for (const std::string &prompt : step.prompts)
            out += markdownFence(templateText(prompt, step.promptValues(size), options)) + "\n";
    }
    if (!step.cues.empty()) {
        TemplateValues values = step.promptValues(size);
        values.duration = step.turnDuration();
        out += "**Cues:**\n\n" + cueLines(step.cues, values, options, "") + "\n";
    }
    if (!step.phases.empty()) {
        out += step.rotation.kind == RotationKind::None ? std::string("**Phases:**\n\n") : std::string("**Phases of each turn:**\n\n");
        for (std::size_t i = 0; i < step.phases.size(); ++i) {
            const Phase &phase = step.phases[i];
            out += std::to_string(i + 1) + ". " + markdownCell(phase.title.empty() ? phase.id : phase.title) + ": " + durationText(phase.duration);
            if (phase.minimumDuration() < phase.duration)
                out += " (at least " + durationText(phase.minimumDuration()) + ")";
            out += "\n";
            TemplateValues values = step.promptValues(size);
            values.duration = phase.duration;
            out += cueLines(phase.cues, values, options, "   ");
        }
        out += "\n";
    }
}

void appendCall(std::string &out, const ProgramCall &call, const MarkdownOptions &options, const std::string &heading)
{
    out += heading + " " + call.title + "\n\n";
    if (!call.description.empty())
        out += call.description + "\n\n";
    out += "Length " + durationText(call.length) + ", planned " + durationText(call.plannedDuration());
    if (call.minimumDuration() < call.plannedDuration())
        out += " (at least " + durationText(call.minimumDuration()) + " when compressed)";
    if (!call.plannedStart.empty())
        out += ", starting " + call.plannedStart;
    out += ".\n\n";
    if (call.steps.empty())
        return;
    const std::vector<Seconds> starts = call.startOffsets();
    out += "| Start | Step | Length | Where |\n|---|---|---|---|\n";
    for (std::size_t i = 0; i < call.steps.size(); ++i) {
        const Step &step = call.steps[i];
        out += "| " + offsetText(starts[i]) + " | " + markdownCell(step.title) + " | " + durationText(step.plannedDuration()) + " | " +
               markdownCell(step.placeText(true)) + " |\n";
    }
    out += "| " + offsetText(call.plannedDuration()) + " | End | | |\n\n";
    for (std::size_t i = 0; i < call.steps.size(); ++i) {
        const Step &step = call.steps[i];
        out += heading + "# " + offsetText(starts[i]) + " " + step.title + " (" + durationText(step.plannedDuration()) + ")\n\n";
        appendStepBody(out, step, options);
    }
}
} // namespace

std::string stepMarkdown(const Step &step, const MarkdownOptions &options)
{
    std::string out = "# " + step.title + " (" + durationText(step.plannedDuration()) + ")\n\n";
    appendStepBody(out, step, options);
    return out;
}

std::string callMarkdown(const ProgramCall &call, const MarkdownOptions &options)
{
    std::string out;
    appendCall(out, call, options, "#");
    return out;
}

std::string programMarkdown(const Program &program, const MarkdownOptions &options)
{
    std::string out = "# " + program.name + "\n\n";
    if (!program.description.empty())
        out += program.description + "\n\n";
    if (!program.credits.empty())
        out += "*" + program.credits + "*\n\n";
    for (const ProgramCall &call : program.calls)
        appendCall(out, call, options, "##");
    return out;
}

std::string documentMarkdown(const ProgramDocument &document, const MarkdownOptions &options)
{
    if (const auto *program = std::get_if<Program>(&document.content))
        return programMarkdown(*program, options);
    if (const auto *call = std::get_if<ProgramCall>(&document.content))
        return callMarkdown(*call, options);
    return stepMarkdown(std::get<Step>(document.content), options);
}

} // namespace convener::core
