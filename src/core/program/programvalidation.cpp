// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/programvalidation.h"

#include "core/program/programdurations.h"
#include "core/program/templatetext.h"

#include <map>
#include <string_view>

namespace convener::core {

namespace {
std::string child(const std::string &path, std::string_view key)
{
    return path.empty() ? std::string(key) : path + '.' + std::string(key);
}

std::string item(const std::string &path, std::size_t index)
{
    return path + '[' + std::to_string(index) + ']';
}

class Problems final
{
public:
    std::vector<ProgramProblem> list;

    void error(const std::string &path, std::string message) { list.push_back({ProblemSeverity::Error, path, 0, 0, std::move(message)}); }
    void warning(const std::string &path, std::string message) { list.push_back({ProblemSeverity::Warning, path, 0, 0, std::move(message)}); }
    void append(std::vector<ProgramProblem> more)
    {
        for (ProgramProblem &p : more)
            list.push_back(std::move(p));
    }

    void checkTemplateText(std::string_view text, const std::string &path, const Step &step)
    {
        for (std::string &message : checkTemplate(text))
            error(path, std::move(message));
        if (text.find("{role}") != std::string_view::npos && step.rotation.role.empty())
            warning(path, "uses {role}, but the step names no role that passes round; it will read as nothing");
    }

    template<typename T>
    void checkUniqueIds(const std::vector<T> &items, const std::string &listPath, std::string_view what)
    {
        std::map<std::string, std::size_t, std::less<>> seen;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].id.empty()) {
                error(item(listPath, i) + ".id", "every " + std::string(what) + " needs an id");
                continue;
            }
            const auto [it, inserted] = seen.emplace(items[i].id, i);
            if (!inserted)
                error(item(listPath, i) + ".id", "the id '" + items[i].id + "' is already used by " + item(listPath, it->second));
        }
    }
};

bool isDigits(std::string_view text)
{
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return !text.empty();
}

// "YYYY-MM-DDTHH:MM", a local date and time.
bool isLocalDateTime(std::string_view t)
{
    if (t.size() != 16 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':')
        return false;
    if (!isDigits(t.substr(0, 4)) || !isDigits(t.substr(5, 2)) || !isDigits(t.substr(8, 2)) || !isDigits(t.substr(11, 2)) ||
        !isDigits(t.substr(14, 2)))
        return false;
    const int year = std::stoi(std::string(t.substr(0, 4)));
    const int month = std::stoi(std::string(t.substr(5, 2)));
    const int day = std::stoi(std::string(t.substr(8, 2)));
    const int hour = std::stoi(std::string(t.substr(11, 2)));
    const int minute = std::stoi(std::string(t.substr(14, 2)));
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= (month == 2 && leap ? 29 : kDays[month - 1]);
}

std::string people(long long n)
{
    return std::to_string(n) + (n == 1 ? " person" : " people");
}

void checkDurations(Problems &p, const Step &step, const std::string &path)
{
    if (step.phases.empty()) {
        if (!step.duration || *step.duration <= Seconds{0}) {
            p.error(child(path, "duration"), "the step has no duration: give it a duration in seconds, or phases");
        } else if (step.minimum && *step.minimum > *step.duration) {
            p.error(child(path, "minimum"), "the minimum (" + durationText(*step.minimum) + ") is longer than the planned duration (" +
                                                durationText(*step.duration) + ")");
        }
        if (step.minimum && *step.minimum < Seconds{0})
            p.error(child(path, "minimum"), "a minimum cannot be negative");
        return;
    }
    if (step.duration)
        p.warning(child(path, "duration"), "a step with phases takes its length from them; this duration is ignored");
    if (step.minimum)
        p.warning(child(path, "minimum"), "a step with phases takes its minimum from them; this minimum is ignored");
    const std::string phasesPath = child(path, "phases");
    for (std::size_t i = 0; i < step.phases.size(); ++i) {
        const Phase &phase = step.phases[i];
        const std::string phasePath = item(phasesPath, i);
        if (phase.duration <= Seconds{0}) {
            p.error(child(phasePath, "duration"), "the phase has no duration");
        } else if (phase.minimum && *phase.minimum > phase.duration) {
            p.error(child(phasePath, "minimum"), "the minimum (" + durationText(*phase.minimum) +
                                                     ") is longer than the planned duration (" + durationText(phase.duration) + ")");
        }
        if (phase.minimum && *phase.minimum < Seconds{0})
            p.error(child(phasePath, "minimum"), "a minimum cannot be negative");
        for (std::size_t k = 0; k < phase.cues.size(); ++k)
            p.checkTemplateText(phase.cues[k].text, child(item(child(phasePath, "cues"), k), "text"), step);
    }
    p.checkUniqueIds(step.phases, phasesPath, "phase");
}

