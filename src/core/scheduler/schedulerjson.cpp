// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/scheduler/schedulerjson.h"

#include "core/common/json/jsonreader.h"
#include "core/scheduler/schedulelimits.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace convener::core {

namespace {

using nlohmann::json;

// A failed read; carries the error to the top so each reader stays linear.
struct ReadFailure
{
    ScheduleError error;
};

[[noreturn]] void fail(ScheduleError error)
{
    throw ReadFailure { std::move(error) };
}

ScheduleError scheduleError(ScheduleErrorKind kind, std::string field)
{
    ScheduleError error;
    error.kind = kind;
    error.field = std::move(field);
    return error;
}

[[noreturn]] void fail(ScheduleErrorKind kind, std::string field)
{
    fail(scheduleError(kind, std::move(field)));
}

std::string indexed(const std::string &field, size_t i)
{
    return field + "[" + std::to_string(i) + "]";
}

ScheduleValueType typeOf(const json &value)
{
    if (value.is_string())
        return ScheduleValueType::Text;
    if (value.is_number())
        return ScheduleValueType::Number;
    if (value.is_array())
        return ScheduleValueType::List;
    if (value.is_object())
        return ScheduleValueType::Object;
    if (value.is_boolean())
        return ScheduleValueType::TrueOrFalse;
    return ScheduleValueType::Null;
}

// Something else than expected: says what the file holds instead.
[[noreturn]] void failFound(ScheduleErrorKind kind, std::string field, const json &value)
{
    ScheduleError error = scheduleError(kind, std::move(field));
    error.found = typeOf(value);
    fail(std::move(error));
}

[[noreturn]] void failCount(ScheduleErrorKind kind, std::string field, long long count, long long limit = 0)
{
    ScheduleError error = scheduleError(kind, std::move(field));
    error.count = count;
    error.limit = limit;
    fail(std::move(error));
}

[[noreturn]] void failText(ScheduleErrorKind kind, std::string field, std::string text)
{
    ScheduleError error = scheduleError(kind, std::move(field));
    error.text = std::move(text);
    fail(std::move(error));
}

// Whether a JSON number is a whole number from least to limit. Compared as
// the JSON holds it: a number above 2^63 read as a signed one would wrap round
// to a negative one, and a fraction or an exponent is no whole number.
bool inRange(const json &value, std::int64_t least, std::int64_t limit)
{
    if (value.is_number_unsigned()) {
        const auto v = value.get<std::uint64_t>();
        return limit >= 0 && v <= static_cast<std::uint64_t>(limit)
            && (least <= 0 || v >= static_cast<std::uint64_t>(least));
    }
    if (value.is_number_integer())
        return value.get<std::int64_t>() >= least && value.get<std::int64_t>() <= limit;
    return false;
}

// A whole number from least to limit; anything else is named as the file
// gives it (as JSON writes a number back: 1e30 reads 1e+30), with the range.
std::int64_t wholeNumber(const json &value, const std::string &field, std::int64_t least, std::int64_t limit)
{
    if (!value.is_number())
        failFound(ScheduleErrorKind::ExpectedWholeNumber, field, value);
    if (!inRange(value, least, limit)) {
        ScheduleError error = scheduleError(ScheduleErrorKind::NumberOutOfRange, field);
        error.text = value.dump();
        error.least = least;
        error.limit = limit;
        fail(std::move(error));
    }
    return value.get<std::int64_t>();
}

const json &expectArray(const json &value, const std::string &field)
{
    if (!value.is_array())
        failFound(ScheduleErrorKind::ExpectedList, field, value);
    return value;
}

// A list no longer than the maximums allow, checked before it is read.
void atMost(const json &list, const std::string &field, ScheduleErrorKind kind, long long limit)
{
    if (list.size() > static_cast<size_t>(limit))
        failCount(kind, field, static_cast<long long>(list.size()), limit);
}

void rejectUnknownKeys(const json &object, const std::set<std::string> &known, const std::string &field)
{
    for (const auto &item : object.items()) {
        if (!known.count(item.key()))
            failText(ScheduleErrorKind::UnknownField, field, item.key());
    }
}

class Reader final
{
public:
    explicit Reader(const json &root)
        : m_root(root)
    {
    }

