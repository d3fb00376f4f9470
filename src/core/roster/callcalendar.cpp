// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/roster/callcalendar.h"

#include <charconv>
#include <cstdio>

namespace convener::core {

namespace {

// Days since 1970-01-01 in the proleptic Gregorian calendar, and back
// (Howard Hinnant's well-known civil-date algorithms, written out here).
long long daysFromCivil(long long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

void civilFromDays(long long z, long long &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<long long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

std::optional<long long> parseDate(const std::string &iso)
{
    Cohort probe;
    probe.name = "x";
    probe.startDate = iso;
    if (iso.empty() || !validateCohort(probe).empty())
        return std::nullopt;
    int y = 0, m = 0, d = 0;
    std::from_chars(iso.data(), iso.data() + 4, y);
    std::from_chars(iso.data() + 5, iso.data() + 7, m);
    std::from_chars(iso.data() + 8, iso.data() + 10, d);
    return daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

std::string formatDate(long long days)
{
    long long y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    char buffer[48]; // room for any year the arithmetic can give, so no truncation
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02u", y, m, d);
    return buffer;
}

} // namespace

std::optional<std::string> addDays(const std::string &isoDate, int days)
{
    const auto base = parseDate(isoDate);
    if (!base)
        return std::nullopt;
    return formatDate(*base + days);
}

std::optional<int> isoWeekday(const std::string &isoDate)
{
    const auto days = parseDate(isoDate);
    if (!days)
        return std::nullopt;
    // 1970-01-01 was a Thursday (4).
    const long long w = ((*days % 7) + 7 + 3) % 7; // 0 = Monday
    return static_cast<int>(w) + 1;
}

std::vector<std::string> weeklyCallStarts(const Cohort &cohort, int count)
{
    std::vector<std::string> starts;
    for (int i = 0; i < count; ++i) {
        const auto date = addDays(cohort.startDate, 7 * i);
        if (!date)
            return {};
        starts.push_back(*date + "T" + cohort.startTime);
    }
    return starts;
}

} // namespace convener::core
