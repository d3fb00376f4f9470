// SPDX-FileCopyrightText: 2026 The Convener authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/rooms/roomrolerefusal.h"

#include <QString>

namespace convener::models {

// The sentence a host reads when a role change is refused: what the round's
// step allows instead. The Rooms page shows it as it is; a storage error adds
// the round and call it was about (models::describe).
QString describe(const core::RoomRoleRefusal &refusal);

} // namespace convener::models