    ScheduleProblem read()
    {
        if (!m_root.is_object())
            fail(ScheduleErrorKind::NotAnObject, "");
        rejectUnknownKeys(m_root, {"people", "history", "keep_apart", "rounds"}, "problem");
        readPeople();
        if (m_root.contains("history"))
            readHistory(m_root.at("history"));
        if (m_root.contains("keep_apart"))
            readKeepApart(m_root.at("keep_apart"));
        if (!m_root.contains("rounds"))
            fail(ScheduleErrorKind::RoundsMissing, "rounds");
        readRounds(expectArray(m_root.at("rounds"), "rounds"));
        return std::move(m_problem);
    }

private:
    void readPeople()
    {
        if (!m_root.contains("people"))
            fail(ScheduleErrorKind::PeopleMissing, "people");
        const json &people = m_root.at("people");
        if (people.is_number()) {
            m_problem.people = static_cast<int>(wholeNumber(people, "people", 2, kScheduleMaxPeople));
            return;
        }
        expectArray(people, "people");
        atMost(people, "people", ScheduleErrorKind::TooManyPeople, kScheduleMaxPeople);
        for (size_t i = 0; i < people.size(); ++i) {
            const json &name = people[i];
            const std::string field = indexed("people", i);
            if (!name.is_string())
                failFound(ScheduleErrorKind::ExpectedName, field, name);
            const auto text = name.get<std::string>();
            if (text.empty())
                fail(ScheduleErrorKind::NameEmpty, field);
            if (!m_index.emplace(text, static_cast<int>(i)).second)
                failText(ScheduleErrorKind::NameTwice, field, text);
            m_problem.names.push_back(text);
        }
        m_problem.people = static_cast<int>(people.size());
    }

    int person(const json &value, const std::string &field) const
    {
        if (!m_problem.names.empty()) {
            if (!value.is_string())
                failFound(ScheduleErrorKind::ExpectedName, field, value);
            const auto text = value.get<std::string>();
            const auto it = m_index.find(text);
            if (it == m_index.end())
                failText(ScheduleErrorKind::UnknownName, field, text);
            return it->second;
        }
        if (!value.is_number())
            failFound(ScheduleErrorKind::ExpectedPersonNumber, field, value);
        if (!inRange(value, 0, m_problem.people - 1)) {
            ScheduleError error = scheduleError(ScheduleErrorKind::PersonNumberOutOfRange, field);
            error.text = value.dump();
            error.limit = m_problem.people - 1;
            fail(std::move(error));
        }
        return value.get<int>();
    }

    std::vector<int> people(const json &value, const std::string &field) const
    {
        std::vector<int> out;
        for (const json &item : expectArray(value, field))
            out.push_back(person(item, field));
        return out;
    }

    void readHistory(const json &history)
    {
        expectArray(history, "history");
        atMost(history, "history", ScheduleErrorKind::TooManyHistoryRounds, kScheduleMaxHistoryRounds);
        for (size_t h = 0; h < history.size(); ++h) {
            const std::string roundField = indexed("history", h);
            ScheduleRound round;
            for (size_t g = 0; g < expectArray(history[h], roundField).size(); ++g) {
                const std::string groupField = indexed(roundField, g);
                atMost(expectArray(history[h][g], groupField), groupField, ScheduleErrorKind::HistoryGroupTooLarge,
                    kScheduleMaxHistoryGroup);
                round.push_back(people(history[h][g], groupField));
            }
            m_problem.history.push_back(std::move(round));
        }
    }

    void readKeepApart(const json &pairs)
    {
        expectArray(pairs, "keep_apart");
        atMost(pairs, "keep_apart", ScheduleErrorKind::TooManyKeptApart, kScheduleMaxKeepApart);
        for (size_t i = 0; i < pairs.size(); ++i) {
            const std::string field = indexed("keep_apart", i);
            const json &pair = expectArray(pairs[i], field);
            if (pair.size() != 2)
                failCount(ScheduleErrorKind::ExpectedTwoPeople, field, static_cast<long long>(pair.size()));
            m_problem.keepApart.emplace_back(person(pair[0], field), person(pair[1], field));
        }
    }

