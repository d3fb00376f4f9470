// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/programvalidation.h"

#include "core/program/templatetext.h"

#include <map>
#include <set>
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

// The whole numbers a text gives as minutes ("3 minutes", "10 min", "2-min"),
// outside {variables}.
std::vector<long long> minutesNamedIn(std::string_view text)
{
    std::vector<long long> out;
    const auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c); };
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '{') {
            ++depth;
            continue;
        }
        if (c == '}') {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (depth > 0 || c < '0' || c > '9' || (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9'))
            continue;
        std::size_t end = i;
        long long number = 0;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9' && number < 100000)
            number = number * 10 + (text[end++] - '0');
        std::size_t word = end;
        while (word < text.size() && (text[word] == ' ' || text[word] == '-'))
            ++word;
        if (word + 3 > text.size() || lower(text[word]) != 'm' || lower(text[word + 1]) != 'i'
            || lower(text[word + 2]) != 'n')
            continue;
        // "min", "mins", "minute", "minutes", but not "mind" or "minimum".
        std::size_t after = word + 3;
        for (const std::string_view tail :
            { std::string_view("utes"), std::string_view("ute"), std::string_view("s") }) {
            if (text.substr(after, tail.size()) == tail) {
                after += tail.size();
                break;
            }
        }
        if (after < text.size()
            && ((text[after] >= 'a' && text[after] <= 'z') || (text[after] >= 'A' && text[after] <= 'Z')))
            continue;
        out.push_back(number);
        i = end - 1;
    }
    return out;
}

class Problems final
{
public:
    std::vector<ProgramProblem> list;

    ProgramProblem &error(const std::string &path, ProgramProblemKind kind) { return list.emplace_back(kind, path); }
    ProgramProblem &warning(const std::string &path, ProgramProblemKind kind)
    {
        return list.emplace_back(kind, path, ProblemSeverity::Warning);
    }
    // A problem whose facts are two numbers: count and the limit it breaks.
    void error(const std::string &path, ProgramProblemKind kind, long long count, long long limit)
    {
        ProgramProblem &p = error(path, kind);
        p.count = count;
        p.limit = limit;
    }
    void taken(const std::string &path, ProgramProblemKind kind, const std::string &text, std::string otherPath)
    {
        ProgramProblem &p = error(path, kind);
        p.text = text;
        p.otherPath = std::move(otherPath);
    }
    void append(std::vector<ProgramProblem> more)
    {
        for (ProgramProblem &p : more)
            list.push_back(std::move(p));
    }

    void checkTemplateText(std::string_view text, const std::string &path, const Step &step)
    {
        for (const TemplateMistake &mistake : checkTemplate(text))
            list.push_back(templateProblem(mistake, path));
        if (text.find("{role}") != std::string_view::npos && step.rotation.role.empty())
            warning(path, ProgramProblemKind::TemplateRoleWithoutRotation);
    }

    // A text that names a length in minutes ("speak for 3 minutes") that
    // neither the step nor any of its phases has any more: it was written
    // for another length, and {minutes} would have followed the change.
    void checkNamedMinutes(std::string_view text, const std::string &path, const Step &step)
    {
        std::set<long long> lengths;
        const auto add = [&lengths](Seconds d) {
            if (d > Seconds { 0 } && d.count() % 60 == 0)
                lengths.insert(d.count() / 60);
        };
        if (step.duration)
            add(*step.duration);
        for (const Phase &phase : step.phases)
            add(phase.duration);
        add(step.turnDuration());
        add(step.plannedDuration());
        if (lengths.empty())
            return;
        for (const long long named : minutesNamedIn(text)) {
            if (lengths.contains(named))
                continue;
            ProgramProblem &problem = warning(path, ProgramProblemKind::PromptMinutesDiffer);
            problem.count = named;
            std::string known;
            for (const long long m : lengths)
                known += (known.empty() ? "" : ", ") + std::to_string(m);
            problem.text = known;
            return; // one warning per text is enough to send the host there
        }
    }

    template<typename T>
    void checkUniqueIds(const std::vector<T> &items, const std::string &listPath, ProgramProblemKind withoutId)
    {
        std::map<std::string, std::size_t, std::less<>> seen;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].id.empty()) {
                error(item(listPath, i) + ".id", withoutId);
                continue;
            }
            const auto [it, inserted] = seen.emplace(items[i].id, i);
            if (!inserted)
                taken(item(listPath, i) + ".id", ProgramProblemKind::IdTaken, items[i].id, item(listPath, it->second));
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

void checkDurations(Problems &p, const Step &step, const std::string &path)
{
    if (step.phases.empty()) {
        if (!step.duration || *step.duration <= Seconds{0}) {
            p.error(child(path, "duration"), ProgramProblemKind::StepWithoutDuration);
        } else if (step.minimum && *step.minimum > *step.duration) {
            p.error(child(path, "minimum"), ProgramProblemKind::MinimumOverDuration, step.minimum->count(),
                step.duration->count());
        }
        if (step.minimum && *step.minimum < Seconds{0})
            p.error(child(path, "minimum"), ProgramProblemKind::MinimumNegative);
        return;
    }
    if (step.duration)
        p.warning(child(path, "duration"), ProgramProblemKind::DurationBesidePhases);
    if (step.minimum)
        p.warning(child(path, "minimum"), ProgramProblemKind::MinimumBesidePhases);
    const std::string phasesPath = child(path, "phases");
    for (std::size_t i = 0; i < step.phases.size(); ++i) {
        const Phase &phase = step.phases[i];
        const std::string phasePath = item(phasesPath, i);
        if (phase.duration <= Seconds{0}) {
            p.error(child(phasePath, "duration"), ProgramProblemKind::PhaseWithoutDuration);
        } else if (phase.minimum && *phase.minimum > phase.duration) {
            p.error(child(phasePath, "minimum"), ProgramProblemKind::MinimumOverDuration, phase.minimum->count(),
                phase.duration.count());
        }
        if (phase.minimum && *phase.minimum < Seconds{0})
            p.error(child(phasePath, "minimum"), ProgramProblemKind::MinimumNegative);
        for (std::size_t k = 0; k < phase.cues.size(); ++k)
            p.checkTemplateText(phase.cues[k].text, child(item(child(phasePath, "cues"), k), "text"), step);
    }
    p.checkUniqueIds(step.phases, phasesPath, ProgramProblemKind::PhaseWithoutId);
}

void checkGroup(Problems &p, const Step &step, const std::string &path)
{
    const std::string sizePath = child(path, "group_size");
    const auto implied = impliedGroupSize(step.space);
    if (implied && step.groupSize && *step.groupSize != *implied) {
        p.error(sizePath, ProgramProblemKind::GroupSizeOfSpace, *step.groupSize, *implied);
        p.list.back().space = step.space;
    }
    if (step.groupSize && *step.groupSize < 1)
        p.error(sizePath, ProgramProblemKind::GroupSizeBelowOne);
    if (step.space == StepSpace::Group && step.groupSize && *step.groupSize < 2)
        p.error(sizePath, ProgramProblemKind::GroupBelowTwo);
    if (step.breakout) {
        if (step.space == StepSpace::Circle)
            p.error(child(path, "breakout"), ProgramProblemKind::CircleInBreakout);
        else if (step.space == StepSpace::Group && !step.groupSize)
            p.error(sizePath, ProgramProblemKind::BreakoutGroupWithoutSize);
        else if (step.space == StepSpace::Self)
            p.warning(child(path, "breakout"), ProgramProblemKind::SelfInBreakout);
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
            p.error(child(rolePath, "name"), ProgramProblemKind::RoleWithoutName);
        else if (const auto [it, inserted] = names.emplace(role.name, i); !inserted)
            p.taken(child(rolePath, "name"), ProgramProblemKind::RoleNameTaken, role.name, item(rolesPath, it->second));
        if (role.minCount < 0)
            p.error(child(rolePath, "min"), ProgramProblemKind::RoleBelowZero);
        if (role.maxCount < role.minCount) {
            ProgramProblem &problem = p.error(child(rolePath, "max"), ProgramProblemKind::RoleMostBelowLeast);
            problem.count = role.maxCount;
            problem.least = role.minCount;
        }
        fewest += std::max(role.minCount, 0);
        most += std::max(role.maxCount, 0);
    }
    const auto size = step.plannedGroupSize();
    if (!step.roles.empty() && size && fewest <= most && (*size < fewest || *size > most)) {
        ProgramProblem &problem = p.error(child(path, "group_size"),
            fewest == most ? ProgramProblemKind::RolesNeedExactly : ProgramProblemKind::RolesNeedBetween);
        problem.count = *size;
        problem.least = fewest;
        problem.limit = most;
    }
}

void checkRotation(Problems &p, const Step &step, const std::string &path)
{
    const StepRotation &rot = step.rotation;
    const std::string rotPath = child(path, "rotation");
    if (rot.kind == RotationKind::PerMember) {
        const auto size = step.plannedGroupSize();
        if (!size)
            p.error(child(path, "group_size"), ProgramProblemKind::PerMemberWithoutGroupSize);
        else if (*size < 2)
            p.error(rotPath, ProgramProblemKind::PerMemberTooFew);
    }
    if (rot.kind == RotationKind::Fixed && rot.count < 1)
        p.error(child(rotPath, "count"), ProgramProblemKind::FixedRotationNever);
    if (rot.changeover < Seconds{0})
        p.error(child(rotPath, "changeover"), ProgramProblemKind::ChangeoverNegative);
    if (rot.kind == RotationKind::None && rot.changeover > Seconds{0})
        p.warning(child(rotPath, "changeover"), ProgramProblemKind::ChangeoverWithoutRotation);
    if (!rot.role.empty()) {
        const StepRole *role = step.rotatingRole();
        if (!role)
            p.error(child(rotPath, "role"), ProgramProblemKind::NoSuchRotatingRole).text = rot.role;
        else if (rot.kind == RotationKind::PerMember && role->maxCount != 1)
            p.error(child(rotPath, "role"), ProgramProblemKind::RotatingRoleShared);
    }
}

void checkThresholds(Problems &p, const Step &step, const std::string &path)
{
    const StepThresholds &t = step.thresholds;
    const std::string tPath = child(path, "thresholds");
    if (t.warning < Seconds{0} || t.finalMinute < Seconds{0})
        p.error(tPath, ProgramProblemKind::ThresholdNegative);
    else if (t.warning < t.finalMinute)
        p.error(tPath, ProgramProblemKind::WarningAfterFinalMinute, t.warning.count(), t.finalMinute.count());
}
} // namespace

