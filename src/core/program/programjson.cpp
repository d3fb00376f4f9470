// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/programjson.h"

#include "core/common/json/jsonreader.h"
#include "core/program/programlimits.h"
#include "core/program/templatetext.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>

namespace convener::core {

namespace {
using Json = nlohmann::ordered_json;

// ---- Paths and descriptions ----------------------------------------------

bool isPlainKey(std::string_view key)
{
    if (key.empty())
        return false;
    for (const char c : key) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

// A string safe to show in a sentence: quoted, escaped to ASCII, and shortened.
std::string shownText(std::string_view text)
{
    constexpr std::size_t kShown = 60;
    const bool shortened = text.size() > kShown;
    std::string cut(text.substr(0, kShown));
    if (shortened) {
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80)
            cut.pop_back();
        if (!cut.empty() && static_cast<unsigned char>(cut.back()) >= 0xC0)
            cut.pop_back();
    }
    std::string out = Json(cut).dump(-1, ' ', true, Json::error_handler_t::replace);
    if (shortened)
        out.insert(out.size() - 1, "...");
    return out;
}

std::string child(const std::string &path, std::string_view key)
{
    if (!isPlainKey(key))
        return path + '[' + shownText(key) + ']';
    return path.empty() ? std::string(key) : path + '.' + std::string(key);
}

std::string item(const std::string &path, std::size_t index)
{
    return path + '[' + std::to_string(index) + ']';
}

std::string pathText(const std::vector<JsonPathStep> &steps)
{
    std::string path;
    for (const JsonPathStep &step : steps) {
        if (const auto *key = std::get_if<std::string>(&step))
            path = child(path, *key);
        else
            path = item(path, std::get<std::size_t>(step));
    }
    return path;
}

JsonValueType typeOf(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return JsonValueType::Null;
    case Json::value_t::boolean:
        return value.get<bool>() ? JsonValueType::True : JsonValueType::False;
    case Json::value_t::string:
        return JsonValueType::Text;
    case Json::value_t::array:
        return JsonValueType::List;
    case Json::value_t::object:
        return JsonValueType::Object;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return JsonValueType::Number;
    case Json::value_t::binary:
    case Json::value_t::discarded:
        break;
    }
    return JsonValueType::Other;
}

// ---- Reading ---------------------------------------------------------------

// A whole number from any JSON number, or why not (with the number as
// written, when it is worth showing).
struct WholeNumber
{
    std::optional<long long> value;
    std::optional<ProgramProblemKind> why;
    std::string written;
};

WholeNumber wholeNumber(const Json &v)
{
    if (v.is_number_unsigned()) {
        const auto u = v.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(std::numeric_limits<long long>::max()))
            return { std::nullopt, ProgramProblemKind::NumberTooLarge, v.dump() };
        return { static_cast<long long>(u), std::nullopt, {} };
    }
    if (v.is_number_integer())
        return { v.get<std::int64_t>(), std::nullopt, {} };
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (!std::isfinite(d) || std::fabs(d) > 1e15)
            return { std::nullopt, ProgramProblemKind::NumberTooLargeToShow, {} };
        if (d != std::floor(d))
            return { std::nullopt, ProgramProblemKind::NumberNotWhole, v.dump() };
        return { static_cast<long long>(d), std::nullopt, {} };
    }
    return { std::nullopt, std::nullopt, {} };
}

class Reader final
{
public:
    std::vector<ProgramProblem> problems;

    ProgramProblem &error(const std::string &path, ProgramProblemKind kind)
    {
        return problems.emplace_back(kind, path);
    }

    void warning(const std::string &path, ProgramProblemKind kind)
    {
        problems.emplace_back(kind, path, ProblemSeverity::Warning);
    }

    // A value of the wrong type: what was expected is the kind.
    void wrongType(const std::string &path, ProgramProblemKind kind, const Json &found)
    {
        error(path, kind).found = typeOf(found);
    }

    void numbers(const std::string &path, ProgramProblemKind kind, long long count, long long least, long long limit)
    {
        ProgramProblem &p = error(path, kind);
        p.count = count;
        p.least = least;
        p.limit = limit;
    }

    // A number that is not a whole one, or too large: the reason the number
    // gave, or the kind given when it gave none.
    void notWhole(const std::string &path, const WholeNumber &n, ProgramProblemKind otherwise)
    {
        error(path, n.why.value_or(otherwise)).text = n.written;
    }