void checkGroup(Problems &p, const Step &step, const std::string &path)
{
    const std::string sizePath = child(path, "group_size");
    const auto implied = impliedGroupSize(step.space);
    if (implied && step.groupSize && *step.groupSize != *implied) {
        p.error(sizePath, "a " + std::string(spaceKey(step.space)) + " has " + people(*implied) + ", not " + std::to_string(*step.groupSize));
    }
    if (step.groupSize && *step.groupSize < 1)
        p.error(sizePath, "a group size is at least 1");
    if (step.space == StepSpace::Group && step.groupSize && *step.groupSize < 2)
        p.error(sizePath, "a group has at least 2 people");
    if (step.breakout) {
        if (step.space == StepSpace::Circle)
            p.error(child(path, "breakout"), "the whole circle cannot meet in breakout rooms; choose a pair, trio or group");
        else if (step.space == StepSpace::Group && !step.groupSize)
            p.error(sizePath, "a breakout step needs a group size, so that the rooms can be planned");
        else if (step.space == StepSpace::Self)
            p.warning(child(path, "breakout"), "a step on one's own does not need breakout rooms");
    }
}

void checkRoles(Problems &p, const Step &step, const std::string &path)
{
    const std::string rolesPath = child(path, "roles");
    std::map<std::string, std::size_t, std::less<>> names;
    long long fewest = 0;
    long long most = 0;
    for (std::size_t i = 0; i < step.roles.size(); ++i) {
        const StepRole &role = step.roles[i];
        const std::string rolePath = item(rolesPath, i);
        if (role.name.empty())
            p.error(child(rolePath, "name"), "a role needs a name");
        else if (const auto [it, inserted] = names.emplace(role.name, i); !inserted)
            p.error(child(rolePath, "name"), "the role '" + role.name + "' is already named by " + item(rolesPath, it->second));
        if (role.minCount < 0)
            p.error(child(rolePath, "min"), "a role cannot be held by fewer than 0 people");
        if (role.maxCount < role.minCount)
            p.error(child(rolePath, "max"), "the most people in a role (" + std::to_string(role.maxCount) + ") is fewer than the least (" +
                                                std::to_string(role.minCount) + ")");
        fewest += std::max(role.minCount, 0);
        most += std::max(role.maxCount, 0);
    }
    const auto size = step.plannedGroupSize();
    if (!step.roles.empty() && size && fewest <= most && (*size < fewest || *size > most)) {
        const std::string need = fewest == most ? people(fewest) : std::to_string(fewest) + " to " + people(most);
        p.error(child(path, "group_size"), "the roles need " + need + ", but the group has " + std::to_string(*size));
    }
}

void checkRotation(Problems &p, const Step &step, const std::string &path)
{
    const StepRotation &rot = step.rotation;
    const std::string rotPath = child(path, "rotation");
    if (rot.kind == RotationKind::PerMember) {
        const auto size = step.plannedGroupSize();
        if (!size)
            p.error(child(path, "group_size"), "a rotation per member needs a group size to plan its length");
        else if (*size < 2)
            p.error(rotPath, "a rotation per member needs at least 2 people");
    }
    if (rot.kind == RotationKind::Fixed && rot.count < 1)
        p.error(child(rotPath, "count"), "a fixed rotation runs at least once");
    if (rot.changeover < Seconds{0})
        p.error(child(rotPath, "changeover"), "a changeover cannot be negative");
    if (rot.kind == RotationKind::None && rot.changeover > Seconds{0})
        p.warning(child(rotPath, "changeover"), "a step that does not rotate has no changeovers; this one is ignored");
    if (!rot.role.empty()) {
        const StepRole *role = step.rotatingRole();
        if (!role)
            p.error(child(rotPath, "role"), "the step has no role named '" + rot.role + "'");
        else if (rot.kind == RotationKind::PerMember && role->maxCount != 1)
            p.error(child(rotPath, "role"), "the role that passes round to each member must be held by one person at a time");
    }
}

