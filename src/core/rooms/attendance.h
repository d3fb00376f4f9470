// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/roster/person.h"

#include <optional>
#include <string>
#include <string_view>

namespace convener::core {

// Whether someone came to a call. Late joiners are placed in the rounds that
// start after they arrive.
enum class AttendanceStatus { Present, Absent, Late };

std::string_view attendanceKey(AttendanceStatus status);     // "present", "absent", "late"
std::optional<AttendanceStatus> attendanceFromKey(std::string_view key);

// One person's attendance at one call. Nobody marked counts as present.
struct AttendanceMark
{
    PersonId person = 0;
    AttendanceStatus status = AttendanceStatus::Present;
    std::string arrivedAt;                                   // local "HH:MM" for a late joiner; empty = not known

    bool operator==(const AttendanceMark &) const = default;
};

// Minutes after midnight of a local "HH:MM" (or of the time in "YYYY-MM-DDTHH:MM"); none when malformed.
std::optional<int> minuteOfDay(std::string_view time);

} // namespace convener::core