    bool isObject(const Json &value, const std::string &path)
    {
        if (value.is_object())
            return true;
        wrongType(path, ProgramProblemKind::ExpectedObject, value);
        return false;
    }

    // Fields this version does not know are kept, to be written back on save,
    // and mentioned, since a misspelt field is one too.
    Json unknownFields(const Json &object, const std::vector<std::string_view> &known, const std::string &path)
    {
        Json unknown;
        for (const auto &[key, value] : object.items()) {
            bool isKnown = false;
            for (std::string_view k : known)
                isKnown = isKnown || k == key;
            if (isKnown)
                continue;
            unknown[key] = value;
            warning(child(path, key), ProgramProblemKind::UnknownField);
        }
        return unknown;
    }

    const Json *field(const Json &object, std::string_view key, const std::string &path, bool required)
    {
        const auto it = object.find(key);
        if (it != object.end())
            return &*it;
        if (required)
            error(child(path, key), ProgramProblemKind::MissingField);
        return nullptr;
    }

    std::optional<std::string> text(const Json &object, std::string_view key, const std::string &path, bool required)
    {
        const Json *v = field(object, key, path, required);
        if (!v)
            return std::nullopt;
        if (!v->is_string()) {
            wrongType(child(path, key), ProgramProblemKind::ExpectedText, *v);
            return std::nullopt;
        }
        return v->get<std::string>();
    }

    std::optional<std::string> id(const Json &object, const std::string &path)
    {
        auto value = text(object, "id", path, true);
        if (!value)
            return std::nullopt;
        bool valid = !value->empty() && value->size() <= kMaxIdLength;
        for (const char c : *value) {
            valid = valid && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.');
        }
        if (!valid) {
            ProgramProblem &p = error(child(path, "id"), ProgramProblemKind::InvalidId);
            p.text = shownText(*value);
            p.limit = static_cast<long long>(kMaxIdLength);
            return std::nullopt;
        }
        return value;
    }

    std::optional<long long> integer(const Json &object, std::string_view key, const std::string &path, bool required, long long min,
                                     long long max)
    {
        const Json *v = field(object, key, path, required);
        if (!v)
            return std::nullopt;
        if (!v->is_number()) {
            wrongType(child(path, key), ProgramProblemKind::ExpectedWholeNumber, *v);
            return std::nullopt;
        }
        const WholeNumber n = wholeNumber(*v);
        if (!n.value) {
            notWhole(child(path, key), n, ProgramProblemKind::NumberNotWhole);
            return std::nullopt;
        }
        if (*n.value < min || *n.value > max) {
            numbers(child(path, key), ProgramProblemKind::NumberOutOfRange, *n.value, min, max);
            return std::nullopt;
        }
        return n.value;
    }

    std::optional<Seconds> seconds(const Json &object, std::string_view key, const std::string &path, bool required)
    {
        const Json *v = field(object, key, path, required);
        if (!v)
            return std::nullopt;
        if (!v->is_number()) {
            wrongType(child(path, key), ProgramProblemKind::ExpectedSeconds, *v);
            return std::nullopt;
        }
        const WholeNumber n = wholeNumber(*v);
        if (!n.value) {
            notWhole(child(path, key), n, ProgramProblemKind::SecondsNotWhole);
            return std::nullopt;
        }
        if (*n.value < 0) {
            error(child(path, key), ProgramProblemKind::DurationNegative).count = *n.value;
            return std::nullopt;
        }
        if (*n.value > kMaxDuration.count()) {
            numbers(child(path, key), ProgramProblemKind::DurationTooLong, *n.value, 0, kMaxDuration.count());
            return std::nullopt;
        }
        return Seconds{*n.value};
    }

    std::optional<bool> boolean(const Json &object, std::string_view key, const std::string &path)
    {
        const Json *v = field(object, key, path, false);
        if (!v)
            return std::nullopt;
        if (!v->is_boolean()) {
            wrongType(child(path, key), ProgramProblemKind::ExpectedTrueOrFalse, *v);
            return std::nullopt;
        }
        return v->get<bool>();
    }

    // Calls each(element, elementPath, index) for every element of a list.
    template<typename Each>
    void list(const Json &object, std::string_view key, const std::string &path, bool required, Each each)
    {
        const Json *v = field(object, key, path, required);
        if (!v)
            return;
        const std::string listPath = child(path, key);
        if (!v->is_array()) {
            wrongType(listPath, ProgramProblemKind::ExpectedList, *v);
            return;
        }
        for (std::size_t i = 0; i < v->size(); ++i)
            each((*v)[i], item(listPath, i));
    }