    void readRounds(const json &rounds)
    {
        atMost(rounds, "rounds", ScheduleErrorKind::TooManyRounds, kScheduleMaxRounds);
        for (size_t t = 0; t < rounds.size(); ++t) {
            const std::string field = indexed("rounds", t);
            const json &round = rounds[t];
            if (!round.is_object())
                failFound(ScheduleErrorKind::ExpectedRound, field, round);
            rejectUnknownKeys(round, {"group_size", "absent", "late", "smaller_groups"}, field);
            ScheduleRoundRequest request;
            if (!round.contains("group_size"))
                fail(ScheduleErrorKind::GroupSizeMissing, field + ".group_size");
            request.groupSize = static_cast<int>(
                wholeNumber(round.at("group_size"), field + ".group_size", 2, kScheduleMaxGroupSize));
            if (round.contains("absent"))
                request.absent = people(round.at("absent"), field + ".absent");
            if (round.contains("late"))
                request.late = people(round.at("late"), field + ".late");
            if (round.contains("smaller_groups")) {
                const json &smaller = round.at("smaller_groups");
                if (!smaller.is_boolean())
                    failFound(ScheduleErrorKind::ExpectedTrueOrFalse, field + ".smaller_groups", smaller);
                request.smallerGroups = smaller.get<bool>();
            }
            m_problem.rounds.push_back(std::move(request));
        }
    }

    const json &m_root;
    ScheduleProblem m_problem;
    std::map<std::string, int> m_index;
};

} // namespace

ScheduleProblemParse parseScheduleProblem(std::string_view text)
{
    ScheduleProblemParse out;
    if (text.size() > kScheduleMaxFileBytes) {
        out.error = scheduleError(ScheduleErrorKind::FileTooLarge, "");
        out.error->count = static_cast<long long>(text.size());
        out.error->limit = static_cast<long long>(kScheduleMaxFileBytes);
        return out;
    }
    // Problem files come from anywhere: the shared reader refuses invalid UTF-8
    // and absurd nesting before parsing, and places every error in the text.
    // A key given twice is refused, as in program files: which one was meant?
    auto parsed = readJson<json>(text, kMaxJsonDepth, DuplicateKeys::Refuse);
    if (!parsed) {
        std::string field;
        for (const JsonPathStep &step : parsed.error().path) {
            if (const auto *key = std::get_if<std::string>(&step))
                field += (field.empty() ? "" : ".") + *key;
            else
                field += "[" + std::to_string(std::get<std::size_t>(step)) + "]";
        }
        out.error = scheduleError(ScheduleErrorKind::NotJson, field);
        out.error->json = parsed.error();
        return out;
    }
    const json root = std::move(parsed).value();
    try {
        out.problem = Reader(root).read();
    } catch (const ReadFailure &f) {
        out.error = f.error;
    } catch (const json::exception &e) {
        out.error = scheduleError(ScheduleErrorKind::Unreadable, "");
        out.error->detail = e.what();
    }
    return out;
}

std::string scheduleResultJson(const ScheduleResult &result, const ScheduleProblem &problem)
{
    const bool named = !problem.names.empty();
    std::string text = "{\n  \"rounds\": [";
    for (size_t t = 0; t < result.rounds.size(); ++t) {
        json round = json::array();
        for (const auto &group : result.rounds[t]) {
            json g = json::array();
            for (const int p : group) {
                if (named)
                    g.push_back(problem.names[static_cast<size_t>(p)]);
                else
                    g.push_back(p);
            }
            round.push_back(std::move(g));
        }
        text += (t == 0 ? "\n    " : ",\n    ") + round.dump();
    }
    text += result.rounds.empty() ? "],\n" : "\n  ],\n";
    const json stats = {
        {"repeats", result.stats.repeats},
        {"lower_bound", result.stats.lowerBound},
        {"max_pair_meetings", result.stats.maxPairMeetings},
        {"keep_apart_violations", result.stats.keepApartViolations},
        {"optimal", result.stats.boundReached},
        {"gap", std::max(0, result.stats.repeats - result.stats.lowerBound)},
        {"elapsed_ms", result.stats.elapsedMs},
    };
    // nlohmann sorts keys; write them in the documented order instead.
    text += "  \"stats\": {";
    const char *order[] = {"repeats", "lower_bound", "optimal", "gap", "max_pair_meetings", "keep_apart_violations", "elapsed_ms"};
    for (size_t i = 0; i < std::size(order); ++i)
        text += std::string(i ? ", " : "") + "\"" + order[i] + "\": " + stats.at(order[i]).dump();
    text += "}\n}\n";
    return text;
}

} // namespace convener::core