void checkThresholds(Problems &p, const Step &step, const std::string &path)
{
    const StepThresholds &t = step.thresholds;
    const std::string tPath = child(path, "thresholds");
    if (t.warning < Seconds{0} || t.finalMinute < Seconds{0})
        p.error(tPath, "a threshold cannot be negative");
    else if (t.warning < t.finalMinute)
        p.error(tPath, "the warning (" + durationText(t.warning) + " before the end) must not come after the final minute (" +
                           durationText(t.finalMinute) + " before the end)");
}
} // namespace

std::vector<ProgramProblem> validateStep(const Step &step, const std::string &path)
{
    Problems p;
    if (step.id.empty())
        p.error(child(path, "id"), "every step needs an id");
    if (step.title.empty())
        p.error(child(path, "title"), "every step needs a title");
    checkDurations(p, step, path);
    checkGroup(p, step, path);
    checkRoles(p, step, path);
    checkRotation(p, step, path);
    checkThresholds(p, step, path);
    for (std::size_t i = 0; i < step.prompts.size(); ++i)
        p.checkTemplateText(step.prompts[i], item(child(path, "prompts"), i), step);
    for (std::size_t i = 0; i < step.cues.size(); ++i)
        p.checkTemplateText(step.cues[i].text, child(item(child(path, "cues"), i), "text"), step);
    return std::move(p.list);
}

std::vector<ProgramProblem> validateCall(const ProgramCall &call, const std::string &path)
{
    Problems p;
    if (call.id.empty())
        p.error(child(path, "id"), "every call needs an id");
    if (call.title.empty())
        p.error(child(path, "title"), "every call needs a title");
    const bool lengthOk = call.length > Seconds{0} && call.length <= kMaxDuration;
    if (!lengthOk)
        p.error(child(path, "length"), "a call lasts more than 0 seconds and at most 24 hours");
    if (!call.plannedStart.empty() && !isLocalDateTime(call.plannedStart))
        p.error(child(path, "start"), "'" + call.plannedStart + "' is not a local date and time written as YYYY-MM-DDTHH:MM");
    const std::string stepsPath = child(path, "steps");
    if (call.steps.empty())
        p.warning(stepsPath, "the call has no steps yet");
    for (std::size_t i = 0; i < call.steps.size(); ++i)
        p.append(validateStep(call.steps[i], item(stepsPath, i)));
    p.checkUniqueIds(call.steps, stepsPath, "step");

    const Seconds planned = call.plannedDuration();
    if (lengthOk && planned > call.length) {
        const Seconds least = call.minimumDuration();
        const std::string over = "the steps take " + durationText(planned) + ", " + durationText(planned - call.length) +
                                 " more than the call's " + durationText(call.length);
        if (least > call.length)
            p.error(child(path, "length"), over + ", and even compressed to their minimums they take " + durationText(least));
        else
            p.warning(child(path, "length"), over + "; they fit only when compressed toward their minimums");
    }
    return std::move(p.list);
}

std::vector<ProgramProblem> validateProgram(const Program &program)
{
    Problems p;
    if (program.id.empty())
        p.error("id", "every program needs an id");
    if (program.name.empty())
        p.error("name", "every program needs a name");
    if (program.calls.empty())
        p.warning("calls", "the program has no calls yet");
    for (std::size_t i = 0; i < program.calls.size(); ++i)
        p.append(validateCall(program.calls[i], item("calls", i)));
    p.checkUniqueIds(program.calls, "calls", "call");
    return std::move(p.list);
}

std::vector<ProgramProblem> validateDocument(const ProgramDocument &document)
{
    if (const auto *program = std::get_if<Program>(&document.content))
        return validateProgram(*program);
    if (const auto *call = std::get_if<ProgramCall>(&document.content))
        return validateCall(*call);
    return validateStep(std::get<Step>(document.content));
}

} // namespace convener::core