    void checkTemplateText(const std::string &text, const std::string &path)
    {
        for (const TemplateMistake &mistake : checkTemplate(text))
            problems.push_back(templateProblem(mistake, path));
    }

    template<typename T>
    void checkUniqueIds(const std::vector<T> &items, const std::string &listPath)
    {
        std::map<std::string, std::size_t, std::less<>> seen;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].id.empty())
                continue;
            const auto [it, inserted] = seen.emplace(items[i].id, i);
            if (!inserted) {
                ProgramProblem &p = error(item(listPath, i) + ".id", ProgramProblemKind::IdTakenInFile);
                p.text = shownText(items[i].id);
                p.otherPath = item(listPath, it->second);
            }
        }
    }
};

template<typename Enum>
std::optional<Enum> readKey(Reader &r, const Json &object, std::string_view key, const std::string &path, bool required,
                            std::optional<Enum> (*fromKey)(std::string_view), std::string_view choices)
{
    const auto value = r.text(object, key, path, required);
    if (!value)
        return std::nullopt;
    const auto parsed = fromKey(*value);
    if (!parsed) {
        ProgramProblem &p = r.error(child(path, key), ProgramProblemKind::ExpectedChoice);
        p.text = shownText(*value);
        p.choices = choices;
    }
    return parsed;
}

std::vector<StepCue> readCues(Reader &r, const Json &object, const std::string &path)
{
    std::vector<StepCue> cues;
    r.list(object, "cues", path, false, [&](const Json &j, const std::string &p) {
        if (!r.isObject(j, p))
            return;
        StepCue cue;
        cue.unknownFields = r.unknownFields(j, {"at", "text"}, p);
        if (const auto m = readKey<CueMoment>(r, j, "at", p, false, cueMomentFromKey, "start, warning, final_minute, end"))
            cue.moment = *m;
        if (auto t = r.text(j, "text", p, true)) {
            cue.text = std::move(*t);
            r.checkTemplateText(cue.text, child(p, "text"));
        }
        cues.push_back(std::move(cue));
    });
    return cues;
}

Phase readPhase(Reader &r, const Json &j, const std::string &path)
{
    Phase phase;
    phase.unknownFields = r.unknownFields(j, {"id", "title", "duration", "minimum", "cues"}, path);
    if (auto id = r.id(j, path))
        phase.id = std::move(*id);
    if (auto t = r.text(j, "title", path, false))
        phase.title = std::move(*t);
    if (const auto d = r.seconds(j, "duration", path, true))
        phase.duration = *d;
    phase.minimum = r.seconds(j, "minimum", path, false);
    phase.cues = readCues(r, j, path);
    return phase;
}

StepRole readRole(Reader &r, const Json &j, const std::string &path)
{
    StepRole role;
    role.unknownFields = r.unknownFields(j, {"name", "min", "max"}, path);
    if (auto n = r.text(j, "name", path, true))
        role.name = std::move(*n);
    if (const auto min = r.integer(j, "min", path, false, 0, kMaxRoleCount))
        role.minCount = static_cast<int>(*min);
    role.maxCount = role.minCount;
    if (const auto max = r.integer(j, "max", path, false, 0, kMaxRoleCount))
        role.maxCount = static_cast<int>(*max);
    return role;
}

StepRotation readRotation(Reader &r, const Json &j, const std::string &path)
{
    StepRotation rotation;
    rotation.unknownFields = r.unknownFields(j, {"kind", "count", "role", "changeover"}, path);
    if (const auto k = readKey<RotationKind>(r, j, "kind", path, true, rotationKindFromKey, "none, per_member, fixed"))
        rotation.kind = *k;
    if (const auto c = r.integer(j, "count", path, false, 1, kMaxRotationCount))
        rotation.count = static_cast<int>(*c);
    if (auto role = r.text(j, "role", path, false))
        rotation.role = std::move(*role);
    if (const auto c = r.seconds(j, "changeover", path, false))
        rotation.changeover = *c;
    return rotation;
}

