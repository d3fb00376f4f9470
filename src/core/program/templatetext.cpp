// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/program/templatetext.h"

#include <array>

namespace convener::core {

namespace {
constexpr std::array<std::string_view, 6> kVariables{"minutes", "round", "rounds", "group_size", "role", "next"};

bool isKnown(std::string_view name)
{
    for (std::string_view v : kVariables) {
        if (v == name)
            return true;
    }
    return false;
}

std::string valueOf(std::string_view name, const TemplateValues &values)
{
    if (name == "minutes")
        return minutesText(values.duration);
    if (name == "round")
        return std::to_string(values.round);
    if (name == "rounds")
        return std::to_string(values.rounds);
    if (name == "group_size")
        return std::to_string(values.groupSize);
    if (name == "role")
        return values.role;
    return values.next;
}

// Walks a template once and hands each piece to the sink: literal text, a
// variable, or a mistake (with the text it covers). Both checking and
// rendering use it so that they can never disagree.
template<typename Literal, typename Variable, typename Mistake>
void scan(std::string_view text, Literal literal, Variable variable, Mistake mistake)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {
            literal(std::string_view("{"));
            i += 2;
        } else if (c == '}' && i + 1 < text.size() && text[i + 1] == '}') {
            literal(std::string_view("}"));
            i += 2;
        } else if (c == '{') {
            const std::size_t close = text.find_first_of("{}", i + 1);
            if (close == std::string_view::npos || text[close] == '{') {
                mistake(text.substr(i, 1), TemplateMistake { TemplateMistakeKind::BraceNotClosed, {} });
                ++i;
                continue;
            }
            const std::string_view name = text.substr(i + 1, close - i - 1);
            if (isKnown(name))
                variable(name);
            else
                mistake(text.substr(i, close - i + 1),
                    TemplateMistake { TemplateMistakeKind::UnknownVariable, std::string(name) });
            i = close + 1;
        } else if (c == '}') {
            mistake(text.substr(i, 1), TemplateMistake { TemplateMistakeKind::BraceNotOpened, {} });
            ++i;
        } else {
            const std::size_t next = text.find_first_of("{}", i);
            const std::size_t end = next == std::string_view::npos ? text.size() : next;
            literal(text.substr(i, end - i));
            i = end;
        }
    }
}
} // namespace

std::span<const std::string_view> templateVariableNames()
{
    return kVariables;
}

std::vector<TemplateMistake> checkTemplate(std::string_view text)
{
    std::vector<TemplateMistake> mistakes;
    scan(
        text, [](std::string_view) {}, [](std::string_view) {},
        [&](std::string_view, TemplateMistake mistake) { mistakes.push_back(std::move(mistake)); });
    return mistakes;
}

std::string renderTemplate(std::string_view text, const TemplateValues &values)
{
    std::string out;
    out.reserve(text.size());
    scan(
        text, [&](std::string_view piece) { out += piece; },
        [&](std::string_view name) { out += valueOf(name, values); },
        [&](std::string_view covered, const TemplateMistake &) { out += covered; });
    return out;
}

std::string minutesText(Seconds duration)
{
    // Computed in integers: printf would follow the process locale and write
    // "1,5" under a German desktop.
    const long long s = duration.count();
    if (s % 60 == 0)
        return std::to_string(s / 60);
    const long long tenths = (s * 10 + (s < 0 ? -30 : 30)) / 60;
    const long long magnitude = tenths < 0 ? -tenths : tenths;
    return std::string(tenths < 0 ? "-" : "") + std::to_string(magnitude / 10) + '.' + std::to_string(magnitude % 10);
}

} // namespace convener::core
