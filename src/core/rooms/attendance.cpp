// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#include "core/rooms/attendance.h"

namespace convener::core {

std::string_view attendanceKey(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return "present";
    case AttendanceStatus::Absent:
        return "absent";
    case AttendanceStatus::Late:
        return "late";
    }
    return "present";
}

std::optional<AttendanceStatus> attendanceFromKey(std::string_view key)
{
    for (const auto status : {AttendanceStatus::Present, AttendanceStatus::Absent, AttendanceStatus::Late}) {
        if (attendanceKey(status) == key)
            return status;
    }
    return std::nullopt;
}

std::optional<int> minuteOfDay(std::string_view time)
{
    if (const auto t = time.find('T'); t != std::string_view::npos)
        time = time.substr(t + 1);
    if (time.size() < 5 || time[2] != ':')
        return std::nullopt;
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (!digit(time[0]) || !digit(time[1]) || !digit(time[3]) || !digit(time[4]))
        return std::nullopt;
    const int hours = (time[0] - '0') * 10 + (time[1] - '0');
    const int minutes = (time[3] - '0') * 10 + (time[4] - '0');
    if (hours > 23 || minutes > 59)
        return std::nullopt;
    return hours * 60 + minutes;
}

} // namespace convener::core