StepThresholds readThresholds(Reader &r, const Json &j, const std::string &path)
{
    StepThresholds t;
    t.unknownFields = r.unknownFields(j, {"warning", "final_minute"}, path);
    if (const auto w = r.seconds(j, "warning", path, false))
        t.warning = *w;
    if (const auto f = r.seconds(j, "final_minute", path, false))
        t.finalMinute = *f;
    return t;
}

const std::vector<std::string_view> kStepFields{"id",       "title",      "duration", "minimum", "space",
                                                              "group_size", "breakout", "roles",    "rotation", "thresholds",
                                                              "notes",    "instructions", "prompts", "cues",    "phases", "auto_advance",
                                                              "lead_host", "technical_host"};
const std::vector<std::string_view> kStepDocumentFields{
    "format",   "kind",     "id",       "title", "duration",     "minimum", "space", "group_size", "breakout",
    "roles",    "rotation", "thresholds", "notes", "instructions", "prompts", "cues",  "phases", "auto_advance",
    "lead_host", "technical_host"};

Step readStep(Reader &r, const Json &j, const std::string &path, bool document)
{
    Step step;
    step.unknownFields = r.unknownFields(j, document ? kStepDocumentFields : kStepFields, path);
    if (auto id = r.id(j, path))
        step.id = std::move(*id);
    if (auto t = r.text(j, "title", path, true))
        step.title = std::move(*t);
    step.duration = r.seconds(j, "duration", path, false);
    step.minimum = r.seconds(j, "minimum", path, false);
    if (const auto s = readKey<StepSpace>(r, j, "space", path, false, spaceFromKey, "self, pair, trio, group, circle"))
        step.space = *s;
    if (const auto g = r.integer(j, "group_size", path, false, 1, kMaxGroupSize))
        step.groupSize = static_cast<int>(*g);
    if (const auto b = r.boolean(j, "breakout", path))
        step.breakout = *b;
    if (const auto a = r.boolean(j, "auto_advance", path))
        step.autoAdvance = *a;
    r.list(j, "roles", path, false, [&](const Json &e, const std::string &p) {
        if (r.isObject(e, p))
            step.roles.push_back(readRole(r, e, p));
    });
    if (const auto it = j.find("rotation"); it != j.end() && r.isObject(*it, child(path, "rotation")))
        step.rotation = readRotation(r, *it, child(path, "rotation"));
    if (const auto it = j.find("thresholds"); it != j.end() && r.isObject(*it, child(path, "thresholds")))
        step.thresholds = readThresholds(r, *it, child(path, "thresholds"));
    if (auto n = r.text(j, "notes", path, false))
        step.facilitatorNotes = std::move(*n);
    if (auto i = r.text(j, "instructions", path, false))
        step.instructions = std::move(*i);
    if (auto l = r.text(j, "lead_host", path, false))
        step.leadHost = std::move(*l);
    if (auto t = r.text(j, "technical_host", path, false))
        step.technicalHost = std::move(*t);
    r.list(j, "prompts", path, false, [&](const Json &e, const std::string &p) {
        if (!e.is_string()) {
            r.wrongType(p, ProgramProblemKind::ExpectedText, e);
            return;
        }
        step.prompts.push_back(e.get<std::string>());
        r.checkTemplateText(step.prompts.back(), p);
    });
    step.cues = readCues(r, j, path);
    r.list(j, "phases", path, false, [&](const Json &e, const std::string &p) {
        if (r.isObject(e, p))
            step.phases.push_back(readPhase(r, e, p));
    });
    r.checkUniqueIds(step.phases, child(path, "phases"));
    return step;
}

ProgramCall readCall(Reader &r, const Json &j, const std::string &path, bool document)
{
    ProgramCall call;
    if (document)
        call.unknownFields = r.unknownFields(j, {"format", "kind", "id", "title", "description", "length", "start", "steps"}, path);
    else
        call.unknownFields = r.unknownFields(j, {"id", "title", "description", "length", "start", "steps"}, path);
    if (auto id = r.id(j, path))
        call.id = std::move(*id);
    if (auto t = r.text(j, "title", path, true))
        call.title = std::move(*t);
    if (auto d = r.text(j, "description", path, false))
        call.description = std::move(*d);
    if (const auto l = r.seconds(j, "length", path, false))
        call.length = *l;
    if (auto s = r.text(j, "start", path, false))
        call.plannedStart = std::move(*s);
    r.list(j, "steps", path, true, [&](const Json &e, const std::string &p) {
        if (r.isObject(e, p))
            call.steps.push_back(readStep(r, e, p, false));
    });
    r.checkUniqueIds(call.steps, child(path, "steps"));
    return call;
}