std::vector<ProgramProblem> validateStep(const Step &step, const std::string &path)
{
    Problems p;
    if (step.id.empty())
        p.error(child(path, "id"), ProgramProblemKind::StepWithoutId);
    if (step.title.empty())
        p.error(child(path, "title"), ProgramProblemKind::StepWithoutTitle);
    checkDurations(p, step, path);
    checkGroup(p, step, path);
    checkRoles(p, step, path);
    checkRotation(p, step, path);
    checkThresholds(p, step, path);
    for (std::size_t i = 0; i < step.prompts.size(); ++i) {
        p.checkTemplateText(step.prompts[i], item(child(path, "prompts"), i), step);
        p.checkNamedMinutes(step.prompts[i], item(child(path, "prompts"), i), step);
    }
    for (std::size_t i = 0; i < step.cues.size(); ++i)
        p.checkTemplateText(step.cues[i].text, child(item(child(path, "cues"), i), "text"), step);
    return std::move(p.list);
}

std::vector<ProgramProblem> validateCall(const ProgramCall &call, const std::string &path)
{
    Problems p;
    if (call.id.empty())
        p.error(child(path, "id"), ProgramProblemKind::CallWithoutId);
    if (call.title.empty())
        p.error(child(path, "title"), ProgramProblemKind::CallWithoutTitle);
    const bool lengthOk = call.length > Seconds{0} && call.length <= kMaxDuration;
    if (!lengthOk)
        p.error(child(path, "length"), ProgramProblemKind::CallLengthOutOfRange);
    if (!call.plannedStart.empty() && !isLocalDateTime(call.plannedStart))
        p.error(child(path, "start"), ProgramProblemKind::CallStartInvalid).text = call.plannedStart;
    const std::string stepsPath = child(path, "steps");
    if (call.steps.empty())
        p.warning(stepsPath, ProgramProblemKind::CallWithoutSteps);
    for (std::size_t i = 0; i < call.steps.size(); ++i)
        p.append(validateStep(call.steps[i], item(stepsPath, i)));
    p.checkUniqueIds(call.steps, stepsPath, ProgramProblemKind::StepWithoutId);

    const Seconds planned = call.plannedDuration();
    if (lengthOk && planned > call.length) {
        const Seconds least = call.minimumDuration();
        ProgramProblem &problem = least > call.length
            ? p.error(child(path, "length"), ProgramProblemKind::StepsOverrunCall)
            : p.warning(child(path, "length"), ProgramProblemKind::StepsFitOnlyCompressed);
        problem.count = planned.count();
        problem.limit = call.length.count();
        if (least > call.length)
            problem.least = least.count();
    }
    return std::move(p.list);
}

std::vector<ProgramProblem> validateProgram(const Program &program)
{
    Problems p;
    if (program.id.empty())
        p.error("id", ProgramProblemKind::ProgramWithoutId);
    if (program.name.empty())
        p.error("name", ProgramProblemKind::ProgramWithoutName);
    if (program.calls.empty())
        p.warning("calls", ProgramProblemKind::ProgramWithoutCalls);
    for (std::size_t i = 0; i < program.calls.size(); ++i)
        p.append(validateCall(program.calls[i], item("calls", i)));
    p.checkUniqueIds(program.calls, "calls", ProgramProblemKind::CallWithoutId);
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
