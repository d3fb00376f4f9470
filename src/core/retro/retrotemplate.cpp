// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/retro/retrotemplate.h"

#include "core/roster/person.h"

#include <algorithm>
#include <cctype>

namespace convener::core {

namespace {
std::string lowerAscii(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}
} // namespace

std::string_view retroTemplateKey(RetroTemplate t)
{
    switch (t) {
    case RetroTemplate::RosesBudsThornsGems: return "rbtg";
    case RetroTemplate::StartStopContinue: return "start-stop-continue";
    case RetroTemplate::Custom: return "custom";
    }
    return "custom";
}

std::optional<RetroTemplate> retroTemplateFromKey(std::string_view key)
{
    for (RetroTemplate t : {RetroTemplate::RosesBudsThornsGems, RetroTemplate::StartStopContinue, RetroTemplate::Custom}) {
        if (retroTemplateKey(t) == key)
            return t;
    }
    return std::nullopt;
}

std::vector<RetroColumnSpec> retroTemplateColumns(RetroTemplate t)
{
    switch (t) {
    case RetroTemplate::RosesBudsThornsGems:
        return {{"Roses", "What helped you during the program"},
                {"Buds", "Possibilities we have not tried yet"},
                {"Thorns", "What got in your way"},
                {"Gems", "What we should keep for the next program"}};
    case RetroTemplate::StartStopContinue:
        return {{"Start", "Something new to try next time"},
                {"Stop", "Something to leave out next time"},
                {"Continue", "Something that works and should stay"}};
    case RetroTemplate::Custom:
        return {};
    }
    return {};
}

std::variant<std::vector<RetroColumnSpec>, RetroColumnsRefusal> customRetroColumns(std::string_view titles)
{
    std::vector<RetroColumnSpec> columns;
    std::vector<std::string> seen;
    std::size_t start = 0;
    while (start <= titles.size()) {
        const std::size_t comma = std::min(titles.find(',', start), titles.size());
        const std::string title = trimmed(titles.substr(start, comma - start));
        start = comma + 1;
        if (title.empty())
            continue;
        const std::string key = lowerAscii(title);
        if (std::find(seen.begin(), seen.end(), key) != seen.end())
            return RetroColumnsRefusal(RetroColumnsRefusal::Kind::ListedTwice, title);
        seen.push_back(key);
        columns.push_back({title, {}});
    }
    if (columns.empty())
        return RetroColumnsRefusal(RetroColumnsRefusal::Kind::NoColumns);
    if (columns.size() > kMaxRetroColumns)
        return RetroColumnsRefusal(RetroColumnsRefusal::Kind::TooManyColumns, {}, columns.size());
    return columns;
}

} // namespace convener::core