Program readProgram(Reader &r, const Json &j)
{
    Program program;
    program.unknownFields = r.unknownFields(j, {"format", "kind", "id", "name", "description", "credits", "calls"}, "");
    if (auto id = r.id(j, ""))
        program.id = std::move(*id);
    if (auto n = r.text(j, "name", "", true))
        program.name = std::move(*n);
    if (auto d = r.text(j, "description", "", false))
        program.description = std::move(*d);
    if (auto c = r.text(j, "credits", "", false))
        program.credits = std::move(*c);
    r.list(j, "calls", "", true, [&](const Json &e, const std::string &p) {
        if (r.isObject(e, p))
            program.calls.push_back(readCall(r, e, p, false));
    });
    r.checkUniqueIds(program.calls, "calls");
    return program;
}

ProgramLoadResult failure(ProgramProblem problem)
{
    ProgramLoadResult result;
    result.problems.push_back(std::move(problem));
    return result;
}

// ---- Writing ---------------------------------------------------------------

void putUnknown(Json &j, const Json &unknown)
{
    if (!unknown.is_object())
        return;
    for (const auto &[key, value] : unknown.items()) {
        if (!j.contains(key))
            j[key] = value;
    }
}

Json cuesToJson(const std::vector<StepCue> &cues)
{
    Json list = Json::array();
    for (const StepCue &cue : cues) {
        Json j;
        j["at"] = cueMomentKey(cue.moment);
        j["text"] = cue.text;
        putUnknown(j, cue.unknownFields);
        list.push_back(std::move(j));
    }
    return list;
}

Json phaseToJson(const Phase &phase)
{
    Json j;
    j["id"] = phase.id;
    if (!phase.title.empty())
        j["title"] = phase.title;
    j["duration"] = phase.duration.count();
    if (phase.minimum)
        j["minimum"] = phase.minimum->count();
    if (!phase.cues.empty())
        j["cues"] = cuesToJson(phase.cues);
    putUnknown(j, phase.unknownFields);
    return j;
}

void putStep(Json &j, const Step &step)
{
    j["id"] = step.id;
    j["title"] = step.title;
    if (step.duration)
        j["duration"] = step.duration->count();
    if (step.minimum)
        j["minimum"] = step.minimum->count();
    j["space"] = spaceKey(step.space);
    if (step.groupSize)
        j["group_size"] = *step.groupSize;
    if (step.breakout)
        j["breakout"] = true;
    if (step.autoAdvance)
        j["auto_advance"] = true;
    if (!step.roles.empty()) {
        Json roles = Json::array();
        for (const StepRole &role : step.roles) {
            Json r;
            r["name"] = role.name;
            r["min"] = role.minCount;
            r["max"] = role.maxCount;
            putUnknown(r, role.unknownFields);
            roles.push_back(std::move(r));
        }
        j["roles"] = std::move(roles);
    }
    const StepRotation &rot = step.rotation;
    if (rot != StepRotation{}) {
        Json r;
        r["kind"] = rotationKindKey(rot.kind);
        if (rot.kind == RotationKind::Fixed || rot.count != 1)
            r["count"] = rot.count;
        if (!rot.role.empty())
            r["role"] = rot.role;
        if (rot.changeover != Seconds{0})
            r["changeover"] = rot.changeover.count();
        putUnknown(r, rot.unknownFields);
        j["rotation"] = std::move(r);
    }
    if (step.thresholds != StepThresholds{}) {
        Json t;
        t["warning"] = step.thresholds.warning.count();
        t["final_minute"] = step.thresholds.finalMinute.count();
        putUnknown(t, step.thresholds.unknownFields);
        j["thresholds"] = std::move(t);
    }
    if (!step.facilitatorNotes.empty())
        j["notes"] = step.facilitatorNotes;
    if (!step.instructions.empty())
        j["instructions"] = step.instructions;
    if (!step.leadHost.empty())
        j["lead_host"] = step.leadHost;
    if (!step.technicalHost.empty())
        j["technical_host"] = step.technicalHost;
    if (!step.prompts.empty())
        j["prompts"] = step.prompts;
    if (!step.cues.empty())
        j["cues"] = cuesToJson(step.cues);
    if (!step.phases.empty()) {
        Json phases = Json::array();
        for (const Phase &phase : step.phases)
            phases.push_back(phaseToJson(phase));
        j["phases"] = std::move(phases);
    }
    putUnknown(j, step.unknownFields);
}

