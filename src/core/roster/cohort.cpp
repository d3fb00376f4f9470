// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/roster/cohort.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace convener::core {

namespace {
bool parseNumber(std::string_view text, int &out)
{
    const auto *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end;
}

bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool validIsoDate(std::string_view d)
{
    if (d.size() != 10 || d[4] != '-' || d[7] != '-')
        return false;
    int y = 0, m = 0, day = 0;
    if (!parseNumber(d.substr(0, 4), y) || !parseNumber(d.substr(5, 2), m) || !parseNumber(d.substr(8, 2), day))
        return false;
    if (m < 1 || m > 12 || day < 1)
        return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int limit = (m == 2 && isLeapYear(y)) ? 29 : kDays[m - 1];
    return day <= limit;
}

bool validTime(std::string_view t)
{
    if (t.size() != 5 || t[2] != ':')
        return false;
    int h = 0, m = 0;
    return parseNumber(t.substr(0, 2), h) && parseNumber(t.substr(3, 2), m) && h >= 0 && h < 24 && m >= 0 && m < 60;
}

// The link goes into invitations and calendar files that other programs open,
// so it must be a plain web address: no spaces or control characters.
bool validVideoLink(std::string_view written)
{
    const std::string link = trimmed(written);
    if (link.empty())
        return true;
    const bool web = link.starts_with("https://") || link.starts_with("http://");
    const std::string_view rest = std::string_view(link).substr(link.find("//") + 2);
    if (!web || rest.empty())
        return false;
    for (const char c : link) {
        if (static_cast<unsigned char>(c) <= ' ' || c == 0x7f)
            return false;
    }
    return true;
}
} // namespace

std::vector<CohortProblem> validateCohort(const Cohort &cohort)
{
    std::vector<CohortProblem> problems;
    if (trimmed(cohort.name).empty())
        problems.push_back({ "name", cohort.name });
    if (!cohort.startDate.empty() && !validIsoDate(cohort.startDate))
        problems.push_back({ "start_date", cohort.startDate });
    if (cohort.weekday < 1 || cohort.weekday > 7)
        problems.push_back({ "weekday", std::to_string(cohort.weekday) });
    if (!validTime(cohort.startTime))
        problems.push_back({ "start_time", cohort.startTime });
    if (!validVideoLink(cohort.videoLink))
        problems.push_back({ "video_link", cohort.videoLink });
    return problems;
}

std::string completedVideoLink(std::string_view typed)
{
    const std::string link = trimmed(typed);
    if (link.empty() || link.find("://") != std::string::npos)
        return link;
    // A host name first: letters, digits, dots and dashes, with at least one dot.
    const std::string host = link.substr(0, link.find_first_of("/?#"));
    const bool hostName = host.find('.') != std::string::npos && host.front() != '.' && host.back() != '.'
        && std::all_of(host.begin(), host.end(),
            [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':'; });
    return hostName ? "https://" + link : link;
}

} // namespace convener::core
