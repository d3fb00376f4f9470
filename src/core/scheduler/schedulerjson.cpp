// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/scheduler/schedulerjson.h"

#include "core/common/json/jsonreader.h"

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

[[noreturn]] void fail(std::string field, std::string message)
{
    throw ReadFailure { ScheduleError { std::move(field), std::move(message) } };
}

std::string indexed(const std::string &field, size_t i)
{
    return field + "[" + std::to_string(i) + "]";
}

std::string typeName(const json &value)
{
    if (value.is_string())
        return "text";
    if (value.is_number())
        return "a number";
    if (value.is_array())
        return "a list";
    if (value.is_object())
        return "an object";
    if (value.is_boolean())
        return "true/false";
    return "null";
}

const json &expectArray(const json &value, const std::string &field)
{
    if (!value.is_array())
        fail(field, "expected a list, found " + typeName(value));
    return value;
}

void rejectUnknownKeys(const json &object, const std::set<std::string> &known, const std::string &field)
{
    for (const auto &item : object.items()) {
        if (!known.count(item.key()))
            fail(field, "unknown field '" + item.key() + "'");
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
            fail("", "expected a JSON object with \"people\" and \"rounds\"");
        rejectUnknownKeys(m_root, {"people", "history", "keep_apart", "rounds"}, "problem");
        readPeople();
        if (m_root.contains("history"))
            readHistory(m_root.at("history"));
        if (m_root.contains("keep_apart"))
            readKeepApart(m_root.at("keep_apart"));
        if (!m_root.contains("rounds"))
            fail("rounds", "missing: list the rounds to plan, each with a group_size");
        readRounds(expectArray(m_root.at("rounds"), "rounds"));
        return std::move(m_problem);
    }

private:
    void readPeople()
    {
        if (!m_root.contains("people"))
            fail("people", "missing: give a list of names or a number of people");
        const json &people = m_root.at("people");
        if (people.is_number_integer()) {
            const auto count = people.get<std::int64_t>();
            if (count < 2 || count > 5000)
                fail("people", "expected between 2 and 5000 people, found " + std::to_string(count));
            m_problem.people = static_cast<int>(count);
            return;
        }
        expectArray(people, "people");
        for (size_t i = 0; i < people.size(); ++i) {
            const json &name = people[i];
            const std::string field = indexed("people", i);
            if (!name.is_string())
                fail(field, "expected a name, found " + typeName(name));
            const auto text = name.get<std::string>();
            if (text.empty())
                fail(field, "a name cannot be empty");
            if (!m_index.emplace(text, static_cast<int>(i)).second)
                fail(field, "'" + text + "' appears twice");
            m_problem.names.push_back(text);
        }
        if (people.size() > 5000)
            fail("people", "more than 5000 people");
        m_problem.people = static_cast<int>(people.size());
    }

    int person(const json &value, const std::string &field) const
    {
        if (!m_problem.names.empty()) {
            if (!value.is_string())
                fail(field, "expected a name, found " + typeName(value));
            const auto text = value.get<std::string>();
            const auto it = m_index.find(text);
            if (it == m_index.end())
                fail(field, "unknown person '" + text + "'");
            return it->second;
        }
        if (!value.is_number_integer())
            fail(field, "expected a person number, found " + typeName(value));
        const auto p = value.get<std::int64_t>();
        if (p < 0 || p >= m_problem.people) {
            fail(field, "unknown person " + std::to_string(p) + " (people are numbered 0 to "
                            + std::to_string(m_problem.people - 1) + ")");
        }
        return static_cast<int>(p);
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
        for (size_t h = 0; h < history.size(); ++h) {
            const std::string roundField = indexed("history", h);
            ScheduleRound round;
            for (size_t g = 0; g < expectArray(history[h], roundField).size(); ++g)
                round.push_back(people(history[h][g], indexed(roundField, g)));
            m_problem.history.push_back(std::move(round));
        }
    }

    void readKeepApart(const json &pairs)
    {
        expectArray(pairs, "keep_apart");
        for (size_t i = 0; i < pairs.size(); ++i) {
            const std::string field = indexed("keep_apart", i);
            const json &pair = expectArray(pairs[i], field);
            if (pair.size() != 2)
                fail(field, "expected two people, found " + std::to_string(pair.size()));
            m_problem.keepApart.emplace_back(person(pair[0], field), person(pair[1], field));
        }
    }

    void readRounds(const json &rounds)
    {
        for (size_t t = 0; t < rounds.size(); ++t) {
            const std::string field = indexed("rounds", t);
            const json &round = rounds[t];
            if (!round.is_object())
                fail(field, "expected an object with a group_size, found " + typeName(round));
            rejectUnknownKeys(round, {"group_size", "absent", "late", "smaller_groups"}, field);
            ScheduleRoundRequest request;
            if (!round.contains("group_size"))
                fail(field + ".group_size", "missing");
            const json &size = round.at("group_size");
            if (!size.is_number_integer())
                fail(field + ".group_size", "expected a whole number, found " + typeName(size));
            const auto k = size.get<std::int64_t>();
            if (k < 2)
                fail(field + ".group_size", "must be at least 2 (a group of one is no encounter)");
            request.groupSize = static_cast<int>(std::min<std::int64_t>(k, 1'000'000));
            if (round.contains("absent"))
                request.absent = people(round.at("absent"), field + ".absent");
            if (round.contains("late"))
                request.late = people(round.at("late"), field + ".late");
            if (round.contains("smaller_groups")) {
                const json &smaller = round.at("smaller_groups");
                if (!smaller.is_boolean())
                    fail(field + ".smaller_groups", "expected true or false, found " + typeName(smaller));
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
    // Problem files come from anywhere: the shared reader refuses invalid UTF-8
    // and absurd nesting before parsing, and places every error in the text.
    auto parsed = readJson<json>(text);
    if (!parsed) {
        const JsonReadError &error = parsed.error();
        out.error = ScheduleError { "",
            "not valid JSON: parse error at line " + std::to_string(error.line) + ", column "
                + std::to_string(error.column) + ": " + error.message };
        return out;
    }
    const json root = std::move(parsed).value();
    try {
        out.problem = Reader(root).read();
    } catch (const ReadFailure &f) {
        out.error = f.error;
    } catch (const json::exception &e) {
        out.error = ScheduleError{"", std::string("unreadable problem: ") + e.what()};
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