void putCall(Json &j, const ProgramCall &call)
{
    j["id"] = call.id;
    j["title"] = call.title;
    if (!call.description.empty())
        j["description"] = call.description;
    j["length"] = call.length.count();
    if (!call.plannedStart.empty())
        j["start"] = call.plannedStart;
    Json steps = Json::array();
    for (const Step &step : call.steps) {
        Json s;
        putStep(s, step);
        steps.push_back(std::move(s));
    }
    j["steps"] = std::move(steps);
    putUnknown(j, call.unknownFields);
}

void putProgram(Json &j, const Program &program)
{
    j["id"] = program.id;
    j["name"] = program.name;
    if (!program.description.empty())
        j["description"] = program.description;
    if (!program.credits.empty())
        j["credits"] = program.credits;
    Json calls = Json::array();
    for (const ProgramCall &call : program.calls) {
        Json c;
        putCall(c, call);
        calls.push_back(std::move(c));
    }
    j["calls"] = std::move(calls);
    putUnknown(j, program.unknownFields);
}

} // namespace

ProgramLoadResult loadProgramDocument(std::string_view text)
{
    if (text.size() > kMaxProgramFileBytes) {
        ProgramProblem tooLarge(ProgramProblemKind::FileTooLarge);
        tooLarge.count = static_cast<long long>(text.size());
        tooLarge.limit = static_cast<long long>(kMaxProgramFileBytes);
        return failure(std::move(tooLarge));
    }
    auto parsed = readJson<Json>(text, kMaxNestingDepth, DuplicateKeys::Refuse);
    if (!parsed) {
        const JsonReadError &error = parsed.error();
        ProgramProblem unreadable(ProgramProblemKind::JsonUnreadable);
        unreadable.json = error;
        if (error.kind == JsonReadErrorKind::DuplicateKey) {
            unreadable.path = pathText(error.path);
        } else {
            unreadable.line = error.line;
            unreadable.column = error.column;
        }
        return failure(std::move(unreadable));
    }
    const Json root = std::move(parsed).value();

    Reader r;
    if (!root.is_object()) {
        r.wrongType({}, ProgramProblemKind::NotOneObject, root);
        return {std::nullopt, std::move(r.problems)};
    }
    const auto format = r.integer(root, "format", {}, true, std::numeric_limits<long long>::min(), std::numeric_limits<long long>::max());
    if (!format)
        return {std::nullopt, std::move(r.problems)};
    if (*format > kProgramFormat) {
        r.numbers("format", ProgramProblemKind::FormatTooNew, *format, 0, kProgramFormat);
        return {std::nullopt, std::move(r.problems)};
    }
    if (*format < 1) {
        r.error("format", ProgramProblemKind::FormatTooOld).count = *format;
        return {std::nullopt, std::move(r.problems)};
    }
    const auto kind = readKey<DocumentKind>(r, root, "kind", {}, true, documentKindFromKey, "program, call, practice");
    if (!kind)
        return {std::nullopt, std::move(r.problems)};

    ProgramDocument document;
    switch (*kind) {
    case DocumentKind::Program:
        document.content = readProgram(r, root);
        break;
    case DocumentKind::Call:
        document.content = readCall(r, root, {}, true);
        break;
    case DocumentKind::Practice:
        document.content = readStep(r, root, {}, true);
        break;
    }
    if (hasErrors(r.problems))
        return {std::nullopt, std::move(r.problems)};
    return {std::move(document), std::move(r.problems)};
}

nlohmann::ordered_json programDocumentToJson(const ProgramDocument &document)
{
    Json j;
    j["format"] = kProgramFormat;
    j["kind"] = documentKindKey(document.kind());
    if (const auto *program = std::get_if<Program>(&document.content))
        putProgram(j, *program);
    else if (const auto *call = std::get_if<ProgramCall>(&document.content))
        putCall(j, *call);
    else
        putStep(j, std::get<Step>(document.content));
    return j;
}

std::string saveProgramDocument(const ProgramDocument &document)
{
    // Text made in code may hold invalid UTF-8; it is replaced rather than
    // letting the writer throw.
    return programDocumentToJson(document).dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

} // namespace convener::core
