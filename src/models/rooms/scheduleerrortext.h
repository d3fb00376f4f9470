// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/roomplanfailure.h"
#include "core/scheduler/scheduleerror.h"

#include <QString>

namespace convener::models {

// Why a schedule cannot be planned, as `convener-cli schedule` prints it: the
// field, then the words ("rounds[0].absent: 'Ana' is listed twice"), or the
// words alone for the file as a whole. Made here behind tr() so that the
// scheduler only names the problem.
QString describe(const core::ScheduleError &error);

// The same words without the field: "'Ana' is listed twice".
QString scheduleReason(const core::ScheduleError &error);

// The scheduler's reason a room plan failed, as a storage error's sentence
// quotes it; someone without a display name is named by their id.
QString scheduleReason(const core::RoomPlanFailure &failure);

} // namespace convener::models
